package dev.autogen.runtime.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.migration.error.MigrationFailedException;
import dev.autogen.runtime.internal.migration.error.MigrationLockTimeoutException;
import dev.autogen.runtime.internal.migration.load.MigrationLoader;
import dev.autogen.runtime.internal.migration.load.MigrationSet;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Locking, transactions and failures on real databases: concurrent runners, the lock timeout, one transaction per run,
 * and migrations that throw.
 */
class MigrationSafetyTest {

    static final String R1 = "9d1c0b7a2e55";
    static final String R2 = "3f2a9c1d7e4b";
    static final String R3 = "3fc05b2d4a19";

    @TempDir
    static Path shared;

    @TempDir
    Path root;

    /** Three migrations that each log themselves in applied_log (primary key: a second run of one fails). */
    static MigrationSet logged;

    @BeforeAll
    static void compile() {
        VersionsFolder folder = new VersionsFolder(shared.resolve("logged/versions"));
        source(folder, R1, null, "create log", """
                op.execute("CREATE TABLE applied_log (revision VARCHAR(12) PRIMARY KEY)");
                pause(op);
                op.execute("INSERT INTO applied_log (revision) VALUES ('%s')");""".formatted(R1), "op.execute(\"DROP TABLE applied_log\");");
        source(folder, R2, R1, "add chats", """
                op.execute("CREATE TABLE chats (id INTEGER PRIMARY KEY)");
                pause(op);
                op.execute("INSERT INTO applied_log (revision) VALUES ('%s')");""".formatted(R2), "op.execute(\"DROP TABLE chats\");");
        source(folder, R3, R2, "add messages", """
                op.execute("CREATE TABLE messages (id INTEGER PRIMARY KEY)");
                pause(op);
                op.execute("INSERT INTO applied_log (revision) VALUES ('%s')");""".formatted(R3), "op.execute(\"DROP TABLE messages\");");
        logged = new MigrationLoader().load(folder.dir());
    }

