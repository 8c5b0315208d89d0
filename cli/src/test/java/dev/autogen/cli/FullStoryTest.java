package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole session through the command line, as a user types it: init, autogenerate, upgrade, current, history, check,
 * data in, downgrade to base, upgrade again, then a second, destructive revision and back. On SQLite, PostgreSQL,
 * MariaDB and H2.
 */
class FullStoryTest {

    private static final String FIRST = "a1b2c3d4e5f6";
    private static final String SECOND = "0f1e2d3c4b5a";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void story(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.of(kind)) {
            Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
            List<String> v1 = Cli.entities(Cli.SHOP);
            List<String> v2 = Cli.entities(Cli.SHOP_V2);
            // names as the database stores Hibernate's unquoted ones (upper case on H2)
            UnaryOperator<String> name = Dialects.forName(kind)::foldIdentifier;

            assertEquals(
                    List.of(
                            "Created " + dir.resolve("migrations/versions"),
                            "Created " + dir.resolve("migrations/script.java.vm")
                                    + " (edit it to change how new migrations look)",
                            "Created " + dir.resolve("autogen.properties") + " (set url, entities and package)"),
                    cli.run("init").ok().outLines());

            Path first = dir.resolve("migrations/versions/" + FIRST + "_create_shop.java");
            assertEquals(
                    first + "\n",
                    cli.run(args("revision", "--autogenerate", "-m", "create shop", "--rev-id", FIRST, v1))
                            .ok()
                            .out());
            assertTrue(Files.readString(first).contains("op.createTable(\"" + name.apply("purchase") + "\""));

            assertEquals(
                    "base (no migration applied)\n", cli.run("current").ok().out());
            assertEquals(
                    "Running upgrade  -> " + FIRST + ", create shop\n",
                    cli.run("upgrade", "head").ok().out());
            assertEquals(FIRST + " (head)\n", cli.run("current").ok().out());
            assertEquals(
                    "<base> -> " + FIRST + " (head) (current), create shop\n",
                    cli.run("history").ok().out());
            assertEquals(FIRST + " (head), create shop\n", cli.run("heads").ok().out());
            assertEquals(
                    "No changes: the database matches the entities.\n",
                    cli.run(args(v1, "check")).ok().out());

            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO customer (name, email) VALUES ('Ada', 'ada@example.com')");
                s.executeUpdate(
                        "INSERT INTO purchase (customer_id, amount) SELECT id, 42 FROM customer WHERE name = 'Ada'");
                assertEquals(1, count(s, "purchase"));
            }

            assertEquals(
                    "Running downgrade " + FIRST + " -> , create shop\n",
                    cli.run("downgrade", "base").ok().out());
            assertEquals(
                    "base (no migration applied)\n", cli.run("current").ok().out());
            Cli.Result drift = cli.run(args(v1, "check"));
            assertEquals(1, drift.code(), drift::toString);
            assertTrue(
                    drift.out().startsWith("Drift: 2 change(s) between the entities and the database:\n"),
                    drift::toString);

            assertEquals(
                    "Running upgrade  -> " + FIRST + ", create shop\n",
                    cli.run("upgrade").ok().out());
            assertEquals(FIRST + " (head)\n", cli.run("current").ok().out());
            assertEquals(
                    "No changes: the database matches the entities.\n",
                    cli.run(args(v1, "check")).ok().out());
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                assertEquals(0, count(s, "customer"));
                s.executeUpdate("INSERT INTO customer (name) VALUES ('Grace')");
            }

            // version 2 of the entities: a new column and a dropped table
            Cli.Result v2drift = cli.run(args(v2, "check"));
            assertEquals(1, v2drift.code(), v2drift::toString);
            assertEquals(
                    """
                    Drift: 2 change(s) between the entities and the database, some of which can lose data:
                      + add column %s.%s VARCHAR(30)
                      - drop table %s   [destructive]
                    Run 'autogen revision --autogenerate -m "..."' to write a migration for them.
                    """.formatted(name.apply("customer"), name.apply("phone"), name.apply("purchase")), v2drift.out());
            Path second = dir.resolve("migrations/versions/" + SECOND + "_phones_no_purchases.java");
            assertEquals(
                    second + "\n",
                    cli.run(args(v2, "revision", "--autogenerate", "-m", "phones, no purchases", "--rev-id", SECOND))
                            .ok()
                            .out());
            assertEquals(
                    "Running upgrade " + FIRST + " -> " + SECOND + ", phones, no purchases\n",
                    cli.run("upgrade").ok().out());
            assertEquals(SECOND + " (head)\n", cli.run("current").ok().out());
            assertEquals(
                    "No changes: the database matches the entities.\n",
                    cli.run(args(v2, "check")).ok().out());
            assertEquals(
                    FIRST + " -> " + SECOND + " (head) (current), phones, no purchases\n<base> -> " + FIRST
                            + ", create shop\n",
                    cli.run("history").ok().out());
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE customer SET phone = '555-0100' WHERE name = 'Grace'");
            }

            assertEquals(
                    "Running downgrade " + SECOND + " -> " + FIRST + ", phones, no purchases\n",
                    cli.run("downgrade", "-1").ok().out());
            assertEquals(FIRST + "\n", cli.run("current").ok().out());
            assertEquals(
                    "No changes: the database matches the entities.\n",
                    cli.run(args(v1, "check")).ok().out());
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                assertEquals(1, count(s, "customer"), "the customer survives the downgrade");
                assertEquals(0, count(s, "purchase"));
            }
        }
    }

    private static int count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
