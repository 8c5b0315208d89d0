package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code autogen lint} without a database ({@code --dialect}): for each rule, a migration that breaks it and one that
 * does not (the online form), on PostgreSQL and MariaDB; raw SQL; silencing; exit codes and wrong input.
 */
class LintTest {

    /** Each revision, what it does, and the rules it breaks on PostgreSQL and on MariaDB. */
    private record Case(String id, String upgrade, Set<String> postgresql, Set<String> mariadb) {}

    private static final List<Case> CASES = List.of(
            // a new table: nothing done to it in the same migration counts
            new Case("a00000000001", """
                    op.createTable("customers", column("id", BIGINT).notNull(), primaryKey("id"));
                    op.createTable("orders", column("id", BIGINT).notNull(), column("customer_id", BIGINT),
                            column("total", NUMERIC(10, 2)), column("note", VARCHAR(50)), column("legacy", INTEGER),
                            primaryKey("id"));
                    op.createIndex("orders", index("idx_orders_customer", "customer_id"));
                    op.createForeignKey("orders", foreignKey("fk_orders_customer", "customer_id").references("customers", "id"));
                    op.alterColumn("orders", "note", from(VARCHAR(50)), to(VARCHAR(50)).notNull());
                    op.createTable("scratch", column("id", BIGINT).notNull());
                    op.execute("CREATE INDEX idx_scratch ON scratch (id)");""", Set.of(), Set.of()),
            new Case("a00000000002", """
                    op.createIndex("orders", index("idx_orders_total", "total"));""", Set.of("AG101"), Set.of()),
            new Case("a00000000003", """
                    op.online().createIndex("orders", index("idx_orders_note", "note"));""", Set.of(), Set.of()),
            new Case("a00000000004", """
                    op.createForeignKey("orders", foreignKey("fk_orders_customer2", "customer_id").references("customers", "id"));""", Set.of("AG102", "AG302"), Set.of("AG106", "AG302")),
            new Case("a00000000005", """
                    op.online().createForeignKey("orders", foreignKey("fk_orders_customer3", "customer_id").references("customers", "id"));""", Set.of("AG302"), Set.of("AG302")),
            new Case("a00000000006", """
                    op.createCheckConstraint("orders", check("ck_total", "total >= 0"));""", Set.of("AG102", "AG302"), Set.of("AG106", "AG302")),
            new Case("a00000000007", """
                    op.online().createCheckConstraint("orders", check("ck_total2", "total >= 0"));""", Set.of("AG302"), Set.of("AG106", "AG302")),
            new Case("a00000000008", """
                    op.alterColumn("orders", "customer_id", from(BIGINT), to(BIGINT).notNull());""", Set.of("AG103", "AG302"), Set.of("AG302")),
            new Case("a00000000009", """
                    op.online().alterColumn("orders", "note", from(VARCHAR(50)).notNull(), to(VARCHAR(50)).notNull().serverDefault("'x'"));
                    op.online().alterColumn("orders", "total", from(NUMERIC(10, 2)), to(NUMERIC(10, 2)).notNull());""", Set.of("AG302"), Set.of("AG302")),
            new Case("a00000000010", """
                    op.alterColumn("orders", "legacy", from(INTEGER), to(VARCHAR(20)));""", Set.of("AG104", "AG302"), Set.of("AG106", "AG302")),
            new Case("a00000000011", """
                    op.alterColumn("orders", "note", from(VARCHAR(50)).notNull(), to(VARCHAR(60)).notNull());""", Set.of(), Set.of()),
            new Case("a00000000012", """
                    op.addColumn("orders", column("token", UUID).serverDefault(op.dialectName().equals("postgresql") ? "gen_random_uuid()" : "uuid()"));""", Set.of("AG105"), Set.of()),
            new Case("a00000000013", """
                    op.addColumn("orders", column("source", VARCHAR(20)).serverDefault("'web'"));""", Set.of(), Set.of()),
            new Case("a00000000014", """
                    op.dropColumn("orders", "legacy");""", Set.of("AG301"), Set.of("AG301")),
            // raw SQL: the same rules
            new Case("a00000000015", """
                    op.execute("CREATE INDEX idx_raw ON orders (total)");""", Set.of("AG101"), Set.of()),
            new Case("a00000000016", """
                    op.execute("create index concurrently idx_raw2 on orders (total)");""", Set.of(), Set.of()),
            new Case("a00000000017", """
                    op.execute("ALTER TABLE orders ADD CONSTRAINT fk_raw FOREIGN KEY (customer_id) REFERENCES customers (id)");""", Set.of("AG102", "AG302"), Set.of("AG106", "AG302")),
            new Case("a00000000018", """
                    op.execute("ALTER TABLE orders ADD CONSTRAINT fk_raw2 FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID");
                    op.execute("ALTER TABLE orders ADD CONSTRAINT ck_raw CHECK (total > 0) NOT VALID");""", Set.of("AG302"), Set.of("AG106", "AG302")),
            new Case("a00000000019", """
                    op.execute("ALTER TABLE orders ALTER COLUMN total SET NOT NULL");""", Set.of("AG103", "AG302"), Set.of("AG302")),
            new Case("a00000000020", """
                    op.execute("ALTER TABLE orders ADD CONSTRAINT ck_nn CHECK (total IS NOT NULL) NOT VALID;"
                            + " ALTER TABLE orders VALIDATE CONSTRAINT ck_nn");
                    op.execute("ALTER TABLE orders ALTER COLUMN total SET NOT NULL");""", Set.of("AG302"), Set.of("AG106", "AG302")),
            new Case("a00000000021", """
                    op.execute("ALTER TABLE orders ALTER COLUMN total TYPE numeric(20, 4)");""", Set.of("AG104", "AG302"), Set.of("AG106", "AG302")),
            new Case("a00000000022", """
                    op.execute("ALTER TABLE orders ADD COLUMN batch INT, ALGORITHM=COPY");""", Set.of("AG106"), Set.of("AG106")),
            new Case("a00000000023", """
                    op.execute("ALTER TABLE orders MODIFY COLUMN note VARCHAR(80) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE");""", Set.of("AG302"), Set.of("AG302")),
            new Case("a00000000024", """
                    op.execute("ALTER TABLE orders ADD COLUMN ref uuid DEFAULT gen_random_uuid()");""", Set.of("AG105"), Set.of()),
            new Case("a00000000025", """
                    op.execute("TRUNCATE TABLE customers");
                    op.execute("DROP TABLE IF EXISTS scratch");
                    op.execute("ALTER TABLE orders DROP COLUMN batch, DROP CONSTRAINT ck_raw");""", Set.of("AG301"), Set.of("AG301")),
            // silenced: the finding is reported as suppressed, and does not count
            new Case("a00000000026", """
                    // autogen-lint: ignore AG101, AG301
                    op.createIndex("orders", index("idx_orders_source", "source"));
                    op.dropColumn("orders", "source");""", Set.of(), Set.of()));