    /** A migration with Java bodies; {@code pause(op)} sleeps a little on PostgreSQL, inside the transaction. */
    static void source(
            VersionsFolder folder, String id, String revises, String message, String upgrade, String downgrade) {
        String className = "M_" + id;
        folder.file(id + "_" + message.replace(' ', '_') + ".java", """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                import static dev.autogen.runtime.Schema.*;
                import static dev.autogen.runtime.Types.*;

                @Revision(id = "%s", revises = {%s}, message = "%s")
                final class %s implements Migration {

                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                        %s
                    }

                    private static void pause(Operations op) {
                        if (op.dialectName().equals("postgresql")) {
                            op.execute("SELECT pg_sleep(0.1)");
                        }
                    }
                }
                """.formatted(
                        id, revises == null ? "" : "\"" + revises + "\"", message, className, upgrade, downgrade));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void concurrentRunnersApplyEachMigrationOnce(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            int runners = 8;
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(runners);
            List<String> heard = Collections.synchronizedList(new ArrayList<>());
            try {
                List<Future<List<MigrationStep>>> results = new ArrayList<>();
                for (int i = 0; i < runners; i++) {
                    Migrator migrator =
                            Migrator.builder().url(db.url()).migrations(logged).build();
                    Callable<List<MigrationStep>> run = () -> {
                        start.await();
                        List<MigrationStep> steps = migrator.upgrade("head", step -> heard.add(step.describe()));
                        assertEquals(List.of(R3), migrator.current());
                        return steps;
                    };
                    results.add(pool.submit(run));
                }
                start.countDown();
                int applied = 0;
                for (Future<List<MigrationStep>> result : results) {
                    applied += result.get(60, TimeUnit.SECONDS).size(); // a runner that failed throws here
                }
                assertEquals(3, applied, "each migration ran in exactly one runner");
                assertEquals(3, heard.size(), heard::toString);
            } finally {
                pool.shutdownNow();
            }
            try (Connection c = db.connect()) {
                assertEquals(
                        List.of(R2, R3, R1).stream().sorted().toList(), column(c, "SELECT revision FROM applied_log"));
                assertEquals(List.of(R3), column(c, "SELECT version_num FROM autogen_version"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aRunnerWaitsForTheLockOnlyAsLongAsTheTimeout(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind);
                Connection holder = db.connect()) {
            Migrator migrator = Migrator.builder()
                    .url(db.url())
                    .migrations(logged)
                    .lockTimeout(Duration.ofMillis(700))
                    .build();
            migrator.upgrade("+1");
            holdLock(kind, holder);
            long started = System.nanoTime();

            MigrationLockTimeoutException e =
                    assertThrows(MigrationLockTimeoutException.class, () -> migrator.upgrade("head"));

            long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            assertTrue(waited >= 650 && waited < 5000, "waited " + waited + " ms");
            assertTrue(
                    e.getMessage()
                            .startsWith("Another migration run kept the database locked for longer than the"
                                    + " lock timeout (0.7 s): "),
                    e.getMessage());
            assertTrue(
                    e.getMessage()
                            .endsWith("; let it finish and run again, or allow a longer wait (--lock-timeout"
                                    + " SECONDS, or lockTimeout(..) in the API)"),
                    e.getMessage());
            assertTrue(
                    e.getMessage()
                            .contains(
                                    kind.equals("postgresql")
                                            ? "another run holds the migration lock (PostgreSQL advisory lock 1095189838/"
                                            : "another run kept the SQLite database locked for longer than its busy_timeout (700 ms)"),
                    e.getMessage());
            assertEquals(List.of(R1), migrator.current());

            releaseLock(kind, holder);
            assertEquals(2, migrator.upgrade("head").size());
            if (kind.equals("sqlite")) {
                try (Connection c = db.connect()) {
                    assertEquals(List.of("3000"), column(c, "PRAGMA busy_timeout"), "the driver's default is back");
                }
            }
        }
    }

    @Test
    void onPostgresqlTheLockIsPerVersionTable() throws Exception {
        try (Db db = TestDatabases.postgres();
                Connection holder = db.connect()) {
            Migrator other = Migrator.builder()
                    .url(db.url())
                    .migrations(logged)
                    .versionTable("other_version")
                    .lockTimeout(Duration.ofMillis(300))
                    .build();
            holdLock("postgresql", holder); // autogen_version's lock
            assertEquals(3, other.upgrade("head").size());
            releaseLock("postgresql", holder);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void oneTransactionPerRunUndoesTheWholeRun(String kind) throws Exception {
        VersionsFolder folder = new VersionsFolder(root.resolve("migrations/versions"));
        folder.migration(R1, null, "create chats", "CREATE TABLE chats (id INTEGER PRIMARY KEY)", "DROP TABLE chats");
        folder.migration(
                R2,
                R1,
                "add token usage",
                "CREATE TABLE token_usage (id INTEGER PRIMARY KEY)",
                "DROP TABLE token_usage");
        folder.migration(
                R3,
                R2,
                "add messages",
                List.of("CREATE TABLE messages (id INTEGER PRIMARY KEY)", "INSERT INTO no_such_table VALUES (1)"),
                List.of("DROP TABLE messages"));
        MigrationSet set = new MigrationLoader().load(folder.dir());
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            Migrator perRun = Migrator.builder()
                    .url(db.url())
                    .migrations(set)
                    .transactionPerRun(true)
                    .build();
            List<String> heard = new ArrayList<>();

            MigrationFailedException e = assertThrows(
                    MigrationFailedException.class,
                    () -> perRun.upgrade(
                            "head", step -> heard.add(step.revision().id())));

            assertEquals(List.of(R1, R2, R3), heard);
            assertTrue(e.rolledBack());
            assertTrue(
                    e.getMessage()
                            .startsWith("Upgrade 3f2a9c1d7e4b -> 3fc05b2d4a19 (add messages) failed and the"
                                    + " run's transaction was rolled back, 9d1c0b7a2e55, 3f2a9c1d7e4b included; the database stays at"
                                    + " base: "),
                    e.getMessage());
            assertTrue(e.getMessage().endsWith("; fix the migration and run again"), e.getMessage());
            assertEquals(List.of(), versions(c));
            assertFalse(
                    MigrationRunnerTest.tableExists(c, "chats") || MigrationRunnerTest.tableExists(c, "token_usage"));
            assertTrue(c.getAutoCommit());

            // one transaction per migration (the default) keeps the two that worked
            Migrator perMigration =
                    Migrator.builder().url(db.url()).migrations(set).build();
            assertThrows(MigrationFailedException.class, () -> perMigration.upgrade("head"));
            assertEquals(List.of(R2), versions(c));

            // and a run that succeeds commits everything at once
            assertEquals(
                    List.of(R2),
                    perRun.downgrade("-1").stream().map(s -> s.revision().id()).toList());
            assertEquals(List.of(R1), versions(c));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aMigrationThatThrowsLeavesNothingHalfRecorded(String kind) throws Exception {
        VersionsFolder folder = new VersionsFolder(root.resolve("migrations/versions"));
        folder.migration(R1, null, "create chats", "CREATE TABLE chats (id INTEGER PRIMARY KEY)", "DROP TABLE chats");
        source(folder, R2, R1, "add users", """
                op.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
                if (op != null) {
                    throw new IllegalStateException("users need a name column first");
                }""", "op.execute(\"DROP TABLE users\");");
        MigrationSet set = new MigrationLoader().load(folder.dir());
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            MigrationRunner transactional = new MigrationRunner(set, TestBackends.of(kind));

            MigrationFailedException e = assertThrows(
                    MigrationFailedException.class, () -> transactional.upgrade(c, "head", MigrationListener.NONE));

            assertEquals(
                    "Upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b (add users) failed and was rolled back; the database"
                            + " stays at 9d1c0b7a2e55: users need a name column first; fix the migration and run again",
                    e.getMessage());
            assertEquals(List.of(R1), versions(c));
            assertFalse(MigrationRunnerTest.tableExists(c, "users"));

            MigrationRunner autoCommitted = new MigrationRunner(set, TestBackends.withoutTransactionalDdl(kind));
            e = assertThrows(
                    MigrationFailedException.class, () -> autoCommitted.upgrade(c, "head", MigrationListener.NONE));

            assertEquals(
                    "Upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b (add users) failed: users need a name column first;"
                            + " this database commits DDL as it runs, so autogen_version still says 9d1c0b7a2e55 (the last"
                            + " revision fully applied) and 1 statement of 3f2a9c1d7e4b ran and remains:"
                            + " `CREATE TABLE users (id INTEGER PRIMARY KEY)`; autogen_version_progress records it, so a rerun"
                            + " skips it and continues with statement 2: fix the migration, leaving what ran as it is, and run"
                            + " again (or undo it by hand and delete the row for 3f2a9c1d7e4b from autogen_version_progress)",
                    e.getMessage());
            assertEquals(List.of(R1), versions(c), "the version table names the last revision fully applied");
            assertTrue(MigrationRunnerTest.tableExists(c, "users"), "auto-committed DDL stays");
        }
    }

    private static void holdLock(String kind, Connection holder) throws SQLException {
        try (Statement s = holder.createStatement()) {
            if (kind.equals("postgresql")) {
                s.execute("SELECT pg_advisory_lock(1095189838, hashtext(current_schema() || '.autogen_version'))");
            } else {
                s.execute("BEGIN IMMEDIATE");
            }
        }
    }

    private static void releaseLock(String kind, Connection holder) throws SQLException {
        try (Statement s = holder.createStatement()) {
            s.execute(
                    kind.equals("postgresql")
                            ? "SELECT pg_advisory_unlock(1095189838, hashtext(current_schema() || '.autogen_version'))"
                            : "ROLLBACK");
        }
    }

    static List<String> versions(Connection c) throws SQLException {
        return column(c, "SELECT version_num FROM autogen_version ORDER BY version_num");
    }

    static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        out.sort(null);
        return out;
    }
}
