package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code squash base:REV}: one migration from the replayed schema of a linear range, with {@code replaces} and the raw
 * SQL carried over in order; {@code --verify} compares the old range with it on scratch databases; a fresh database
 * upgraded through the squashed migration alone ends with the schema and rows of one upgraded through the old history;
 * a non-linear range and an unknown revision are refused in one line (exit 2).
 */
class SquashTest {

    static final String R1 = "5a0000000001";
    static final String R2 = "5a0000000002";
    static final String R3 = "5a0000000003";
    static final String R4 = "5a0000000004";
    static final String S = "5a00000000f0";

    @TempDir
    Path dir;

    private MigrationSources history(Path project) {
        MigrationSources versions = new MigrationSources(project.resolve("migrations/versions"));
        versions.write(
                R1,
                null,
                "items",
                "op.createTable(\"items\", column(\"id\", BIGINT).notNull(), column(\"name\", VARCHAR(50)),"
                        + " primaryKey(\"id\"));\nop.execute(\"INSERT INTO items (id, name) VALUES (1, 'a')\");",
                "op.dropTable(\"items\");");
        versions.write(R2, R1, "qty", """
                op.addColumn("items", column("qty", INTEGER).notNull().serverDefault("0"));
                op.execute("UPDATE items SET qty = 2 WHERE id = 1");
                op.execute("INSERT INTO items (id, name, qty) VALUES (2, 'it''s \\"b\\"', 3)");""", """
                op.dropColumn("items", "qty");""");
        versions.write(R3, R2, "orders", """
                op.createTable("orders", column("id", BIGINT).notNull(), column("item_id", BIGINT),
                        primaryKey("id"), foreignKey("fk_orders_item", "item_id").references("items", "id"));
                op.createIndex("orders", index("ix_orders_item", "item_id"));""", """
                op.dropTable("orders");""");
        return versions;
    }

