package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.internal.fanout.FanOutReport;
import dev.autogen.runtime.internal.fanout.TargetStatus;
import dev.autogen.runtime.internal.fanout.Tenants;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tenant fan-out ({@code --tenant-schemas}, {@code --tenant-query}, {@code --targets}) on real PostgreSQL schemas and
 * MariaDB databases: each target ends at the target revision with each migration applied once (a side-effect table
 * counts them), canaries stop the run, {@code --continue-on-error} goes on, a stopped or killed run is completed by the
 * next, which skips the targets already there, and bad input is one line, exit 2.
 */
class FanOutTest {

    static final String R1 = "a1a1a1a1a1a1";
    static final String R2 = "b2b2b2b2b2b2";
    static final String R3 = "c3c3c3c3c3c3";

    @TempDir
    Path dir;

    /** Three migrations; each logs itself in {@code applied}; R3 writes to {@code gate}, which a test can poison. */
    private void migrations() {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        versions.write(R1, null, "items", """
                op.createTable("items", column("id", BIGINT).notNull(), column("name", VARCHAR(50)), primaryKey("id"));
                op.createTable("applied", column("rev", VARCHAR(20)));
                op.execute("INSERT INTO applied (rev) VALUES ('r1')");""", """
                op.dropTable("applied");
                op.dropTable("items");""");
        versions.write(R2, R1, "qty", """
                op.addColumn("items", column("qty", INTEGER));
                op.execute("INSERT INTO applied (rev) VALUES ('r2')");""", """
                op.execute("DELETE FROM applied WHERE rev = 'r2'");
                op.dropColumn("items", "qty");""");
        versions.write(R3, R2, "name index", """
                op.createIndex("items", index("idx_items_name", "name"));
                op.execute("INSERT INTO gate (ok) VALUES (1)");
                op.execute("INSERT INTO applied (rev) VALUES ('r3')");""", """
                op.execute("DELETE FROM applied WHERE rev = 'r3'");
                op.dropIndex("items", "idx_items_name");""");
    }

    /** Schemas (MariaDB: databases) {@code <prefix>_00 ...} on one server, dropped afterwards. */
    private static final class Tenantry implements AutoCloseable {
        final Db db;
        final String prefix;
        final List<String> names = new ArrayList<>();
        final String server;

        Tenantry(Db db, int count) throws SQLException {
            this.db = db;
            this.prefix = db.schema();
            this.server = db.url();
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                for (int i = 0; i < count; i++) {
                    String name = String.format("%s_%02d", prefix, i);
                    s.execute((mariadb() ? "CREATE DATABASE " : "CREATE SCHEMA ") + name);
                    names.add(name);
                    s.execute("CREATE TABLE " + name + ".gate (ok INTEGER)");
                }
            }
        }

        boolean mariadb() {
            return db.kind().equals("mariadb");
        }

        /** R3 fails in this tenant until {@link #heal}. */
        void poison(String name) throws SQLException {
            exec("ALTER TABLE " + name + ".gate ADD CONSTRAINT gate_ok CHECK (ok = 0)");
        }

        void heal(String name) throws SQLException {
            exec("ALTER TABLE " + name + ".gate DROP CONSTRAINT gate_ok");
        }

        void exec(String sql) throws SQLException {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }

        List<String> rows(String name, String sql) throws SQLException {
            try (Connection c = db.connect()) {
                if (mariadb()) {
                    c.setCatalog(name);
                } else {
                    c.setSchema(name);
                }
                return InProcess.rows(c, sql);
            }
        }

        /** The version table's revisions; none where it does not exist yet. */
        List<String> version(String name) throws SQLException {
            if (rows(
                            name,
                            "SELECT table_name FROM information_schema.tables WHERE table_schema = '" + name
                                    + "' AND table_name = 'autogen_version'")
                    .isEmpty()) {
                return List.of();
            }
            return rows(name, "SELECT version_num FROM autogen_version");
        }

        /** The revisions the migrations logged, each as often as it ran. */
        List<String> applied(String name) throws SQLException {
            return rows(name, "SELECT rev FROM applied ORDER BY rev");
        }

