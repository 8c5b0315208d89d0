package dev.autogen.databases.postgresql;

import dev.autogen.core.database.Database;
import dev.autogen.databases.contract.LockContract;
import dev.autogen.testing.TestDatabases;

/** The migration lock between two sessions of one real database. */
class PostgresLockTest extends LockContract {

    @Override
    protected Database database() {
        return new PostgresDatabase();
    }

    @Override
    protected TestDatabases.Db newDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    protected String lockInMessage() {
        return "PostgreSQL advisory lock 1095189838/";
    }
}
