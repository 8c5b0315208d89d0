package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Revision(transactional = false)} on PostgreSQL: {@code CREATE INDEX CONCURRENTLY}, which cannot run in a
 * transaction block, runs in such a migration, each statement committing on its own with its progress recorded, so
 * that a run killed part-way is completed by the next; in a migration that runs in a transaction it is refused before
 * it runs, in one line saying what to do; offline SQL frames the migration without a transaction.
 */
class OutsideTransactionTest {

    static final String R1 = "aa00000000a1";
    static final String R2 = "aa00000000a2";

    @TempDir
    Path dir;

    /** R1: the table items (id, name), filled by {@code rows}, statements on {@code op}. */
    private static void items(MigrationSources versions, String... rows) {
        versions.write(
                R1,
                null,
                "items",
                "op.createTable(\"items\", column(\"id\", BIGINT).notNull(), column(\"name\", VARCHAR(50)),"
                        + " primaryKey(\"id\"));\n" + String.join("\n", rows),
                "op.dropTable(\"items\");");
    }

    private void migrations(boolean transactional) {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        items(versions, "op.execute(\"INSERT INTO items (id, name) VALUES (1, 'a'), (2, 'b')\");");
        versions.write(R2, R1, "index items by name", transactional ? "" : "transactional = false", """
                op.addColumn("items", column("qty", INTEGER).notNull().serverDefault("0"));
                op.execute("CREATE INDEX CONCURRENTLY idx_items_name ON items (name)");
                op.execute("UPDATE items SET qty = qty + 1");""", """
                op.execute("DROP INDEX CONCURRENTLY idx_items_name");
                op.dropColumn("items", "qty");""");
    }

    @Test
    void aConcurrentIndexBuildRunsInAMigrationOutsideATransaction() throws Exception {
        migrations(false);
        try (Db db = TestDatabases.postgres()) {
            String out = run(db.url(), 0, "upgrade", "head");
            assertTrue(out.contains("Running upgrade " + R1 + " -> " + R2), out);
            try (Connection c = db.connect()) {
                assertEquals(List.of("t"), strings(c, validIndex()));
                assertEquals(List.of("1 a 1", "2 b 1"), strings(c, "SELECT id, name, qty FROM items ORDER BY id"));
                assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"));
                assertEquals(List.of(), strings(c, "SELECT revision FROM autogen_version_progress"));
            }
            run(db.url(), 0, "downgrade", R1);
            try (Connection c = db.connect()) {
                assertEquals(List.of(), strings(c, validIndex()));
                assertEquals(List.of(R1), strings(c, "SELECT version_num FROM autogen_version"));
            }
            // a run in one transaction that includes it commits each migration on its own
            run(db.url(), 0, "upgrade", "head", "--transaction-per-run");
            try (Connection c = db.connect()) {
                assertEquals(List.of("t"), strings(c, validIndex()));
                assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"));
            }
        }
    }

    /**
     * {@code op.outsideTransaction} in a migration that otherwise runs in a transaction: the block runs outside it, the
     * migration statement by statement (its first try, in a transaction, rolled back), each statement once.
     */
    @Test
    void aBlockOfAMigrationRunsOutsideItsTransaction() throws Exception {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        items(versions, "op.execute(\"INSERT INTO items (id, name) VALUES (1, 'a'), (2, 'b')\");");
        versions.write(R2, R1, "index items by name", """
                op.addColumn("items", column("qty", INTEGER).notNull().serverDefault("0"));
                op.execute("UPDATE items SET qty = qty + 1");
                op.outsideTransaction(() -> op.execute("CREATE INDEX CONCURRENTLY idx_items_name ON items (name)"));
                op.execute("UPDATE items SET qty = qty + 10");""", """
                op.outsideTransaction(() -> op.execute("DROP INDEX CONCURRENTLY idx_items_name"));
                op.dropColumn("items", "qty");""");
        try (Db db = TestDatabases.postgres()) {
            String script = run(db.url(), 0, "upgrade", "head", "--sql");
            String r2 = script.substring(script.indexOf("-- Running upgrade " + R1));
            assertEquals(
                    List.of(
                            "BEGIN;",
                            "alter table items add column qty integer default 0 not null;",
                            "UPDATE items SET qty = qty + 1;",
                            "COMMIT;",
                            "CREATE INDEX CONCURRENTLY idx_items_name ON items (name);",
                            "BEGIN;",
                            "UPDATE items SET qty = qty + 10;"),
                    r2.lines().skip(1).limit(7).toList(),
                    r2);
            assertTrue(r2.strip().endsWith("COMMIT;"), r2);

            String out = run(db.url(), 0, "upgrade", "head");
            assertEquals(1, out.split("Running upgrade " + R1 + " -> " + R2, -1).length - 1, out); // announced once
            try (Connection c = db.connect()) {
                assertEquals(List.of("t"), strings(c, validIndex()));
                assertEquals(List.of("1 11", "2 11"), strings(c, "SELECT id, qty FROM items ORDER BY id"));
                assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"));
                assertEquals(List.of(), strings(c, "SELECT revision FROM autogen_version_progress"));
            }
            run(db.url(), 0, "downgrade", R1);
            try (Connection c = db.connect()) {
                assertEquals(List.of(), strings(c, validIndex()));
                assertEquals(List.of(R1), strings(c, "SELECT version_num FROM autogen_version"));
            }
            // in a run of one transaction, each migration then commits on its own
            run(db.url(), 0, "upgrade", "head", "--transaction-per-run");
            try (Connection c = db.connect()) {
                assertEquals(List.of("t"), strings(c, validIndex()));
                assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"));
            }
        }
    }

