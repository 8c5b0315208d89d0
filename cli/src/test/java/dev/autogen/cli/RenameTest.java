package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A renamed column ({@code users.name} to {@code users.full_name}) and a renamed table ({@code customer} to
 * {@code client}) look like drops plus adds. Autogen says they may be renames; {@code --rename} (or a yes at the
 * prompt) turns them into renames that keep every row; without either the migration says plainly that data goes.
 */
class RenameTest {

    static final Map<String, String> V1 = Map.of(
            "ren/User.java", """
                    package ren;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "users")
                    public class User {
                        @Id Long id;
                        @Column(name = "name", length = 100) String name;
                        @Column(name = "email", length = 200) String email;
                    }
                    """,
            "ren/Customer.java", """
                    package ren;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "customer")
                    public class Customer {
                        @Id Long id;
                        @Column(name = "title", length = 100) String title;
                    }
                    """);

    static final Map<String, String> V2 = Map.of(
            "ren/User.java", """
                    package ren;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "users")
                    public class User {
                        @Id Long id;
                        @Column(name = "full_name", length = 100) String fullName;
                        @Column(name = "email", length = 200) String email;
                    }
                    """,
            "ren/Customer.java", """
                    package ren;
                    import jakarta.persistence.*;
                    @Entity @Table(name = "client")
                    public class Customer {
                        @Id Long id;
                        @Column(name = "title", length = 100) String title;
                    }
                    """);

    @TempDir
    Path dir;

    static List<String> entities(Path classes) {
        return List.of("--entities", classes.toString(), "--package", "ren");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void renameKeepsTheRows(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.of(kind)) {
            Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
            cli.run("init").ok();
            Path v1 = JavaSources.compile(dir.resolve("v1"), V1);
            Path v2 = JavaSources.compile(dir.resolve("v2"), V2);
            cli.run(args(entities(v1), "-m", "v1")).ok();
            cli.run("upgrade").ok();
            execute(
                    db,
                    "INSERT INTO users (id, name, email) VALUES (1, 'Ada', 'ada@example.com')",
                    "INSERT INTO users (id, name, email) VALUES (2, 'Grace', NULL)",
                    "INSERT INTO customer (id, title) VALUES (7, 'ACME')");

            String diff = cli.run(args(entities(v2), "diff")).ok().out().toLowerCase(Locale.ROOT);
            assertTrue(
                    diff.contains(
                            "? possible rename: table customer -> client (use --rename customer=client to keep the data)\n"),
                    diff);
            assertTrue(
                    diff.contains(
                            "? possible rename: users.name -> users.full_name (use --rename users.name=full_name to keep the data)\n"),
                    diff);

            Path written = Path.of(cli.run(args(
                            entities(v2),
                            "revision",
                            "--autogenerate",
                            "-m",
                            "v2",
                            "--rename",
                            "users.name=full_name",
                            "--rename",
                            "customer=client"))
                    .ok()
                    .out()
                    .strip());
            String source = Files.readString(written).toLowerCase(Locale.ROOT);
            assertTrue(source.contains("op.renametable(\"customer\", \"client\");"), source);
            assertTrue(source.contains("op.renamecolumn(\"users\", \"name\", \"full_name\");"), source);
            assertFalse(source.contains("destructive"), source);
            assertFalse(source.contains("possible rename"), source);

            cli.run("upgrade").ok();
            assertEquals(List.of("1 Ada", "2 Grace"), rows(db, "SELECT id, full_name FROM users ORDER BY id"));
            assertEquals(List.of("7 ACME"), rows(db, "SELECT id, title FROM client"));
            assertEquals(
                    "No changes: the database matches the entities.\n",
                    cli.run(args(entities(v2), "check")).ok().out());

            cli.run("downgrade", "-1").ok();
            assertEquals(List.of("1 Ada", "2 Grace"), rows(db, "SELECT id, name FROM users ORDER BY id"));
            assertEquals(List.of("7 ACME"), rows(db, "SELECT id, title FROM customer"));
            assertEquals(
                    "No changes: the database matches the entities.\n",
                    cli.run(args(entities(v1), "check")).ok().out());
        }
    }

    @Test
    void withoutRenameTheMigrationSaysTheDataIsLost() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = atV1(db);
            Path v2 = JavaSources.compile(dir.resolve("v2"), V2);

            Cli.Result check = cli.run(args(entities(v2), "check"));
            assertEquals(1, check.code(), check::toString);
            assertEquals("""
                    Drift: 4 change(s) between the entities and the database, some of which can lose data:
                      + add table client (id, title)
                      + add column users.full_name VARCHAR(100)
                      - drop column users.name   [destructive]
                      - drop table customer   [destructive]
                      ? possible rename: table customer -> client (use --rename customer=client to keep the data)
                      ? possible rename: users.name -> users.full_name (use --rename users.name=full_name to keep the data)
                    Run 'autogen revision --autogenerate -m "..."' to write a migration for them.
                    """, check.out());
            assertTrue(
                    cli.run(args(entities(v2), "diff", "--format", "json"))
                            .ok()
                            .plan()
                            .endsWith(
                                    "\"destructive\":true,"
                                            + "\"possible_renames\":[{\"table\":\"customer\",\"column\":null,\"to\":\"client\",\"rename\":\"customer=client\"},"
                                            + "{\"table\":\"users\",\"column\":\"name\",\"to\":\"full_name\",\"rename\":\"users.name=full_name\"}]}\n"));