        /** A JDBC URL whose database is {@code name} (MariaDB). */
        String urlOf(String name) {
            int hostStart = server.indexOf("://");
            int query = server.indexOf('?', hostStart);
            String head = query < 0 ? server : server.substring(0, query);
            String tail = query < 0 ? "" : server.substring(query);
            int path = head.indexOf('/', hostStart + 3);
            return (path < 0 ? head : head.substring(0, path)) + "/" + name + tail;
        }

        @Override
        public void close() throws Exception {
            try (Connection c = DriverManager.getConnection(server);
                    Statement s = c.createStatement()) {
                for (String name : names) {
                    s.execute(
                            mariadb()
                                    ? "DROP DATABASE IF EXISTS " + name
                                    : "DROP SCHEMA IF EXISTS " + name + " CASCADE");
                }
            } finally {
                db.close();
            }
        }
    }

    record Run(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private Run run(Map<String, String> env, String url, String... args) {
        List<String> all = new ArrayList<>(List.of("--url", url));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.run(all.toArray(String[]::new), env, dir, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private Run run(String url, String... args) {
        return run(Map.of(), url, args);
    }

    private static Run ok(Run run) {
        assertEquals(0, run.code(), run::toString);
        assertEquals("", run.err(), run::toString);
        return run;
    }

    /** Exit 2, one line on stderr; returns it without the prefix. */
    private static String failed(Run run) {
        assertEquals(2, run.code(), run::toString);
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run::toString);
        assertTrue(lines.get(0).startsWith("autogen: error: "), run::toString);
        return lines.get(0).substring("autogen: error: ".length());
    }

    /** 20 schemas at base, R1 and R2 end at head with --parallel 4; each migration ran once; a rerun skips them all. */
    @Test
    void schemasAtDifferentRevisionsAllEndAtHeadAndARerunSkipsThem() throws Exception {
        migrations();
        try (Tenantry t = new Tenantry(TestDatabases.postgres(), 20)) {
            String url = t.server;
            for (int i = 0; i < 20; i++) {
                String at = i % 3 == 0 ? null : i % 3 == 1 ? R1 : R2;
                if (at != null) {
                    ok(run(url, "--schema", t.names.get(i), "upgrade", at, "-q"));
                }
            }
            Run fanned = ok(run(url, "upgrade", "--tenant-schemas", t.prefix + "_*", "--parallel", "4"));
            assertEquals(21, fanned.lines().size(), fanned::toString);
            assertTrue(fanned.out().contains(t.names.get(0) + "  base -> " + R3 + "  ok  "), fanned::toString);
            assertTrue(fanned.out().contains(t.names.get(1) + "  " + R1 + " -> " + R3 + "  ok  "), fanned::toString);
            assertTrue(fanned.out().contains(t.names.get(2) + "  " + R2 + " -> " + R3 + "  ok  "), fanned::toString);
            assertTrue(fanned.lines().get(20).matches("20 targets in [0-9.]+ s: 20 ok"), fanned::toString);
            for (String name : t.names) {
                assertEquals(List.of(R3), t.version(name), name);
                assertEquals(List.of("r1", "r2", "r3"), t.applied(name), name);
            }

            Run again = ok(run(url, "upgrade", "--tenant-schemas", t.prefix + "_*", "--parallel", "4"));
            assertTrue(again.lines().get(20).matches("20 targets in [0-9.]+ s: 20 skipped"), again::toString);
            assertTrue(again.out().contains(t.names.get(7) + "  " + R3 + "  skipped  "), again::toString);

            // the per-target results in the other formats, each valid against its schema
            for (String format : List.of("json", "sarif", "junit", "markdown", "github")) {
                Run formatted = ok(run(url, "upgrade", "--tenant-schemas", t.prefix + "_*", "--format", format));
                ReportFormatsTest.validate("upgrade", format, formatted.out(), false);
            }
            Run json = ok(run(url, "current", "--tenant-schemas", t.prefix + "_*", "--format", "json"));
            ReportFormatsTest.validate("current", "json", json.out(), false);
            tools.jackson.databind.JsonNode targets = new tools.jackson.databind.ObjectMapper()
                    .readTree(json.out())
                    .get("targets");
            assertEquals(20, targets.size(), json::toString);
            assertEquals("ok", targets.get(0).get("status").asString(), json::toString);
            assertEquals(R3, targets.get(0).get("to").get(0).asString(), json::toString);
            Run refused = run(url, "upgrade", "--format", "json");
            assertEquals(2, refused.code(), refused::toString);
            assertTrue(
                    refused.err().contains("--format and --output report the results over a set of targets"),
                    refused::toString);

            Run current = ok(run(
                    url,
                    "current",
                    "--tenant-query",
                    "SELECT schema_name FROM information_schema.schemata" + " WHERE schema_name LIKE '" + t.prefix
                            + "\\_%' ORDER BY schema_name DESC",
                    "--parallel",
                    "3"));
            // lines come as targets finish; the summary counts the 20 the query returned
            assertTrue(
                    current.lines().contains(t.names.get(19) + "  " + R3 + "  ok  0.0 s")
                            || current.out().contains(t.names.get(19) + "  " + R3 + "  ok  "),
                    current::toString);
            assertTrue(current.lines().get(20).matches("20 targets in [0-9.]+ s: 20 ok"), current::toString);
            ok(run(url, "validate", "--tenant-schemas", t.prefix + "_*"));

            // the same through the API
            FanOutReport down = Autogen.configure(url)
                    .versions(dir.resolve("migrations/versions"))
                    .tenants(Tenants.schemas(t.prefix + "_1?"))
                    .parallel(4)
                    .downgrade(R1);
            assertEquals(10, down.results().size());
            assertEquals(10, down.count(TargetStatus.OK), down::toString);
            assertEquals(List.of(R3), down.results().get(0).from());
            assertEquals(List.of(R1), down.results().get(0).to());
            assertEquals(List.of(R1), t.version(t.names.get(15)));
            assertEquals(List.of("r1"), t.applied(t.names.get(15)));
            assertEquals(List.of(R3), t.version(t.names.get(5)));
        }
    }

    /** A canary that fails stops the run: no other target is touched. */
    @Test
    void aFailingCanaryStopsTheRest() throws Exception {
        migrations();
        try (Tenantry t = new Tenantry(TestDatabases.postgres(), 6)) {
            t.poison(t.names.get(1));
            Run run = run(t.server, "upgrade", "--tenant-schemas", t.prefix + "_*", "--canary", "2", "--parallel", "4");
            String error = failed(run);
            assertTrue(error.startsWith("1 of 6 targets failed, the first " + t.names.get(1) + ": "), error);
            assertTrue(run.out().contains(t.names.get(0) + "  base -> " + R3 + "  ok"), run::toString);
            for (int i = 2; i < 6; i++) {
                assertTrue(run.out().contains(t.names.get(i) + "  -  not run  0.0 s: a canary failed"), run::toString);
                assertEquals(List.of(), t.version(t.names.get(i)));
            }
            assertTrue(run.out().contains(": 1 ok, 1 failed, 4 not run"), run::toString);
            assertEquals(List.of(R2), t.version(t.names.get(1)), "R1 and R2 committed, R3 rolled back");
        }
    }

    /**
     * Without --continue-on-error a failure stops the run (one at a time: the later targets are not run); with it, the
     * run goes on. Healed, a rerun completes the rest: each migration applied exactly once everywhere.
     */
    @Test
    void aStoppedRunIsCompletedByTheNextAndContinueOnErrorGoesOn() throws Exception {
        migrations();
        try (Tenantry t = new Tenantry(TestDatabases.postgres(), 8)) {
            String poisoned = t.names.get(3);
            t.poison(poisoned);
            Run stopped = run(t.server, "upgrade", "--tenant-schemas", t.prefix + "_*");
            assertTrue(
                    failed(stopped).startsWith("1 of 8 targets failed, the first " + poisoned + ": "),
                    stopped::toString);
            assertEquals(List.of(R3), t.version(t.names.get(2)));
            assertEquals(List.of(R2), t.version(poisoned), "R1 and R2 committed, R3 rolled back");
            assertEquals(List.of(), t.version(t.names.get(4)));
            assertTrue(
                    stopped.out().contains(t.names.get(7) + "  -  not run  0.0 s: another target failed"),
                    stopped::toString);

            Run goingOn = run(
                    t.server, "upgrade", "--tenant-schemas", t.prefix + "_*", "--continue-on-error", "--parallel", "3");
            assertTrue(
                    failed(goingOn).startsWith("1 of 8 targets failed, the first " + poisoned + ": "),
                    goingOn::toString);
            assertTrue(goingOn.out().contains(": 4 ok, 3 skipped, 1 failed"), goingOn::toString);
            for (String name : t.names) {
                assertEquals(List.of(name.equals(poisoned) ? R2 : R3), t.version(name), name);
            }

            t.heal(poisoned);
            Run rerun = ok(run(t.server, "upgrade", "--tenant-schemas", t.prefix + "_*", "--parallel", "4"));
            assertTrue(rerun.out().contains(": 1 ok, 7 skipped"), rerun::toString);
            for (String name : t.names) {
                assertEquals(List.of(R3), t.version(name), name);
                assertEquals(List.of("r1", "r2", "r3"), t.applied(name), name);
            }
        }
    }

    /**
     * MariaDB: --targets FILE over several databases, credentials from the environment (${VAR}); then a run killed
     * (the JVM halted, as by kill -9) after some statements is completed by the next run, each migration once.
     */
    @Test
    void targetsFileOverMariaDbDatabasesAndAKilledRunCompletedByTheNext() throws Exception {
        migrations();
        try (Tenantry t = new Tenantry(TestDatabases.mariadb(), 6)) {
            List<String> lines = new ArrayList<>(List.of("# tenants", ""));
            for (String name : t.names.subList(0, 3)) {
                lines.add(t.urlOf(name).replace("user=root", "user=${TENANT_USER}"));
            }
            Files.write(dir.resolve("targets.txt"), lines);
            Map<String, String> env = new HashMap<>(Map.of("TENANT_USER", "root"));
            Run file = ok(run(env, t.server, "upgrade", "--targets", "targets.txt", "--parallel", "3"));
            assertTrue(file.out().contains("${TENANT_USER}"), "named as written: " + file);
            assertTrue(file.out().contains(": 3 ok"), file::toString);
            for (String name : t.names.subList(0, 3)) {
                assertEquals(List.of(R3), t.version(name), name);
                assertEquals(List.of("r1", "r2", "r3"), t.applied(name), name);
            }
            ok(run(env, t.server, "validate", "--targets", "targets.txt"));

            // killed halfway: the other three databases, 4 at a time, the JVM halted after the 5th statement; the URL
            // names no database
            String glob = t.prefix + "_0?";
            String server = t.urlOf("");
            ExternalProcess.Outcome killed = ExternalProcess.run(
                    ExternalProcess.autogen(
                            List.of("-Dautogen.test.haltAfterStatement=5"),
                            "--url",
                            server,
                            "upgrade",
                            "--tenant-schemas",
                            glob,
                            "--parallel",
                            "4"),
                    dir,
                    Map.of(),
                    null);
            assertEquals(137, killed.code(), killed::toString);
            Run rerun = ok(run(server, "upgrade", "--tenant-schemas", glob, "--parallel", "4"));
            assertTrue(rerun.out().contains("6 targets in "), rerun::toString);
            for (String name : t.names) {
                assertEquals(List.of(R3), t.version(name), name);
                assertEquals(List.of("r1", "r2", "r3"), t.applied(name), name);
            }
            Run current = ok(run(t.server, "current", "--tenant-schemas", glob));
            assertTrue(current.out().contains(": 6 ok"), current::toString);
        }
    }

    /**
     * {@code check} and {@code validate} on every tenant: a tenant whose schema drifted from the entities, or whose
     * applied migration changed, differs (exit 1), the others are ok.
     */
    @Test
    void checkAndValidateReportEachTenant() throws Exception {
        new MigrationSources(dir.resolve("migrations/versions"));
        try (Tenantry t = new Tenantry(TestDatabases.postgres(), 3)) {
            String entities = Path.of(dev.autogen.cli.fixtures.shop.Customer.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
            List<String> shop = List.of("--entities", entities, "--package", "dev.autogen.cli.fixtures.shop");
            List<String> first = new ArrayList<>(shop);
            first.addAll(List.of(
                    "--schema",
                    t.names.get(0),
                    "revision",
                    "--autogenerate",
                    "-m",
                    "shop",
                    "--rev-id",
                    "abcabcabcabc"));
            ok(run(t.server, first.toArray(String[]::new)));
            ok(run(t.server, "upgrade", "--tenant-schemas", t.prefix + "_*", "--parallel", "2"));
            List<String> check = new ArrayList<>(shop);
            check.addAll(List.of("check", "--tenant-schemas", t.prefix + "_*", "--parallel", "2"));
            Run clean = run(t.server, check.toArray(String[]::new));
            assertEquals(0, clean.code(), clean::toString);
            assertTrue(clean.out().contains("3 targets in "), clean::toString);
            assertTrue(clean.out().contains(": 3 ok"), clean::toString);

            t.exec("DROP TABLE " + t.names.get(1) + ".purchase");
            Run drift = run(t.server, check.toArray(String[]::new));
            assertEquals(1, drift.code(), drift::toString);
            assertTrue(drift.out().contains(t.names.get(1) + "  abcabcabcabc  differs  "), drift::toString);
            assertTrue(drift.out().contains(": 2 ok, 1 differs"), drift::toString);

            ok(run(t.server, "validate", "--tenant-schemas", t.prefix + "_*"));
            Path migration;
            try (var files = Files.list(dir.resolve("migrations/versions"))) {
                migration = files.filter(f -> f.toString().endsWith(".java"))
                        .findFirst()
                        .orElseThrow();
            }
            Files.writeString(
                    migration,
                    Files.readString(migration)
                            .replace("op.createTable(", "op.execute(\"SELECT 1\");\n        op.createTable("));
            Run changed = run(t.server, "validate", "--tenant-schemas", t.prefix + "_*");
            assertEquals(1, changed.code(), changed::toString);
            assertTrue(
                    changed.out().contains("differs  0.0 s: changed since applied: abcabcabcabc")
                            || changed.out().contains("changed since applied: abcabcabcabc"),
                    changed::toString);
            assertTrue(changed.out().contains(": 3 differs"), changed::toString);
        }
    }

    /** Bad input is one line on stderr, exit 2, before any target is touched. */
    @Test
    void badInputIsOneLine() throws Exception {
        migrations();
        try (Tenantry t = new Tenantry(TestDatabases.postgres(), 2)) {
            assertEquals(
                    "no schema matches --tenant-schemas nothing_like_this_*; check the glob (* and ?) and the URL",
                    failed(run(t.server, "upgrade", "--tenant-schemas", "nothing_like_this_*")));
            assertEquals(
                    "cannot read the --targets file missing.txt: no such file",
                    failed(run(t.server, "current", "--targets", "missing.txt")));
            assertEquals(
                    "--parallel must be 1 or more, not 0",
                    failed(run(t.server, "upgrade", "--tenant-schemas", t.prefix + "_*", "--parallel", "0")));
            assertEquals(
                    "--parallel, --canary and --continue-on-error need a set of targets: --tenant-schemas,"
                            + " --tenant-query or --targets",
                    failed(run(t.server, "upgrade", "--parallel", "4")));
            for (String name : t.names) {
                assertEquals(
                        List.of(),
                        t.rows(
                                name,
                                "SELECT table_name FROM information_schema.tables WHERE" + " table_schema = '" + name
                                        + "' AND table_name LIKE 'autogen%'"));
            }
        }
    }
}
