package dev.autogen.databases.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Database;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.MigrationLock;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migration lock ({@link Dialect#lock}) between two sessions of one real database, for the databases whose lock
 * keeps a second run out while the first holds it (not SQLite, whose lock only makes each transaction wait): two runs
 * exclude each other, the second gives up after its timeout, a waiting run gets the lock once it is released, and
 * locks for other version tables are apart. A module extends it with its {@link Database} and a fresh test database.
 */
public abstract class LockContract {

    protected static final String VERSION_TABLE = "autogen_version";
    protected static final Duration SHORT = Duration.ofMillis(300);

    /** The fresh test database of the running test. */
    protected TestDatabases.Db db;
    /** The session of the first run. */
    protected Connection a;
    /** The session of the second run, which also looks on. */
    protected Connection b;

    /** The database under test. */
    protected abstract Database database();

    /** A fresh test database ({@code TestDatabases::h2}); the test closes it. */
    protected abstract TestDatabases.Db newDatabase();

    /** What the timeout's message names as the held lock of {@link #VERSION_TABLE} (the lock table, the lock name). */
    protected abstract String lockInMessage();

    /**
     * Asserts what the database shows of the lock of {@link #VERSION_TABLE} while held or not, looking from
     * {@link #b}; nothing by default.
     */
    protected void assertHeld(boolean held) throws SQLException {}

    protected final Dialect dialect() {
        return database().dialect();
    }

    @BeforeEach
    final void openLockSessions() throws SQLException {
        db = newDatabase();
        a = db.connect();
        b = db.connect();
    }

    @AfterEach
    final void closeLockSessions() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    public void oneRunAtATime() throws Exception {
        MigrationLock held = dialect().lock(a, VERSION_TABLE, SHORT);
        assertHeld(true);
        SQLTimeoutException timeout =
                assertThrows(SQLTimeoutException.class, () -> dialect().lock(b, VERSION_TABLE, SHORT));
        assertTrue(timeout.getMessage().contains(lockInMessage()), timeout.getMessage());
        held.close();
        assertHeld(false);
        try (MigrationLock other = dialect().lock(b, VERSION_TABLE, SHORT)) {
            assertHeld(true);
            assertThrows(SQLTimeoutException.class, () -> dialect().lock(a, VERSION_TABLE, SHORT));
        }
        assertHeld(false);
        dialect().lock(a, VERSION_TABLE, SHORT).close();
    }

    @Test
    public void aWaitingRunGetsTheLockWhenItIsReleased() throws Exception {
        MigrationLock held = dialect().lock(a, VERSION_TABLE, SHORT);
        CompletableFuture<MigrationLock> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return dialect().lock(b, VERSION_TABLE, Duration.ofSeconds(10));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertFalse(waiting.isDone());
        held.close();
        waiting.get(10, TimeUnit.SECONDS).close();
        assertHeld(false);
    }

    @Test
    public void locksForOtherVersionTablesAreApart() throws Exception {
        try (MigrationLock one = dialect().lock(a, VERSION_TABLE, SHORT);
                MigrationLock two = dialect().lock(b, "other_version", SHORT)) {
            assertHeld(true);
        }
        assertHeld(false);
    }
}