    @Test
    void inAMigrationThatRunsInATransactionItIsRefusedBeforeItRuns() throws Exception {
        migrations(true);
        try (Db db = TestDatabases.postgres()) {
            String err = run(db.url(), 2, "upgrade", "head");
            assertTrue(
                    err.contains("`CREATE INDEX CONCURRENTLY idx_items_name ON items (name)` cannot run inside a"
                            + " transaction: mark the migration @Revision(transactional = false)"),
                    err);
            assertEquals(1, err.lines().count(), err);
            try (Connection c = db.connect()) {
                assertEquals(List.of(R1), strings(c, "SELECT version_num FROM autogen_version"));
                assertEquals(
                        List.of(),
                        strings(
                                c,
                                "SELECT column_name FROM information_schema.columns WHERE"
                                        + " table_schema = current_schema() AND table_name = 'items' AND column_name = 'qty'"));
            }
        }
    }

    /** Killed after each statement of the migration outside a transaction, or before recording the index build. */
    @Test
    void aRunKilledPartWayIsCompletedByTheNextRun() throws Exception {
        migrations(false);
        int kills = 0;
        for (String halt : List.of("haltAfterStatement=1", "haltAfterStatement=2", "haltBeforeRecording=2")) {
            try (Db db = TestDatabases.postgres()) {
                run(db.url(), 0, "upgrade", R1);
                ExternalProcess.Outcome killed = ExternalProcess.run(
                        ExternalProcess.autogen(
                                List.of("-Dautogen.test." + halt), "--url", db.url(), "upgrade", "head"),
                        dir,
                        Map.of(),
                        null);
                assertEquals(137, killed.code(), killed::toString);
                kills++;
                String rerun = run(db.url(), 0, "upgrade", "head");
                String at = "killed at " + halt + ", then: " + rerun;
                try (Connection c = db.connect()) {
                    assertEquals(List.of("t"), strings(c, validIndex()), at);
                    assertEquals(
                            List.of("1 a 1", "2 b 1"),
                            strings(c, "SELECT id, name, qty FROM items ORDER BY id"),
                            at); // the UPDATE ran once
                    assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"), at);
                    assertEquals(List.of(), strings(c, "SELECT revision FROM autogen_version_progress"), at);
                }
            }
        }
        assertEquals(3, kills);
    }