    @TempDir
    static Path dir;

    @BeforeAll
    static void migrations() {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        String parent = null;
        for (Case c : CASES) {
            versions.write(c.id(), parent, "step " + c.id(), c.upgrade(), "");
            parent = c.id();
        }
    }

    @Test
    void eachRuleFiresOnItsPostgresqlMigrationAndNotOnTheOnlineForm() throws Exception {
        assertRules("postgresql");
    }

    @Test
    void eachRuleFiresOnItsMariadbMigrationAndNotOnTheOnlineForm() throws Exception {
        assertRules("mariadb");
    }

    private void assertRules(String dialect) throws Exception {
        Run run = autogen("lint", "--dialect", dialect, "--format", "json", "--fail-on", "none");
        assertEquals(0, run.code, run::toString);
        JsonNode report = new ObjectMapper().readTree(run.out);
        assertEquals(1, report.get("version").asInt());
        assertEquals(dialect, report.get("dialect").asString());
        assertEquals(CASES.size(), report.get("migrations").asInt());
        Map<String, Set<String>> found = new TreeMap<>();
        Map<String, Set<String>> wanted = new TreeMap<>();
        for (Case c : CASES) {
            found.put(c.id(), new TreeSet<>());
            wanted.put(c.id(), new TreeSet<>(dialect.equals("postgresql") ? c.postgresql() : c.mariadb()));
        }
        int suppressed = 0;
        for (JsonNode f : report.get("findings")) {
            if (f.get("suppressed").asBoolean()) {
                suppressed++;
                continue;
            }
            found.get(f.get("revision").asString()).add(f.get("rule").asString());
            assertTrue(
                    f.get("file")
                            .asString()
                            .startsWith(
                                    "migrations/versions/" + f.get("revision").asString()),
                    f::toString);
            assertFalse(f.get("fix").asString().isBlank());
        }
        assertEquals(wanted, found, run.out);
        assertEquals(dialect.equals("postgresql") ? 2 : 1, suppressed, run.out);
        assertEquals(suppressed, report.get("counts").get("suppressed").asInt());
    }

