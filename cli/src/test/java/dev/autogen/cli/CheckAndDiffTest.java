package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} (exit 1 on drift, 0 when clean) and {@code diff} in text and JSON, on SQLite. */
class CheckAndDiffTest {

    @TempDir
    Path dir;

    private Cli cli;
    private String url;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        url = "jdbc:sqlite:" + dir.resolve("app.db");
        cli.run("init").ok();
    }

    @Test
    void emptyDatabaseAgainstTheShop() {
        Cli.Result check = cli.run(args("--url", url, Cli.entities(Cli.SHOP), "check"));
        assertEquals(1, check.code(), check::toString);
        assertEquals("", check.err(), check::toString);
        assertEquals("""
                Drift: 2 change(s) between the entities and the database:
                  + add table customer (id, email, name)
                  + add table purchase (id, amount, customer_id)
                Run 'autogen revision --autogenerate -m "..."' to write a migration for them.
                """, check.out());

        assertEquals(
                """
                {"operations":[\
                {"op":"add_table","table":"customer","safety":"safe","columns":["id","email","name"]},\
                {"op":"add_table","table":"purchase","safety":"safe","columns":["id","amount","customer_id"]}\
                ],"destructive":false}
                """,
                cli.run(args("--url", url, Cli.entities(Cli.SHOP), "diff", "--format", "json"))
                        .ok()
                        .plan());
    }

    @Test
    void cleanDatabase() {
        cli.run(args("--url", url, Cli.entities(Cli.SHOP), "-m", "create shop")).ok();
        cli.run("--url", url, "upgrade").ok();

        assertEquals(
                "No changes: the database matches the entities.\n",
                cli.run(args("--url", url, Cli.entities(Cli.SHOP), "check"))
                        .ok()
                        .out());
        assertEquals(
                "No changes.\n",
                cli.run(args("--url", url, Cli.entities(Cli.SHOP), "diff")).ok().out());
        assertEquals(
                "{\"operations\":[],\"destructive\":false}\n",
                cli.run(args("--url", url, Cli.entities(Cli.SHOP), "diff", "--format", "json"))
                        .ok()
                        .plan());
    }

    @Test
    void driftWithADrop() {
        cli.run(args("--url", url, Cli.entities(Cli.SHOP), "-m", "create shop")).ok();
        cli.run("--url", url, "upgrade").ok();

        Cli.Result check = cli.run(args("--url", url, Cli.entities(Cli.SHOP_V2), "check"));
        assertEquals(1, check.code(), check::toString);
        assertEquals("", check.err(), check::toString);
        assertEquals("""
                Drift: 2 change(s) between the entities and the database, some of which can lose data:
                  + add column customer.phone VARCHAR(30)
                  - drop table purchase   [destructive]
                Run 'autogen revision --autogenerate -m "..."' to write a migration for them.
                """, check.out());

        assertEquals(
                """
                + add column customer.phone VARCHAR(30)
                - drop table purchase   [destructive]
                """,
                cli.run(args("--url", url, Cli.entities(Cli.SHOP_V2), "diff"))
                        .ok()
                        .out());

        assertEquals(
                """
                {"operations":[\
                {"op":"add_column","table":"customer","safety":"safe","column":"phone","type":"VARCHAR(30)","nullable":true,"default":null},\
                {"op":"drop_table","table":"purchase","safety":"destructive","columns":["id","amount","customer_id"]}\
                ],"destructive":true}
                """,
                cli.run(args("--url", url, Cli.entities(Cli.SHOP_V2), "diff", "--format", "json"))
                        .ok()
                        .plan());
    }

    @Test
    void tableAddedByHandIsDrift() throws Exception {
        cli.run(args("--url", url, Cli.entities(Cli.SHOP), "-m", "create shop")).ok();
        cli.run("--url", url, "upgrade").ok();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE legacy (id INTEGER PRIMARY KEY)");
        }
        Cli.Result check = cli.run(args("--url", url, Cli.entities(Cli.SHOP), "check"));
        assertEquals(1, check.code(), check::toString);
        assertEquals("""
                Drift: 1 change(s) between the entities and the database, some of which can lose data:
                  - drop table legacy   [destructive]
                Run 'autogen revision --autogenerate -m "..."' to write a migration for them.
                """, check.out());
        assertEquals(
                "{\"operations\":[{\"op\":\"drop_table\",\"table\":\"legacy\",\"safety\":\"destructive\",\"columns\":[\"id\"]}],"
                        + "\"destructive\":true}\n",
                cli.run(args("--url", url, Cli.entities(Cli.SHOP), "diff", "--format", "json"))
                        .ok()
                        .plan());
    }

    @Test
    void badFormatIsAUsageError() {
        assertEquals(
                "Invalid value for option '--format': expected text, json, markdown, sarif, junit or github but was 'yaml'"
                        + " (see 'autogen diff --help')",
                cli.run(args("--url", url, Cli.entities(Cli.SHOP), "diff", "--format", "yaml"))
                        .userError());
    }
}
