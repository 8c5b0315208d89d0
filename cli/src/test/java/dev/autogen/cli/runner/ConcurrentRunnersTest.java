package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runners in separate JVMs against one PostgreSQL database, as replicas of a service that all upgrade at startup: each
 * migration is applied exactly once; and a runner killed in the middle of an upgrade leaves the database at the last
 * committed revision, from which a new run completes.
 */
class ConcurrentRunnersTest {

    static final String R1 = "9d1c0b7a2e55";
    static final String R2 = "3f2a9c1d7e4b";
    static final String R3 = "3fc05b2d4a19";

    @TempDir
    Path dir;

    /** Each migration logs itself in applied_log, whose primary key fails a second application. */
    private void loggedMigrations(String sleep) {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"), true);
        versions.write(R1, null, "create log", """
                op.execute("CREATE TABLE applied_log (revision VARCHAR(12) PRIMARY KEY, at TIMESTAMP DEFAULT clock_timestamp())");
                op.execute("SELECT pg_sleep(%s)");
                op.execute("INSERT INTO applied_log (revision) VALUES ('%s')");""".formatted(sleep, R1), """
                op.execute("DROP TABLE applied_log");""");
        versions.write(R2, R1, "add chats", """
                op.createTable("chats", column("id", BIGINT).notNull().identity(), primaryKey("id"));
                op.execute("SELECT pg_sleep(%s)");
                op.execute("INSERT INTO applied_log (revision) VALUES ('%s')");""".formatted(sleep, R2), """
                op.dropTable("chats");""");
        versions.write(R3, R2, "add messages", """
                op.createTable("messages", column("id", BIGINT).notNull().identity(), primaryKey("id"));
                op.execute("SELECT pg_sleep(%s)");
                op.execute("INSERT INTO applied_log (revision) VALUES ('%s')");""".formatted(sleep, R3), """
                op.dropTable("messages");""");
    }

    @Test
    void eightRunnersApplyEachMigrationExactlyOnce() throws Exception {
        try (Db db = TestDatabases.postgres()) {
            loggedMigrations("0.3");
            // history compiles nothing; the offline script compiles every migration once, and the runners find the
            // classes in the cache
            inProcess("--url", db.url(), "history");
            assertFalse(java.nio.file.Files.exists(dir.resolve("migrations/.autogen/classes")), "history compiled");
            inProcess("--url", db.url(), "upgrade", "head", "--sql");
            List<String> cache = cacheFolders();
            assertEquals(1, cache.size(), () -> "one cache folder for the one compiler run: " + cache);
            int runners = 8;
            ExecutorService pool = Executors.newFixedThreadPool(runners);
            try {
                List<Future<ExternalProcess.Outcome>> outcomes = new ArrayList<>();
                for (int i = 0; i < runners; i++) {
                    outcomes.add(pool.submit(() -> ExternalProcess.run(
                            ExternalProcess.autogen("--url", db.url(), "upgrade", "head"), dir, Map.of(), null)));
                }
                List<String> steps = new ArrayList<>();
                for (Future<ExternalProcess.Outcome> outcome : outcomes) {
                    ExternalProcess.Outcome done =
                            outcome.get(180, TimeUnit.SECONDS).ok();
                    assertEquals("", done.err(), done::toString);
                    done.out().lines().forEach(steps::add);
                }
                assertEquals(
                        List.of(
                                "Running upgrade  -> 9d1c0b7a2e55, create log",
                                "Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, add chats",
                                "Running upgrade 3f2a9c1d7e4b -> 3fc05b2d4a19, add messages"),
                        steps.stream().sorted((a, b) -> order(a) - order(b)).toList(),
                        "every step was printed by exactly one runner");
            } finally {
                pool.shutdownNow();
            }
            try (Connection c = db.connect()) {
                assertEquals(List.of(R1, R2, R3), strings(c, "SELECT revision FROM applied_log ORDER BY at"));
                assertEquals(List.of(R3), strings(c, "SELECT version_num FROM autogen_version"));
            }
            assertEquals(R3 + " (head)\n", inProcess("--url", db.url(), "current"));
            assertEquals(cache, cacheFolders(), "the runners compiled nothing: they loaded the cached classes");
        }
    }

    /** The compiled-class cache folders, with their modification times. */
    private List<String> cacheFolders() throws Exception {
        try (var entries = java.nio.file.Files.list(dir.resolve("migrations/.autogen/classes"))) {
            List<String> out = new ArrayList<>();
            for (Path p : entries.sorted().toList()) {
                out.add(p.getFileName() + " " + java.nio.file.Files.getLastModifiedTime(p));
            }
            return out;
        }
    }

    @Test
    void aRunnerKilledMidUpgradeLeavesTheLastCommittedRevision() throws Exception {
        try (Db db = TestDatabases.postgres()) {
            loggedMigrations("2");
            inProcess("--url", db.url(), "upgrade", "head", "--sql"); // compiles the migrations before the timed run
            Process runner = new ProcessBuilder(ExternalProcess.autogen("--url", db.url(), "upgrade", "head"))
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in =
                        new BufferedReader(new InputStreamReader(runner.getInputStream(), StandardCharsets.UTF_8))) {
                    in.lines().forEach(lines::add);
                } catch (Exception e) {
                    lines.add("reader failed: " + e);
                }
            });
            reader.start();
            String second = "Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, add chats";
            List<String> seen = new ArrayList<>();
            while (!seen.contains(second)) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertTrue(line != null, () -> "the runner never reached its second migration: " + seen);
                seen.add(line);
            }
            Thread.sleep(700); // inside the second migration's pg_sleep(2): chats is created, not committed
            runner.destroyForcibly();
            assertTrue(runner.waitFor(30, TimeUnit.SECONDS));
            reader.join(5000);

            try (Connection c = db.connect()) {
                assertEquals(List.of(R1), strings(c, "SELECT version_num FROM autogen_version"));
                assertEquals(List.of(R1), strings(c, "SELECT revision FROM applied_log"));
                assertFalse(exists(c, "chats"), "the killed migration's table was rolled back");
            }

            // PostgreSQL ends the dead runner's session (and its lock) once its pg_sleep returns; this run waits for it
            String rerun = inProcess("--url", db.url(), "upgrade", "head");
            // each step sleeps 2 s, so each also says how long it took
            assertEquals(
                    "Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, add chats\n"
                            + "Running upgrade 3f2a9c1d7e4b -> 3fc05b2d4a19, add messages\n",
                    rerun.replaceAll("(?m)^Finished upgrade .* in \\d+\\.\\d s\n", ""));
            assertTrue(rerun.contains("Finished upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b in "), rerun);
            try (Connection c = db.connect()) {
                assertEquals(List.of(R3), strings(c, "SELECT version_num FROM autogen_version"));
                assertEquals(List.of(R1, R2, R3), strings(c, "SELECT revision FROM applied_log ORDER BY at"));
            }
        }
    }

    private static int order(String step) {
        return step.contains(", create log") ? 1 : step.contains(", add chats") ? 2 : 3;
    }

    private String inProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, () -> String.join(" ", args) + "\n" + out + err);
        return out.toString();
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        try (ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), table, null)) {
            return rs.next();
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