    /**
     * A concurrent build that fails (a duplicate for a unique index) or whose session is stopped halfway leaves an
     * INVALID index behind; the next upgrade drops it and builds the index again.
     */
    @Test
    void anIndexBuildThatFailedOrWasStoppedIsRebuiltByTheNextUpgrade() throws Exception {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        items(
                versions,
                "op.execute(\"INSERT INTO items (id, name) SELECT g, 'n' || g FROM generate_series(1, 1000000) g\");",
                "op.execute(\"INSERT INTO items (id, name) VALUES (0, 'n1')\");");
        versions.write(R2, R1, "unique names", "transactional = false", """
                op.execute("CREATE UNIQUE INDEX CONCURRENTLY ux_items_name ON items (name)");""", """
                op.execute("DROP INDEX CONCURRENTLY ux_items_name");""");
        try (Db db = TestDatabases.postgres()) {
            run(db.url(), 0, "upgrade", R1);
            // a duplicate name: the build fails, and leaves the index INVALID
            String failed = run(db.url(), 2, "upgrade", "head");
            assertTrue(failed.contains("ux_items_name"), failed);
            try (Connection c = db.connect()) {
                assertEquals(List.of("f"), strings(c, validIndex("ux_items_name")));
                strings(c, "DELETE FROM items WHERE id = 0 RETURNING id");
            }
            // the session of the next build is stopped halfway: INVALID again
            try (Connection watcher = db.connect()) {
                Thread stopper = new Thread(() -> {
                    try {
                        for (int k = 0; k < 1000; k++) {
                            List<String> building = strings(
                                    watcher,
                                    "SELECT pid FROM pg_stat_activity WHERE query LIKE 'CREATE UNIQUE INDEX"
                                            + " CONCURRENTLY%' AND pid <> pg_backend_pid()");
                            if (!building.isEmpty()) {
                                strings(watcher, "SELECT pg_terminate_backend(" + building.get(0) + ")");
                                return;
                            }
                            Thread.sleep(5);
                        }
                    } catch (SQLException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
                stopper.start();
                run(db.url(), 2, "upgrade", "head");
                stopper.join();
            }
            try (Connection c = db.connect()) {
                assertEquals(List.of("f"), strings(c, validIndex("ux_items_name")));
            }
            String rerun = run(db.url(), 0, "upgrade", "head");
            assertTrue(
                    rerun.contains("dropped the invalid index ux_items_name that an earlier CREATE INDEX"
                            + " CONCURRENTLY left when it failed or was stopped, and built it again"),
                    rerun);
            try (Connection c = db.connect()) {
                assertEquals(List.of("t"), strings(c, validIndex("ux_items_name")));
                assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"));
            }
        }
    }

    /** A long step says every so often (here every 50 ms instead of 10 s) how far its index build got. */
    @Test
    void aLongIndexBuildSaysHowItIsGettingOn() throws Exception {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        items(
                versions,
                "op.execute(\"INSERT INTO items (id, name) SELECT g, md5(g::text) FROM generate_series(1, 1000000) g\");");
        versions.write(R2, R1, "index items by name", "transactional = false", """
                op.execute("CREATE INDEX CONCURRENTLY idx_items_name ON items (name)");""", """
                op.execute("DROP INDEX CONCURRENTLY idx_items_name");""");
        try (Db db = TestDatabases.postgres()) {
            run(db.url(), 0, "upgrade", R1);
            System.setProperty("autogen.test.heartbeatMillis", "50");
            String out;
            try {
                out = run(db.url(), 0, "upgrade", "head");
            } finally {
                System.clearProperty("autogen.test.heartbeatMillis");
            }
            assertTrue(out.contains("  upgrade " + R1 + " -> " + R2 + " still running after "), out);
            assertTrue(out.contains(": index idx_items_name: building index: "), out);
            assertTrue(out.contains("Finished upgrade " + R1 + " -> " + R2 + " in ") || !out.contains("Finished"), out);
        }
    }

    @Test
    void offlineSqlFramesItWithoutATransaction() throws Exception {
        migrations(false);
        try (Db db = TestDatabases.postgres()) {
            String perMigration = run(db.url(), 0, "upgrade", "head", "--sql");
            String r2 = perMigration.substring(perMigration.indexOf("-- Running upgrade " + R1));
            assertFalse(r2.contains("BEGIN;"), r2);
            assertFalse(r2.contains("COMMIT;"), r2);
            assertTrue(r2.contains("CREATE INDEX CONCURRENTLY idx_items_name ON items (name);"), r2);
            String r1 = perMigration.substring(0, perMigration.indexOf("-- Running upgrade " + R1));
            assertTrue(r1.contains("BEGIN;") && r1.contains("COMMIT;"), r1);

            String perRun = run(db.url(), 0, "upgrade", "head", "--sql", "--transaction-per-run");
            String tail = perRun.substring(perRun.indexOf("-- Running upgrade " + R1));
            // the run's transaction is committed before it and begun again after it
            assertTrue(perRun.indexOf("BEGIN;") < perRun.indexOf("-- Running upgrade " + R1), perRun);
            assertTrue(tail.indexOf("COMMIT;") < tail.indexOf("CREATE INDEX CONCURRENTLY"), tail);
            assertEquals(1, tail.split("COMMIT;", -1).length - 1, tail); // nothing is begun again after the last
            assertFalse(tail.contains("BEGIN;"), tail);
        }
    }

    private static String validIndex() {
        return validIndex("idx_items_name");
    }

    private static String validIndex(String name) {
        return "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid" + " WHERE c.relname = '"
                + name + "' AND c.relnamespace = current_schema()::regnamespace";
    }

    /** Runs in-process; returns stdout, or stderr when {@code code} is not 0. */
    private String run(String url, int code, String... args) {
        InProcess.Result result = InProcess.run(dir, url, code, args);
        return code == 0 ? result.out() : result.err();
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        return InProcess.rows(c, sql);
    }
}
