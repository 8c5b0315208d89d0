package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.roundtrip.ApplicationCheck;
import dev.autogen.runtime.testing.TestDatabases;
import dev.autogen.runtime.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quoted identifier keeps its case on every database: {@code @Table(name = "`MixedCase`")} is table
 * {@code MixedCase} with column {@code MixedCol} after the generated migration, which Hibernate's quoted SQL finds;
 * {@code "TESTentity"} next to {@code "TESTENTITY"} are two tables where names are case sensitive.
 */
class QuotedNamesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb", "sqlite"})
    void aQuotedMixedCaseNameKeepsItsCase(String kind) throws Exception {
        migrate(kind, "dev.autogen.cli.fixtures.quoted", List.of("MixedCase"));
    }

    /** Not on SQLite, where names differ in more than case (Hibernate's own export cannot create both there). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql", "mariadb"})
    void twoQuotedNamesThatDifferOnlyInCaseAreTwoTables(String kind) throws Exception {
        migrate(kind, "dev.autogen.cli.fixtures.quotedpair", List.of("TESTENTITY", "TESTentity"));
    }

    /** SQLite takes the two for one table: the message says so, and not that --all-schemas would help. */
    @org.junit.jupiter.api.Test
    void onSqliteTheTwoAreRefusedForWhatTheyAre() throws Exception {
        try (Db db = TestDatabases.sqlite()) {
            String message = new Cli(dir).run(Cli.args("--url", db.url(), Cli.entities("dev.autogen.cli.fixtures.quotedpair"),
                    "diff")).userError();
            assertTrue(message.contains("differ only in case") && !message.contains("--all-schemas"), message);
        }
    }

    private void migrate(String kind, String pkg, List<String> tables) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            Cli cli = new Cli(dir);
            List<String> common = Cli.args("--url", db.url(), "--migrations", dir.resolve("migrations").toString(),
                    Cli.entities(pkg));
            cli.run(Cli.args(common, "init", dir.resolve("migrations").toString())).ok();
            cli.run(Cli.args(common, "revision", "--autogenerate", "-m", "quoted")).ok();
            cli.run(Cli.args(common, "upgrade", "head")).ok();
            List<String> stored = new ArrayList<>();
            try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(null, db.schema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    stored.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                assertTrue(stored.contains(table), "table " + table + " as written, in " + stored);
            }
            if (tables.contains("MixedCase")) {
                try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getColumns(null, db.schema(), "MixedCase", "%")) {
                    List<String> columns = new ArrayList<>();
                    while (rs.next()) {
                        columns.add(rs.getString("COLUMN_NAME"));
                    }
                    assertTrue(columns.contains("MixedCol"), "column MixedCol as written, in " + columns);
                }
            }
            ApplicationCheck.persistEveryEntity(db, Cli.testClasses(), pkg);
            assertEquals("No changes.\n", cli.run(Cli.args(common, "diff")).ok().out());
        }
    }
}
