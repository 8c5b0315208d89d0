package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code include}/{@code exclude}: other tools' tables in the same schema are never proposed for dropping, views and
 * the version table never were, and the entities' own tables can be left out too. As flags (repeatable, or
 * comma-separated), environment variables and config keys.
 */
class FilterTest {

    private static final String DRIFT =
            "Drift: 2 change(s) between the entities and the database, some of which can lose data:\n"
                    + "  - drop table qrtz_jobs   [destructive]\n"
                    + "  - drop table flyway_schema_history   [destructive]\n"
                    + "Run 'autogen revision --autogenerate -m \"...\"' to write a migration for them.\n";
    private static final String CLEAN = "No changes: the database matches the entities.\n";

    @TempDir
    Path dir;

    /** The shop, applied, next to two tables and a view of other tools. */
    private Cli shopWithOthers(TestDatabases.Db db) throws Exception {
        Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
        cli.run("init").ok();
        cli.run(args(Cli.entities(Cli.SHOP), "-m", "create shop")).ok();
        cli.run("upgrade").ok();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY, version VARCHAR(50))");
            s.execute("CREATE TABLE qrtz_jobs (job_name VARCHAR(200) PRIMARY KEY)");
            s.execute("CREATE VIEW customer_names AS SELECT name FROM customer");
        }
        return cli;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void excludedTablesAreNeverTouched(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.of(kind)) {
            Cli cli = shopWithOthers(db);
            Cli.Result drift = cli.run(args(Cli.entities(Cli.SHOP), "check"));
            assertEquals(1, drift.code(), drift::toString);
            assertEquals(DRIFT, drift.out());

            assertEquals(
                    CLEAN,
                    cli.run(args(Cli.entities(Cli.SHOP), "--exclude", "flyway_*", "--exclude", "QRTZ_*", "check"))
                            .ok()
                            .out());
            assertEquals(
                    "No changes.\n",
                    cli.run(args(Cli.entities(Cli.SHOP), "diff", "--exclude", "flyway_*,qrtz_*"))
                            .ok()
                            .out());

            Path written = Path.of(cli.run(args(Cli.entities(Cli.SHOP_V2), "--exclude", "flyway_*,qrtz_*", "-m", "v2"))
                    .ok()
                    .out()
                    .strip());
            String source = Files.readString(written);
            assertFalse(source.contains("flyway") || source.contains("qrtz"), source);
            assertTrue(source.contains("op.dropTable(\"purchase\");"), source);
            cli.run("upgrade").ok();
            assertEquals(
                    CLEAN,
                    cli.run(args(Cli.entities(Cli.SHOP_V2), "--exclude", "flyway_*,qrtz_*", "check"))
                            .ok()
                            .out());
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history").close();
                s.executeQuery("SELECT COUNT(*) FROM qrtz_jobs").close();
            }
        }
    }

    @Test
    void includeComparesOnlyTheTablesItNames() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = shopWithOthers(db);
            assertEquals(
                    CLEAN,
                    cli.run(args(Cli.entities(Cli.SHOP), "check", "--include", "customer", "--include", "purchase"))
                            .ok()
                            .out());
            // shop v2 adds customer.phone and drops purchase: each include sees its own table only
            assertEquals(
                    "- drop table purchase   [destructive]\n",
                    cli.run(args(Cli.entities(Cli.SHOP_V2), "diff", "--include", "purchase"))
                            .ok()
                            .out());
            assertEquals(
                    "+ add column customer.phone VARCHAR(30)\n",
                    cli.run(args(Cli.entities(Cli.SHOP_V2), "diff", "--include", "cust*", "--exclude", "purchase"))
                            .ok()
                            .out());
        }
    }

    @Test
    void entityTablesCanBeLeftOutToo() {
        Cli cli = new Cli(dir).env("AUTOGEN_URL", "jdbc:sqlite:" + dir.resolve("empty.db"));
        cli.run("init").ok();
        assertEquals(
                "+ add table customer (id, email, name)\n",
                cli.run(args(Cli.entities(Cli.SHOP), "diff", "--exclude", "purchase"))
                        .ok()
                        .out());
    }

    @Test
    void environmentAndConfigFileAndWhichWins() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = shopWithOthers(db);
            Files.writeString(
                    dir.resolve("autogen.properties"),
                    Files.readString(dir.resolve("autogen.properties")) + "exclude=flyway_*, qrtz_*\n");
            assertEquals(
                    CLEAN, cli.run(args(Cli.entities(Cli.SHOP), "check")).ok().out());

            // the environment wins over the file, a flag over both
            cli.env("AUTOGEN_EXCLUDE", "qrtz_*");
            Cli.Result env = cli.run(args(Cli.entities(Cli.SHOP), "check"));
            assertEquals(1, env.code(), env::toString);
            assertTrue(
                    env.out().contains("- drop table flyway_schema_history")
                            && !env.out().contains("qrtz"),
                    env::toString);
            cli.env("AUTOGEN_INCLUDE", "customer,purchase");
            assertEquals(
                    CLEAN, cli.run(args(Cli.entities(Cli.SHOP), "check")).ok().out());
            Cli.Result flag = cli.run(args(Cli.entities(Cli.SHOP), "check", "--include", "*", "--exclude", "flyway_*"));
            assertEquals(1, flag.code(), flag::toString);
            assertTrue(
                    flag.out().contains("- drop table qrtz_jobs") && !flag.out().contains("flyway"), flag::toString);
        }
    }

    @Test
    void theVersionTableAndViewsAreNeverCompared() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = shopWithOthers(db);
            String out = cli.run(args(Cli.entities(Cli.SHOP), "diff", "--include", "*"))
                    .ok()
                    .out();
            assertFalse(out.contains("autogen_version") || out.contains("customer_names"), out);
        }
    }
}
