package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where DDL commits as it runs, a runner killed at any statement boundary (the JVM halted as by {@code kill -9}, right
 * after statement N) leaves a database from which the next run completes: it skips the statements that completed and
 * runs each of the others once, so no DDL fails as a duplicate and no DML applies twice.
 */
class CrashResumeTest {

    static final String R1 = "9d1c0b7a2e55";
    static final String R2 = "3f2a9c1d7e4b";

    @TempDir
    Path dir;

    /** DDL and DML mixed; the UPDATEs add, and events has no key, so a statement applied twice shows. */
    private void migrations() {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        versions.write(R1, null, "items and events", """
                op.createTable("items", column("id", BIGINT).notNull(), column("name", VARCHAR(50)), primaryKey("id"));
                op.createTable("events", column("msg", VARCHAR(50)));
                op.execute("INSERT INTO items (id, name) VALUES (1, 'a')");
                op.execute("INSERT INTO events (msg) VALUES ('r1')");""", """
                op.dropTable("events");
                op.dropTable("items");""");
        versions.write(R2, R1, "quantities", """
                op.addColumn("items", column("qty", INTEGER).notNull().serverDefault("0"));
                op.execute("UPDATE items SET qty = qty + 1");
                op.execute("INSERT INTO events (msg) VALUES ('r2')");
                op.createIndex("events", index("idx_events_msg", "msg"));
                op.execute("UPDATE items SET qty = qty + 10");""", """
                op.dropIndex("events", "idx_events_msg");
                op.dropColumn("items", "qty");""");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "h2"})
    void aRunKilledAfterAnyStatementIsCompletedByTheNextRun(String kind) throws Exception {
        migrations();
        int boundaries = 0;
        for (int n = 1; ; n++) {
            try (Db db = TestDatabases.of(kind)) {
                // an embedded H2 writes its commits to the file a moment later; a halted JVM would lose them
                String url = kind.equals("h2") ? db.url() + ";WRITE_DELAY=0" : db.url();
                // compiles once (the offline script runs every migration); the killed runners load the cached classes
                inProcess(url, "upgrade", "head", "--sql");
                ExternalProcess.Outcome killed = ExternalProcess.run(
                        ExternalProcess.autogen(
                                List.of("-Dautogen.test.haltAfterStatement=" + n), "--url", url, "upgrade", "head"),
                        dir,
                        Map.of(),
                        null);
                if (killed.code() == 0) {
                    break; // fewer than n statements: every boundary was tried
                }
                assertEquals(137, killed.code(), killed::toString);
                boundaries++;

                String rerun = inProcess(url, "upgrade", "head");

                String at = "killed after statement " + n + ", then: " + rerun;
                // R1 has 4 statements: after the 4th it is complete but for its version row, and resumes with none
                assertTrue(
                        rerun.contains("  Resuming after statement " + (n <= 4 ? n : n - 4) + ", where an"
                                + " earlier run stopped"),
                        at);
                try (Connection c = db.connect()) {
                    assertEquals(List.of("1 a 11"), strings(c, "SELECT id, name, qty FROM items"), at);
                    assertEquals(List.of("r1", "r2"), strings(c, "SELECT msg FROM events ORDER BY msg"), at);
                    assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"), at);
                    assertEquals(List.of(), strings(c, "SELECT revision FROM autogen_version_progress"), at);
                }
                try (Connection c = db.connect()) {
                    assertTrue(hasIndex(c, "events", "idx_events_msg"), at);
                }
            }
        }
        assertEquals(9, boundaries, "a kill after each of the 9 statements");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "h2"})
    void aDowngradeKilledAfterAnyStatementIsCompletedByTheNextRun(String kind) throws Exception {
        migrations();
        int boundaries = 0;
        for (int n = 1; ; n++) {
            try (Db db = TestDatabases.of(kind)) {
                String url = kind.equals("h2") ? db.url() + ";WRITE_DELAY=0" : db.url();
                inProcess(url, "upgrade", "head", "-q");
                ExternalProcess.Outcome killed = ExternalProcess.run(
                        ExternalProcess.autogen(
                                List.of("-Dautogen.test.haltAfterStatement=" + n), "--url", url, "downgrade", "base"),
                        dir,
                        Map.of(),
                        null);
                if (killed.code() == 0) {
                    break;
                }
                assertEquals(137, killed.code(), killed::toString);
                boundaries++;

                String rerun = inProcess(url, "downgrade", "base");

                String at = "killed after statement " + n + ", then: " + rerun;
                assertTrue(
                        rerun.contains("  Resuming after statement " + (n <= 2 ? n : n - 2) + ", where an"
                                + " earlier run stopped"),
                        at);
                try (Connection c = db.connect()) {
                    assertEquals(List.of(), strings(c, "SELECT version_num FROM autogen_version"), at);
                    assertEquals(List.of(), strings(c, "SELECT revision FROM autogen_version_progress"), at);
                    for (String table : List.of("items", "events")) {
                        try (ResultSet rs = c.getMetaData()
                                .getTables(
                                        c.getCatalog(),
                                        c.getSchema(),
                                        kind.equals("h2") ? table.toUpperCase(java.util.Locale.ROOT) : table,
                                        null)) {
                            assertTrue(!rs.next(), table + " is dropped; " + at);
                        }
                    }
                }
            }
        }
        assertEquals(4, boundaries, "a kill after each of the 4 statements");
    }

    /**
     * Killed between a DDL statement and the record of its completion (the statement committed by itself, its record
     * not yet): the next run runs it again, sees from the database's error that its work is there, says so, and goes
     * on after it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"mariadb", "h2"})
    void aRunKilledBetweenAnyDdlStatementAndItsRecordIsCompletedByTheNextRun(String kind) throws Exception {
        migrations();
        int killedUp = 0;
        int killedDown = 0;
        for (int n = 1; ; n++) {
            try (Db db = TestDatabases.of(kind)) {
                String url = kind.equals("h2") ? db.url() + ";WRITE_DELAY=0" : db.url();
                inProcess(url, "history");
                ExternalProcess.Outcome killed = ExternalProcess.run(
                        ExternalProcess.autogen(
                                List.of("-Dautogen.test.haltBeforeRecording=" + n), "--url", url, "upgrade", "head"),
                        dir,
                        Map.of(),
                        null);
                if (killed.code() == 0) {
                    break; // fewer than n DDL statements: every one was tried
                }
                assertEquals(137, killed.code(), killed::toString);
                killedUp++;
                String current = inProcess(url, "current");
                assertTrue(current.contains("started") && current.contains("finds out whether it completed"), current);

                String rerun = inProcess(url, "upgrade", "head");

                String at = "killed before recording DDL statement " + n + ", then: " + rerun;
                assertTrue(rerun.contains("had completed before the earlier run stopped (the database says: "), at);
                try (Connection c = db.connect()) {
                    assertEquals(List.of("1 a 11"), strings(c, "SELECT id, name, qty FROM items"), at);
                    assertEquals(List.of("r1", "r2"), strings(c, "SELECT msg FROM events ORDER BY msg"), at);
                    assertEquals(List.of(R2), strings(c, "SELECT version_num FROM autogen_version"), at);
                    assertEquals(List.of(), strings(c, "SELECT revision FROM autogen_version_progress"), at);
                    assertTrue(hasIndex(c, "events", "idx_events_msg"), at);
                }

                ExternalProcess.Outcome killedDowngrade = ExternalProcess.run(
                        ExternalProcess.autogen(
                                List.of("-Dautogen.test.haltBeforeRecording=" + n), "--url", url, "downgrade", "base"),
                        dir,
                        Map.of(),
                        null);
                if (killedDowngrade.code() == 0) {
                    continue; // the downgrade has fewer DDL statements
                }
                assertEquals(137, killedDowngrade.code(), killedDowngrade::toString);
                killedDown++;
                String rerunDown = inProcess(url, "downgrade", "base");
                String down = "downgrade killed before recording DDL statement " + n + ", then: " + rerunDown;
                assertTrue(rerunDown.contains("had completed before the earlier run stopped"), down);
                try (Connection c = db.connect()) {
                    assertEquals(List.of(), strings(c, "SELECT version_num FROM autogen_version"), down);
                    assertEquals(List.of(), strings(c, "SELECT revision FROM autogen_version_progress"), down);
                }
            }
        }
        assertEquals(4, killedUp, "a kill after each of the upgrade's 4 DDL statements");
        assertEquals(4, killedDown, "a kill after each of the downgrade's 4 DDL statements");
    }

    @Test
    void anotherStepWaitsUntilTheInterruptedOneIsFinished() throws Exception {
        migrations();
        try (Db db = TestDatabases.mariadb()) {
            inProcess(db.url(), "upgrade", "head", "--sql");
            ExternalProcess.Outcome killed = ExternalProcess.run(
                    ExternalProcess.autogen(
                            List.of("-Dautogen.test.haltAfterStatement=6"), "--url", db.url(), "upgrade", "head"),
                    dir,
                    Map.of(),
                    null);
            assertEquals(137, killed.code(), killed::toString);
            assertEquals(
                    R1 + "\nplus 2 statements of an unfinished upgrade of " + R2 + " (the last: `UPDATE items SET"
                            + " qty = qty + 1`); the next upgrade through " + R2 + " resumes after them\n",
                    inProcess(db.url(), "current"));

            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(
                    new String[] {"--url", db.url(), "downgrade", "base"},
                    Map.of(),
                    dir,
                    new PrintWriter(out, true),
                    new PrintWriter(err, true));

            assertEquals(2, code, err::toString);
            assertEquals(
                    "autogen: error: Downgrade 9d1c0b7a2e55 -> base (items and events) cannot run: an unfinished"
                            + " upgrade of 3f2a9c1d7e4b left 2 of its statements applied (the last: `UPDATE items SET qty = qty"
                            + " + 1`), as autogen_version_progress records; run that upgrade again to finish it first (or undo"
                            + " those statements by hand and delete the row from autogen_version_progress)\n",
                    err.toString());
            assertEquals("", out.toString());
            assertTrue(inProcess(db.url(), "upgrade", "head").contains("  Resuming after statement 2"));
            try (Connection c = db.connect()) {
                assertEquals(List.of("1 a 11"), strings(c, "SELECT id, name, qty FROM items"));
            }
        }
    }

    private String inProcess(String url, String... args) {
        List<String> all = new ArrayList<>(List.of("--url", url));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, () -> String.join(" ", all) + "\n" + out + err);
        return out.toString();
    }

    private static boolean hasIndex(Connection c, String table, String index) throws SQLException {
        for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
            try (ResultSet rs = c.getMetaData().getIndexInfo(c.getCatalog(), c.getSchema(), name, false, false)) {
                while (rs.next()) {
                    if (index.equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                out.add(String.join(" ", row));
            }
        }
        return out;
    }
}
