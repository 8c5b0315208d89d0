package dev.autogen.databases.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.MigrationLock;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The H2 migration lock between two sessions of one real database. */
class H2LockTableTest {

    private static final String VERSION_TABLE = "autogen_version";
    private static final Duration SHORT = Duration.ofMillis(300);

    private final H2Dialect h2 = H2Dialect.INSTANCE;
    private TestDatabases.Db db;
    private Connection a;
    private Connection b;

    @BeforeEach
    void open() throws SQLException {
        db = TestDatabases.h2();
        a = db.connect();
        b = db.connect();
    }

    @AfterEach
    void close() throws Exception {
        b.close();
        a.close();
        db.close();
    }

    @Test
    void oneRunAtATime() throws Exception {
        MigrationLock held = h2.lock(a, VERSION_TABLE, SHORT);
        assertTrue(lockTableExists());
        SQLTimeoutException timeout = assertThrows(SQLTimeoutException.class, () -> h2.lock(b, VERSION_TABLE, SHORT));
        assertTrue(timeout.getMessage().contains("AUTOGEN_VERSION_LOCK"), timeout.getMessage());
        held.close();
        assertFalse(lockTableExists());
        try (MigrationLock other = h2.lock(b, VERSION_TABLE, SHORT)) {
            assertTrue(lockTableExists());
        }
        assertFalse(lockTableExists());
    }

    @Test
    void aWaitingRunGetsTheLockWhenItIsReleased() throws Exception {
        MigrationLock held = h2.lock(a, VERSION_TABLE, SHORT);
        CompletableFuture<MigrationLock> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return h2.lock(b, VERSION_TABLE, Duration.ofSeconds(10));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertFalse(waiting.isDone());
        held.close();
        waiting.get(10, TimeUnit.SECONDS).close();
        assertFalse(lockTableExists());
    }

    @Test
    void locksForOtherVersionTablesAreApart() throws Exception {
        try (MigrationLock one = h2.lock(a, VERSION_TABLE, SHORT); MigrationLock two = h2.lock(b, "other_version", SHORT)) {
            assertTrue(lockTableExists());
        }
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
        try (Statement s = b.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'AUTOGEN_VERSION_LOCK'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }
}