    @Test
    void textNamesTheRevisionFileTableAndFix() {
        Run run = autogen("lint", "a00000000001:a00000000002", "--dialect", "postgresql");
        assertEquals(1, run.code, run::toString);
        assertEquals("", run.err);
        List<String> lines = run.out.lines().toList();
        assertEquals(
                List.of(
                        "migrations/versions/a00000000002_step_a00000000002.java: revision a00000000002 (step a00000000002)",
                        "  error AG101 index-build, table orders: building an index holds a SHARE lock on orders that"
                                + " blocks writes until the build ends; CREATE INDEX CONCURRENTLY does not",
                        "    fix: write op.online().createIndex(...) (CREATE INDEX CONCURRENTLY, outside the transaction)",
                        "Note: AG201 (drop-mapped) is not checked: no entity classes given",
                        "Lint: 1 error, 0 warnings in 1 migration (a00000000001:a00000000002) for postgresql.",
                        "Failing: 1 finding reach --fail-on error."),
                lines);
    }

    @Test
    void failOnDecidesTheExitCode() {
        // a00000000005: one warning (AG302) only
        String range = "a00000000004:a00000000005";
        assertEquals(0, autogen("lint", range, "--dialect", "postgresql").code);
        assertEquals(0, autogen("lint", range, "--dialect", "postgresql", "--fail-on", "error").code);
        assertEquals(1, autogen("lint", range, "--dialect", "postgresql", "--fail-on", "warning").code);
        assertEquals(0, autogen("lint", "a00000000001:a00000000002", "--dialect", "mariadb").code);
        assertEquals(0, autogen("lint", "--dialect", "postgresql", "--fail-on", "none").code);
        assertEquals(1, autogen("lint", "--dialect", "postgresql").code);
        // SQLite and H2 say nothing blocks writes: only the data classes remain
        Run sqlite = autogen("lint", "a00000000001:a00000000002", "--dialect", "sqlite");
        assertEquals(0, sqlite.code, sqlite::toString);
        assertTrue(sqlite.out.contains("Lint: 0 errors, 0 warnings in 1 migration"), sqlite.out);
    }

    @Test
    void outputFileGetsTheReport() throws Exception {
        Run run = autogen("lint", "--dialect", "postgresql", "--format", "sarif", "--output", "build/lint.sarif");
        assertEquals(1, run.code, run::toString);
        // the file gets the report, the standard output the text
        assertTrue(run.out.contains("\nFailing: "), run::toString);
        String sarif = Files.readString(dir.resolve("build/lint.sarif"), StandardCharsets.UTF_8);
        assertTrue(sarif.contains("\"version\":\"2.1.0\""), sarif);
    }

    @Test
    void wrongInputIsOneLineAndExitTwo() {
        assertError(autogen("lint", "--dialect", "oracle"), "unknown database dialect 'oracle'");
        assertError(autogen("lint"), "lint needs the database the migrations are for");
        assertError(autogen("lint", "nope:head", "--dialect", "postgresql"), "nope");
        assertError(
                autogen("lint", "--dialect", "postgresql", "--fail-on", "sometimes"),
                "expected error, warning or none");
        assertError(
                autogen("lint", "--dialect", "postgresql", "--format", "xml"),
                "expected text, json, markdown, sarif, junit or github");
        assertError(autogen("lint", "current:heads", "--dialect", "postgresql"), "starts where the database is");
    }

    @Test
    void aMigrationThatDoesNotCompileIsAnError(@TempDir Path other) {
        MigrationSources versions = new MigrationSources(other.resolve("migrations/versions"));
        versions.write("b00000000001", null, "broken", "op.createIndex(\"orders\", nonsense);", "");
        Run run = autogen(other, "lint", "--dialect", "postgresql");
        assertError(run, "does not compile");
        Run debug = autogen(other, "lint", "--dialect", "postgresql", "--debug");
        assertEquals(2, debug.code);
        assertTrue(debug.err.contains("\tat "), "--debug prints the stack trace");
    }

    @Test
    void aMigrationWhoseUpgradeFailsIsAnError(@TempDir Path other) {
        MigrationSources versions = new MigrationSources(other.resolve("migrations/versions"));
        versions.write("c00000000001", null, "throws", "throw new IllegalStateException(\"boom\");", "");
        assertError(autogen(other, "lint", "--dialect", "postgresql"), "its upgrade() failed for postgresql: boom");
    }

    private static void assertError(Run run, String fragment) {
        assertEquals(2, run.code, run::toString);
        assertEquals("", run.out, run::toString);
        assertEquals(1, run.err.lines().count(), run::toString);
        assertTrue(run.err.startsWith("autogen: error: "), run::toString);
        assertTrue(run.err.contains(fragment), run::toString);
        assertFalse(run.err.contains("\tat "), run::toString);
    }

    record Run(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n" + out + err;
        }
    }

    static Run autogen(String... args) {
        return autogen(dir, args);
    }

    static Run autogen(Path workingDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, Map.of(), workingDir, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
