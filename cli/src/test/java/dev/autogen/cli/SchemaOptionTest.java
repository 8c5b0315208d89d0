package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --schema} on PostgreSQL and MariaDB: every command works in that schema, the migrations (and their version table) as well as
 * the comparison, even when the URL selects no schema.
 */
class SchemaOptionTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandWorksInTheGivenSchema() throws Exception {
        // the URL selects another fresh schema, which must stay empty
        try (TestDatabases.Db db = TestDatabases.postgres();
                TestDatabases.Db other = TestDatabases.postgres()) {
            Cli cli = new Cli(dir).env("AUTOGEN_URL", other.url()).env("AUTOGEN_SCHEMA", db.schema());
            cli.run("init").ok();
            cli.run(args(
                            Cli.entities(Cli.SHOP),
                            "revision",
                            "--autogenerate",
                            "-m",
                            "create shop",
                            "--rev-id",
                            "abcabcabcabc"))
                    .ok();
            assertEquals(
                    "Running upgrade  -> abcabcabcabc, create shop\n",
                    cli.run("upgrade").ok().out());

            assertEquals(
                    List.of("autogen_version", "autogen_version_history", "customer", "purchase"),
                    tables(db, db.schema()));
            assertEquals(List.of(), tables(db, other.schema()));
            assertEquals("abcabcabcabc (head)\n", cli.run("current").ok().out());
            assertEquals(
                    "No changes: the database matches the entities.\n",
                    cli.run(args(Cli.entities(Cli.SHOP), "check")).ok().out());
            // the flag wins over AUTOGEN_SCHEMA
            assertEquals(
                    "base (no migration applied)\n",
                    cli.run("current", "--schema", other.schema()).ok().out());

            cli.run("downgrade", "base").ok();
            assertEquals(List.of("autogen_version", "autogen_version_history"), tables(db, db.schema()));
            assertEquals(List.of(), tables(db, other.schema()));

            assertEquals(
                    "schema no_such_schema does not exist in the database; create it or fix --schema",
                    cli.run("current", "--schema", "no_such_schema").userError());
        }
    }

    /** On MariaDB the schema is a database of the server: {@code --schema} switches the connection to it. */
    @Test
    void everyCommandWorksInTheGivenDatabaseOnMariaDb() throws Exception {
        try (TestDatabases.Db db = TestDatabases.mariadb();
                TestDatabases.Db other = TestDatabases.mariadb()) {
            Cli cli = new Cli(dir).env("AUTOGEN_URL", other.url()).env("AUTOGEN_SCHEMA", db.schema());
            cli.run("init").ok();
            cli.run(args(
                            Cli.entities(Cli.SHOP),
                            "revision",
                            "--autogenerate",
                            "-m",
                            "create shop",
                            "--rev-id",
                            "abcabcabcabc"))
                    .ok();
            assertEquals(
                    "Running upgrade  -> abcabcabcabc, create shop\n",
                    cli.run("upgrade").ok().out());

            // with the runner's progress table, since DDL commits as it runs
            assertEquals(
                    List.of(
                            "autogen_version",
                            "autogen_version_history",
                            "autogen_version_progress",
                            "customer",
                            "purchase"),
                    tables(db, db.schema()));
            assertEquals(List.of(), tables(db, other.schema()));
            assertEquals(
                    "No changes: the database matches the entities.\n",
                    cli.run(args(Cli.entities(Cli.SHOP), "check")).ok().out());
            assertEquals(
                    "base (no migration applied)\n",
                    cli.run("current", "--schema", other.schema()).ok().out());

            cli.run("downgrade", "base").ok();
            assertEquals(
                    List.of("autogen_version", "autogen_version_history", "autogen_version_progress"),
                    tables(db, db.schema()));
            assertEquals(
                    "schema no_such_schema does not exist in the database; create it or fix --schema",
                    cli.run("current", "--schema", "no_such_schema").userError());
        }
    }

    private static List<String> tables(TestDatabases.Db db, String schema) throws Exception {
        try (Connection c = db.connect();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = ? ORDER BY table_name")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            }
        }
    }
}
