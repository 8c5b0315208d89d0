package dev.autogen.databases.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Database;
import dev.autogen.core.database.MigrationLock;
import dev.autogen.databases.contract.LockContract;
import dev.autogen.testing.TestDatabases;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The H2 migration lock between two sessions of one real database: the contract, and H2's lock table. */
class H2LockTest extends LockContract {

    private final H2Dialect h2 = H2Dialect.INSTANCE;

    @Override
    protected Database database() {
        return new H2Database();
    }

    @Override
    protected TestDatabases.Db newDatabase() {
        return TestDatabases.h2();
    }

    @Override
    protected String lockInMessage() {
        return "AUTOGEN_VERSION_LOCK";
    }

    /** The lock is a table, there while the lock is held. */
    @Override
    protected void assertHeld(boolean held) throws SQLException {
        assertEquals(held, lockTableExists());
    }

    @Test
    void theHolderMayTakeItAgain() throws Exception {
        MigrationLock outer = h2.lock(a, VERSION_TABLE, SHORT);
        h2.lock(a, VERSION_TABLE, SHORT).close();
        assertTrue(lockTableExists(), "the inner release leaves the outer lock held");
        outer.close();
        assertFalse(lockTableExists());
    }

    /** A run that died without releasing leaves the table behind; its session is gone, so the next run takes over. */
    @Test
    void aDeadHoldersLockIsTakenOver() throws Exception {
        h2.lock(a, VERSION_TABLE, SHORT);
        a.close();
        try (MigrationLock taken = h2.lock(b, VERSION_TABLE, SHORT)) {
            assertTrue(lockTableExists());
            try (Statement s = b.createStatement();
                    ResultSet rs = s.executeQuery("SELECT HOLDER_SESSION = SESSION_ID() FROM AUTOGEN_VERSION_LOCK")) {
                assertTrue(rs.next());
                assertTrue(rs.getBoolean(1), "held by the session that took it over");
            }
        }
        a = db.connect();
    }

    @Test
    void theLockTableIsNamedAfterTheVersionTable() {
        assertEquals("AUTOGEN_VERSION_LOCK", H2Dialect.lockTableName("autogen_version"));
    }

    private boolean lockTableExists() throws SQLException {
        try (Statement s = b.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'AUTOGEN_VERSION_LOCK'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