            Path written = Path.of(cli.run(args(entities(v2), "revision", "--autogenerate", "-m", "v2"))
                    .ok()
                    .out()
                    .strip());
            String source = Files.readString(written);
            assertTrue(source.contains("""
                            // DESTRUCTIVE: drops column users.name and all its values
                            // POSSIBLE RENAME: users.name -> users.full_name; use --rename users.name=full_name to keep the data
                            op.dropColumn("users", "name");
                    """), source);
            assertTrue(source.contains("""
                            // DESTRUCTIVE: drops table "customer" and all its rows
                            // POSSIBLE RENAME: table customer -> client; use --rename customer=client to keep the data
                            op.dropTable("customer");
                    """), source);

            cli.run("upgrade").ok();
            assertEquals(List.of("1 null", "2 null"), rows(db, "SELECT id, full_name FROM users ORDER BY id"));
            assertEquals(List.of(), rows(db, "SELECT id, title FROM client"));
        }
    }

    @Test
    void atATerminalEachPossibleRenameIsAsked() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = atV1(db);
            Path v2 = JavaSources.compile(dir.resolve("v2"), V2);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code;
            try (PrintWriter o = new PrintWriter(out, true);
                    PrintWriter e = new PrintWriter(err, true)) {
                RenamePrompt answers = RenamePrompt.of(new BufferedReader(new StringReader("y\nn\n")), o);
                code = Main.run(
                        args(entities(v2), "-m", "v2").toArray(String[]::new),
                        Map.of("AUTOGEN_URL", db.url()),
                        dir,
                        o,
                        e,
                        answers);
            }
            assertEquals(0, code, err.toString());
            List<String> lines = out.toString().lines().toList();
            assertEquals(
                    List.of(
                            "Did you rename table customer to client? [y/N] y",
                            "Did you rename users.name to users.full_name? [y/N] n"),
                    lines.subList(0, 2));
            String source = Files.readString(Path.of(lines.get(2)));
            assertTrue(source.contains("op.renameTable(\"customer\", \"client\");"), source);
            assertTrue(
                    source.contains(
                            "// POSSIBLE RENAME: users.name -> users.full_name; use --rename users.name=full_name to keep the data"),
                    source);
            assertTrue(source.contains("op.dropColumn(\"users\", \"name\");"), source);

            cli.run("upgrade").ok();
            assertEquals(List.of("7 ACME"), rows(db, "SELECT id, title FROM client"));
        }
    }

    @Test
    void aRenameThatDoesNotFitIsAnError() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = atV1(db);
            Path v2 = JavaSources.compile(dir.resolve("v2"), V2);
            assertEquals(
                    "--rename users.nam=full_name: the database has no column users.nam; see 'autogen diff' for the"
                            + " possible renames",
                    cli.run(args(
                                    entities(v2),
                                    "revision",
                                    "--autogenerate",
                                    "-m",
                                    "v2",
                                    "--rename",
                                    "users.nam=full_name"))
                            .userError());
            assertEquals(
                    "--rename users: expected OLD=NEW for a table or TABLE.OLD=NEW for a column (e.g. --rename"
                            + " users.name=full_name)",
                    cli.run(args(entities(v2), "check", "--rename", "users")).userError());
            assertEquals(
                    List.of("v1"),
                    Files.list(dir.resolve("migrations/versions"))
                            .map(p -> p.getFileName().toString().replaceAll("^[0-9a-f]+_|\\.java$", ""))
                            .toList());
        }
    }

    @Test
    void checkAndDiffApplyRenamesToo() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = atV1(db);
            Path v2 = JavaSources.compile(dir.resolve("v2"), V2);
            assertEquals(
                    """
                    ~ rename table customer -> client
                    ~ rename column users.name -> full_name
                    """,
                    cli.run(args(
                                    entities(v2),
                                    "diff",
                                    "--rename",
                                    "customer=client",
                                    "--rename",
                                    "users.name=full_name"))
                            .ok()
                            .out());
            Cli.Result check = cli.run(args(
                    entities(v2),
                    "check",
                    "--rename",
                    "customer=client",
                    "--rename",
                    "users.name=full_name",
                    "--fail-on",
                    "data-dependent"));
            assertEquals(0, check.code(), check::toString);
        }
    }

    private Cli atV1(TestDatabases.Db db) throws Exception {
        Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
        cli.run("init").ok();
        Path v1 = JavaSources.compile(dir.resolve("v1"), V1);
        cli.run(args(entities(v1), "-m", "v1")).ok();
        cli.run("upgrade").ok();
        execute(
                db,
                "INSERT INTO users (id, name, email) VALUES (1, 'Ada', 'ada@example.com')",
                "INSERT INTO users (id, name, email) VALUES (2, 'Grace', NULL)",
                "INSERT INTO customer (id, title) VALUES (7, 'ACME')");
        return cli;
    }

    static void execute(TestDatabases.Db db, String... sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    static List<String> rows(TestDatabases.Db db, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                rows.add(rs.getObject(1) + " " + rs.getObject(2));
            }
        }
        return rows;
    }
}
