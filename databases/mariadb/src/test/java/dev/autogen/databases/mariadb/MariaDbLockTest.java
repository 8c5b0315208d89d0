package dev.autogen.databases.mariadb;

import dev.autogen.core.database.Database;
import dev.autogen.databases.contract.LockContract;
import dev.autogen.testing.TestDatabases;

/** The migration lock between two sessions of one real database. */
class MariaDbLockTest extends LockContract {

    @Override
    protected Database database() {
        return new MariaDbDatabase();
    }

    @Override
    protected TestDatabases.Db newDatabase() {
        return TestDatabases.mariadb();
    }

    @Override
    protected String lockInMessage() {
        return "autogen." + db.schema() + ".autogen_version";
    }
}