    /** The database has neither items nor orders: everything was downgraded. */
    private static void assertNoTables(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url)) {
            assertEquals(
                    List.of(),
                    InProcess.rows(
                            c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('items', 'orders')"));
        }
    }

    private static String sqlite(Path file) {
        return "jdbc:sqlite:" + file;
    }

    @Test
    void squashWritesOneMigrationThatVerifiesAndEveryDatabaseUpgradesThroughIt() throws Exception {
        MigrationSources versions = history(dir);
        versions.write(R4, R3, "note", "op.addColumn(\"items\", column(\"note\", VARCHAR(20)));", """
                op.dropColumn("items", "note");""");
        // the old history, kept aside to compare with
        Path old = dir.resolve("old");
        copyVersions(dir, old);
        String oldDb = sqlite(dir.resolve("old.db"));
        InProcess.run(old, oldDb, 0, "upgrade", "head");

        InProcess.Result result = InProcess.run(
                dir,
                sqlite(dir.resolve("unused.db")),
                0,
                "squash",
                "base:" + R3,
                "-m",
                "baseline 2026",
                "--rev-id",
                S,
                "--verify");
        assertTrue(
                result.out().contains("verified: the squashed migration builds the same schema as 3 revisions"),
                result.out());
        Path written;
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            written = files.filter(p -> p.getFileName().toString().startsWith(S))
                    .findFirst()
                    .orElseThrow();
        }
        assertTrue(result.out().startsWith(written.toString()), result.out());
        String source = Files.readString(written);
        assertTrue(source.contains("replaces = {\"" + R1 + "\", \"" + R2 + "\", \"" + R3 + "\"},"), source);
        assertTrue(source.contains("revises = {}"), source);
        int first = source.indexOf("op.execute(\"INSERT INTO items (id, name) VALUES (1, 'a')\");");
        int second = source.indexOf("op.execute(\"UPDATE items SET qty = 2 WHERE id = 1\");");
        int third =
                source.indexOf("op.execute(\"INSERT INTO items (id, name, qty) VALUES (2, 'it''s \\\"b\\\"', 3)\");");
        assertTrue(first > 0 && second > first && third > second, source);
        assertTrue(source.indexOf("// from revision " + R1) < first, source);
        assertTrue(source.indexOf("// from revision " + R2) > first, source);
        assertTrue(source.indexOf("createTable(\"orders\"") < first, source); // schema first, then the raw SQL
        List<String> expected = describe(dir.resolve("old.db"));

        // a fresh database runs the squashed migration, not the replaced ones, then R4
        String fresh = sqlite(dir.resolve("fresh.db"));
        String freshRun = InProcess.run(dir, fresh, 0, "upgrade", "head").out();
        assertTrue(freshRun.contains("Running upgrade  -> " + S + ","), freshRun); // from base, as the replaced ones
        assertFalse(freshRun.contains(R3 + " -> " + S), freshRun);
        assertEquals(expected, describe(dir.resolve("fresh.db")));
        assertTrue(InProcess.run(dir, fresh, 0, "current").out().contains(R4));
        try (Connection c = DriverManager.getConnection(fresh)) {
            assertEquals(
                    List.of(R4, S), // the replaced revisions were not run
                    InProcess.rows(c, "SELECT revision FROM autogen_version_history ORDER BY revision"));
        }

        // databases at a replaced revision (the middle one, the last one) run the rest of the old files, are recorded
        // at the squashed migration (its body does not run: it would create items again), then run R4
        for (String at : List.of(R2, R3)) {
            Path file = dir.resolve("at-" + at + ".db");
            InProcess.run(old, sqlite(file), 0, "upgrade", at);
            InProcess.run(dir, sqlite(file), 0, "upgrade", "head");
            assertEquals(expected, describe(file), at);
        }

        // down again: the squashed migration only records, the replaced revisions' downgrades undo the schema
        InProcess.run(dir, fresh, 0, "downgrade", "base");
        assertNoTables(fresh);
    }

    @Test
    void theReplacedFilesCanGoOnceEveryDatabaseIsPastTheSquashedMigration() throws Exception {
        MigrationSources versions = history(dir);
        versions.write(R4, R3, "note", "op.addColumn(\"items\", column(\"note\", VARCHAR(20)));", """
                op.dropColumn("items", "note");""");
        String past = sqlite(dir.resolve("past.db"));
        String behind = sqlite(dir.resolve("behind.db"));
        InProcess.run(dir, past, 0, "upgrade", R2);
        InProcess.run(dir, behind, 0, "upgrade", R2);
        InProcess.run(
                dir, sqlite(dir.resolve("unused.db")), 0, "squash", "base:" + R3, "-m", "baseline", "--rev-id", S);
        InProcess.run(dir, past, 0, "upgrade", S); // runs R3 from its file, then records S
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(R1) || name.startsWith(R2) || name.startsWith(R3)) {
                    Files.delete(file);
                }
            }
        }

        // the squashed migration is now a base: a fresh database runs it, a database past it goes on
        String fresh = sqlite(dir.resolve("fresh.db"));
        InProcess.run(dir, fresh, 0, "upgrade", "head");
        InProcess.run(dir, past, 0, "upgrade", "head");
        assertEquals(describe(dir.resolve("fresh.db")), describe(dir.resolve("past.db")));
        assertTrue(InProcess.run(dir, past, 0, "current").out().contains(R4));

        // a database still at a replaced revision: one line saying what to do, exit 2
        InProcess.Result stranded = InProcess.run(dir, behind, 2, "upgrade", "head");
        assertTrue(
                stranded.err().contains("at revision " + R2 + ", which the squashed migration " + S + " replaces"),
                stranded.err());
        assertTrue(stranded.err().contains("restore the replaced migrations"), stranded.err());
        assertEquals(1, stranded.err().strip().lines().count(), stranded.err());

        // down to base through the squashed migration's own downgrade
        InProcess.run(dir, past, 0, "downgrade", "base");
        assertNoTables(past);
    }

    @Test
    void offlineSqlFromAReplacedRevisionOnlyRecordsTheSquashedMigration() throws Exception {
        history(dir);
        String url = sqlite(dir.resolve("unused.db"));
        InProcess.run(dir, url, 0, "squash", "base:" + R3, "-m", "baseline", "--rev-id", S);
        String fromBase = InProcess.run(dir, url, 0, "upgrade", "head", "--sql").out();
        assertTrue(fromBase.contains("create table orders"), fromBase);
        assertEquals(1, fromBase.split("create table items").length - 1, fromBase);
        assertTrue(fromBase.contains("UPDATE items SET qty = 2 WHERE id = 1;"), fromBase);
        String fromMiddle =
                InProcess.run(dir, url, 0, "upgrade", R2 + ":head", "--sql").out();
        assertTrue(fromMiddle.contains("create table orders"), fromMiddle); // R3, from its file
        assertTrue(!fromMiddle.contains("create table items"), fromMiddle); // the squashed migration only recorded
        assertTrue(!fromMiddle.contains("UPDATE items SET qty = 2"), fromMiddle);
        assertTrue(fromMiddle.contains(S), fromMiddle);
    }

    @Test
    void aRangeOverAnEarlierSquashedMigrationIsRefused() {
        MigrationSources versions = history(dir);
        versions.write(R4, R3, "note", "op.addColumn(\"items\", column(\"note\", VARCHAR(20)));", """
                op.dropColumn("items", "note");""");
        String url = sqlite(dir.resolve("unused.db"));
        InProcess.run(dir, url, 0, "squash", "base:" + R3, "-m", "baseline", "--rev-id", S);
        InProcess.Result again = InProcess.run(dir, url, 2, "squash", "base:" + R4, "-m", "again");
        assertEquals(
                "autogen: error: squash over an earlier squashed migration (" + S
                        + ") is not supported; squash up to a revision before it\n",
                again.err());
    }

    @Test
    void verifyNamesWhatTheSquashedMigrationBuildsDifferently() throws Exception {
        // raw SQL creates a table a later revision changes: the model does not know it, so the squashed migration
        // creates it (verbatim, after the schema) without the column; --verify says so and exits 1
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        versions.write(R1, null, "audit", "op.execute(\"CREATE TABLE audit (id INTEGER PRIMARY KEY)\");", """
                op.execute("DROP TABLE audit");""");
        versions.write(R2, R1, "who", "op.addColumn(\"audit\", column(\"who\", VARCHAR(20)));", """
                op.dropColumn("audit", "who");""");
        InProcess.Result result = InProcess.run(
                dir, sqlite(dir.resolve("unused.db")), 1, "squash", "base:" + R2, "-m", "x", "--verify", "-o", "out");
        assertTrue(result.out().contains("differs: ") && result.out().contains("audit"), result.out());
    }

    @Test
    void verifyRunsTheWrittenFileItsDowngradeIncluded() throws Exception {
        // a template (script.java.vm) whose downgrade does nothing: the written file, compiled and run, leaves tables
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        versions.write(R1, null, "items", """
                op.createTable("items", column("id", BIGINT).notNull(), primaryKey("id"));""", """
                op.dropTable("items");""");
        String template = new String(
                dev.autogen.codegen.MigrationWriter.class
                        .getResourceAsStream("/dev/autogen/templates/migration.java.vm")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Path script = dir.resolve("migrations/script.java.vm");
        Files.writeString(script, template.replace("$downgradeBody", ""));
        InProcess.Result leaves = InProcess.run(
                dir, sqlite(dir.resolve("unused.db")), 1, "squash", "base:" + R1, "-m", "x", "--verify", "-o", "out1");
        assertTrue(leaves.out().contains("after the squashed downgrade, still to do: drop table items"), leaves.out());

        // a template that writes Java that does not compile: one line naming the file, exit 2
        Files.writeString(script, template.replace("$upgradeBody", "int broken = ;"));
        InProcess.Result broken = InProcess.run(
                dir, sqlite(dir.resolve("unused.db")), 2, "squash", "base:" + R1, "-m", "x", "--verify", "-o", "out2");
        assertTrue(broken.err().contains("does not compile"), broken.err());
        assertEquals(1, broken.err().strip().lines().count(), broken.err());
    }

    /** The sample's history squashed and verified on each database; a database at its first revision goes on. */
    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "postgresql"})
    void theSampleHistorySquashesAndVerifies(String kind) throws Exception {
        Path sample =
                Path.of(System.getProperty("user.dir")).getParent().resolve("samples/token-usage/migrations/versions");
        Path versions = dir.resolve("migrations/versions");
        Files.createDirectories(versions);
        try (Stream<Path> files = Files.list(sample)) {
            for (Path file : files.sorted().toList()) {
                Files.copy(file, versions.resolve(file.getFileName()));
            }
        }
        try (Db db = TestDatabases.of(kind)) {
            InProcess.Result result = InProcess.run(
                    dir,
                    db.url(),
                    0,
                    "squash",
                    "base:1f6e4c2b8a90",
                    "-m",
                    "baseline 2026",
                    "--rev-id",
                    S,
                    "--verify",
                    "--dialect",
                    kind);
            assertTrue(
                    result.out().contains("verified: the squashed migration builds the same schema as 2"),
                    result.out());
            InProcess.run(dir, db.url(), 0, "upgrade", "9d1c0b7a2e55");
            InProcess.Result up = InProcess.run(dir, db.url(), 0, "upgrade", "head");
            assertTrue(InProcess.run(dir, db.url(), 0, "current").out().contains(S), up.out() + up.err());
            InProcess.run(dir, db.url(), 0, "downgrade", "base");
            InProcess.run(dir, db.url(), 0, "upgrade", "head");
            assertTrue(InProcess.run(dir, db.url(), 0, "current").out().contains(S));
        }
    }

    private static void copyVersions(Path from, Path to) throws Exception {
        Path target = to.resolve("migrations/versions");
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(from.resolve("migrations/versions"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void squashingPartOfTheHistoryLeavesTheRestOut() throws Exception {
        // a later revision outside the range is not squashed: squashing up to R2 leaves R3 out
        history(dir);
        InProcess.Result result = InProcess.run(
                dir,
                sqlite(dir.resolve("unused.db")),
                0,
                "squash",
                R2,
                "-m",
                "first two",
                "--verify",
                "-o",
                "squashed");
        String source;
        try (Stream<Path> files = Files.list(dir.resolve("squashed"))) {
            source = Files.readString(files.findFirst().orElseThrow());
        }
        assertTrue(source.contains("replaces = {\"" + R1 + "\", \"" + R2 + "\"},"), source);
        assertTrue(!source.contains("orders"), source);
        assertTrue(result.out().contains("verified"), result.out());
    }

    @Test
    void aBranchedRangeAndAnUnknownRevisionAreRefusedInOneLine() throws Exception {
        MigrationSources versions = history(dir);
        versions.write(R4, R1, "side", "op.addColumn(\"items\", column(\"note\", VARCHAR(20)));", """
                op.dropColumn("items", "note");""");
        String url = sqlite(dir.resolve("unused.db"));
        InProcess.Result branched = InProcess.run(dir, url, 2, "squash", "base:" + R3, "-m", "x");
        assertEquals(
                "autogen: error: squash supports only a linear range: " + R1 + " is a branch point\n", branched.err());
        InProcess.Result unknown = InProcess.run(dir, url, 2, "squash", "base:ffffffffffff", "-m", "x");
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().startsWith("autogen: error: squash: "), unknown.err());
        InProcess.Result elsewhere = InProcess.run(dir, url, 2, "squash", R1 + ":" + R3, "-m", "x");
        assertEquals(1, elsewhere.err().lines().count(), elsewhere.err());
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            assertEquals(4, files.count());
        }
    }

    /** Each user table's columns, indexes, foreign keys and rows, for comparing two SQLite databases. */
    private static List<String> describe(Path db) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            for (String table : InProcess.rows(
                    c,
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'autogen%'"
                            + " AND name NOT LIKE 'sqlite%' ORDER BY name")) {
                out.add("table " + table);
                out.addAll(InProcess.rows(
                        c,
                        "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('" + table
                                + "') ORDER BY cid"));
                out.addAll(InProcess.rows(
                        c,
                        "SELECT name, \"unique\" FROM pragma_index_list('" + table + "') WHERE origin = 'c'"
                                + " ORDER BY name"));
                out.addAll(InProcess.rows(
                        c, "SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('" + table + "')"));
                out.addAll(InProcess.rows(c, "SELECT * FROM \"" + table + "\" ORDER BY 1"));
            }
        }
        return out;
    }
}
