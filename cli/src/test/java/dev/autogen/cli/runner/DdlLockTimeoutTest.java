package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A migration's statement waits at most {@code --ddl-lock-timeout} for a lock another session holds on its table (an
 * application's open transaction), so that the application's queries do not queue behind it; the migration is tried
 * again {@code --ddl-retries} times after a pause, and then fails in one line naming the session that holds the lock.
 * When that session ends in time, a retry completes the migration.
 */
class DdlLockTimeoutTest {

    static final String R1 = "bb00000000b1";
    static final String R2 = "bb00000000b2";

    @TempDir
    Path dir;

    private void migrations() {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        versions.write(R1, null, "items", """
                op.createTable("items", column("id", BIGINT).notNull(), column("name", VARCHAR(50)), primaryKey("id"));
                op.execute("INSERT INTO items (id, name) VALUES (1, 'a')");""", """
                op.dropTable("items");""");
        versions.write(R2, R1, "quantities", """
                op.addColumn("items", column("qty", INTEGER));""", """
                op.dropColumn("items", "qty");""");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void aStatementBlockedByAnotherSessionGivesUpAndNamesIt(String kind) throws Exception {
        migrations();
        try (Db db = TestDatabases.of(kind)) {
            run(db.url(), 0, "upgrade", R1);
            try (Connection app = db.connect()) {
                String holder = holdLock(app, kind);
                long started = System.nanoTime();
                InProcess.Result failed =
                        run(db.url(), 2, "upgrade", "head", "--ddl-lock-timeout", "1", "--ddl-retries", "1");
                double seconds = (System.nanoTime() - started) / 1e9;
                String error = failed.err();
                assertEquals(1, error.lines().count(), error);
                assertTrue(
                        error.contains("A statement gave up waiting for a lock, 2 times, each after 1 s, so that the"
                                + " application's queries would not queue behind it: probably held by " + holder),
                        error);
                assertTrue(error.contains("; end that session's transaction, or run again when it is done"), error);
                assertTrue(
                        failed.out().contains("A statement gave up waiting for a lock (probably held by " + holder),
                        failed.out());
                assertTrue(failed.out().contains("trying " + R2 + " again in 1 s (retry 1)"), failed.out());
                assertTrue(seconds < 10, "gave up after " + seconds + " s");
                app.rollback();
            }
            try (Connection c = db.connect()) {
                assertEquals(List.of(R1), strings(c, "SELECT version_num FROM autogen_version"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void aRetryCompletesTheMigrationOnceTheOtherSessionEnds(String kind) throws Exception {
        migrations();
        try (Db db = TestDatabases.of(kind)) {
            run(db.url(), 0, "upgrade", R1);
            try (Connection app = db.connect()) {
                holdLock(app, kind);
                Thread release = new Thread(() -> {
                    try {
                        Thread.sleep(1500);
                        app.rollback();
                    } catch (InterruptedException | SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                release.start();
                InProcess.Result done =
                        run(db.url(), 0, "upgrade", "head", "--ddl-lock-timeout", "1", "--ddl-retries", "3");
                release.join();
                assertTrue(done.out().contains("trying " + R2 + " again in 1 s (retry 1)"), done.out());
                assertTrue(done.out().contains("Running upgrade " + R1 + " -> " + R2), done.out());
            }
            try (Connection c = db.connect()) {
                assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"));
            }
        }
    }

    /** In a run of one transaction, the whole run is rolled back and tried again, naming the step that waited. */
    @org.junit.jupiter.api.Test
    void aRunInOneTransactionIsTriedAgainAsAWhole() throws Exception {
        migrations();
        try (Db db = TestDatabases.postgres()) {
            run(db.url(), 0, "upgrade", R1);
            try (Connection app = db.connect()) {
                String holder = holdLock(app, "postgresql");
                InProcess.Result failed = run(
                        db.url(),
                        2,
                        "upgrade",
                        "head",
                        "--transaction-per-run",
                        "--ddl-lock-timeout",
                        "1",
                        "--ddl-retries",
                        "1");
                assertTrue(failed.out().contains("probably held by " + holder), failed.out());
                assertTrue(failed.out().contains("trying " + R2 + " again in 1 s (retry 1)"), failed.out());
                assertTrue(failed.err().contains("the run's transaction was rolled back"), failed.err());
                assertTrue(failed.err().contains("A statement gave up waiting for a lock, 2 times"), failed.err());
                app.rollback();
            }
            try (Connection c = db.connect()) {
                assertEquals(List.of(R1), strings(c, "SELECT version_num FROM autogen_version"));
            }
        }
    }

    /** An application's transaction that read and wrote the table, left open: returns how the message names it. */
    private static String holdLock(Connection app, String kind) throws SQLException {
        app.setAutoCommit(false);
        try (Statement s = app.createStatement()) {
            s.execute("UPDATE items SET name = 'b' WHERE id = 1");
            try (ResultSet rs = s.executeQuery("SELECT name FROM items")) {
                rs.next();
            }
            try (ResultSet rs =
                    s.executeQuery(kind.equals("postgresql") ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()")) {
                rs.next();
                return (kind.equals("postgresql") ? "pid " : "connection ") + rs.getLong(1) + " (";
            }
        }
    }

    private InProcess.Result run(String url, int code, String... args) {
        return InProcess.run(dir, url, code, args);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        return InProcess.rows(c, sql);
    }
}
