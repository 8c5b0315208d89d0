package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.roundtrip.ApplicationCheck;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tables that stand in for sequences get the rows Hibernate's export inserts: a sequence table its one row holding the
 * initial value ({@code Item_SEQ} 1, {@code ticket_numbers} 100 where the database has no sequences), a table
 * generator one row per segment ({@code id_blocks}: invoice 1000, receipt 0; {@code hibernate_sequences}: default 0),
 * so that the application's first persist works after the generated migration, online and through {@code --sql}; the
 * downgrade takes them away with their tables.
 */
class GeneratorTablesTest {

    static final String GENERATORS = "dev.autogen.cli.fixtures.generators";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void theApplicationCanPersistAfterTheGeneratedMigration(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            Cli cli = new Cli(dir);
            List<String> common = Cli.args(
                    "--url", db.url(), "--migrations", dir.resolve("migrations").toString(), Cli.entities(GENERATORS));
            cli.run(Cli.args(common, "init", dir.resolve("migrations").toString()))
                    .ok();
            String plan = cli.run(Cli.args(common, "diff")).ok().out().toLowerCase(java.util.Locale.ROOT);
            assertTrue(plan.contains("+ add table id_blocks (block, next_id) with 2 initial rows"), plan);
            cli.run(Cli.args(common, "revision", "--autogenerate", "-m", "generators"))
                    .ok();
            cli.run(Cli.args(common, "upgrade", "head")).ok();

            List<String> rows = rows(db, "id_blocks", "block", "next_id");
            assertEquals(List.of("invoice 1000", "receipt 0"), rows, "the table generator's segments");
            assertEquals(List.of("default 0"), rows(db, "hibernate_sequences", "sequence_name", "next_val"));
            if (kind.equals("sqlite")) {
                assertEquals(List.of("1"), rows(db, "Item_SEQ", "next_val"), "the sequence table's first value");
                assertEquals(
                        List.of("100"), rows(db, "ticket_numbers", "next_val"), "the sequence table's initial value");
            }
            ApplicationCheck.persistEveryEntity(db, Cli.testClasses(), GENERATORS);
            String migration = migrationSource();
            assertTrue(migration.contains(".values(\"invoice\", 1000)"), migration);
            assertEquals("No changes.\n", cli.run(Cli.args(common, "diff")).ok().out());

            cli.run(Cli.args(common, "downgrade", "base")).ok();
            try (Connection c = db.connect();
                    ResultSet tables = c.getMetaData().getTables(null, db.schema(), "%", new String[] {"TABLE"})) {
                List<String> left = new ArrayList<>();
                while (tables.next()) {
                    left.add(tables.getString("TABLE_NAME"));
                }
                assertTrue(
                        left.stream().noneMatch(t -> t.equalsIgnoreCase("id_blocks") || t.equalsIgnoreCase("Item_SEQ")),
                        "the downgrade drops the generator tables with their rows: " + left);
            }
        }
    }

    /**
     * A sequence table left without its row (as migrations written before Autogen gave it one left it) is reported by
     * {@code check} with the statement that fixes it, though the schema matches; once the row is there, it is clean.
     */
    @Test
    void checkReportsAnEmptySequenceTable() throws Exception {
        try (Db db = TestDatabases.sqlite()) {
            Cli cli = new Cli(dir);
            List<String> common = Cli.args(
                    "--url", db.url(), "--migrations", dir.resolve("migrations").toString(), Cli.entities(GENERATORS));
            cli.run(Cli.args(common, "init", dir.resolve("migrations").toString()))
                    .ok();
            cli.run(Cli.args(common, "revision", "--autogenerate", "-m", "generators"))
                    .ok();
            cli.run(Cli.args(common, "upgrade", "head")).ok();
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("delete from Item_SEQ");
            }
            Cli.Result check = cli.run(Cli.args(common, "check"));
            assertEquals(1, check.code(), check::toString);
            assertTrue(
                    check.out().contains("! table Item_SEQ holds no row")
                            && check.out().contains("op.execute(\"insert into Item_SEQ (next_val) values (1)\")"),
                    check::toString);
            assertTrue(cli.run(Cli.args(common, "diff")).ok().out().contains("! table Item_SEQ holds no row"));

            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.execute("insert into Item_SEQ (next_val) values (1)");
            }
            assertEquals(0, cli.run(Cli.args(common, "check")).code());
            ApplicationCheck.persistEveryEntity(db, Cli.testClasses(), GENERATORS);
        }
    }

    /** The offline script, fed to sqlite3, leaves the same rows: the application persists. */
    @Test
    void theOfflineScriptInsertsTheRowsToo() throws Exception {
        try (Db db = TestDatabases.sqlite();
                Db generate = TestDatabases.sqlite()) {
            Cli cli = new Cli(dir);
            List<String> migrations =
                    List.of("--migrations", dir.resolve("migrations").toString());
            cli.run(Cli.args(
                            "--url",
                            generate.url(),
                            migrations,
                            "init",
                            dir.resolve("migrations").toString()))
                    .ok();
            String json = cli.run(Cli.args(
                            "--url", generate.url(), migrations, Cli.entities(GENERATORS), "diff", "--format", "json"))
                    .ok()
                    .out();
            assertTrue(
                    json.contains("\"initial_rows\":{\"columns\":[\"block\",\"next_id\"],"
                            + "\"rows\":[[\"'invoice'\",\"1000\"],[\"'receipt'\",\"0\"]]}"),
                    json);
            cli.run(Cli.args(
                            "--url",
                            generate.url(),
                            migrations,
                            Cli.entities(GENERATORS),
                            "revision",
                            "--autogenerate",
                            "-m",
                            "generators"))
                    .ok();
            String script = cli.run(Cli.args("--url", db.url(), migrations, "upgrade", "head", "--sql"))
                    .ok()
                    .out();
            assertTrue(
                    script.contains("insert into \"Item_SEQ\" (\"next_val\") values (1)")
                            || script.contains("insert into Item_SEQ (next_val) values (1)"),
                    script);

            Path file = Files.writeString(dir.resolve("deploy.sql"), script, StandardCharsets.UTF_8);
            Process sqlite3 = new ProcessBuilder("sqlite3", "-bail", db.url().substring("jdbc:sqlite:".length()))
                    .redirectInput(file.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(sqlite3.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(sqlite3.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, sqlite3.exitValue(), output);

            assertEquals(List.of("1"), rows(db, "Item_SEQ", "next_val"));
            assertEquals(List.of("invoice 1000", "receipt 0"), rows(db, "id_blocks", "block", "next_id"));
            ApplicationCheck.persistEveryEntity(db, Cli.testClasses(), GENERATORS);
        }
    }

    private String migrationSource() throws Exception {
        try (var files = Files.list(dir.resolve("migrations").resolve("versions"))) {
            Path file = files.filter(f -> f.toString().endsWith(".java"))
                    .findFirst()
                    .orElseThrow();
            return Files.readString(file);
        }
    }

    /** The rows of a table whose name the database may have folded, each as its columns' values joined by a space. */
    private static List<String> rows(Db db, String table, String... columns) throws Exception {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            String stored = table;
            try (ResultSet tables = c.getMetaData().getTables(null, db.schema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    if (tables.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                        stored = tables.getString("TABLE_NAME");
                    }
                }
            }
            String quote = db.kind().equals("mariadb") ? "`" : "\"";
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select * from " + quote + stored + quote + " order by 1")) {
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (String column : columns) {
                        values.add(rs.getString(column));
                    }
                    out.add(String.join(" ", values));
                }
            }
            return out;
        }
    }
}
