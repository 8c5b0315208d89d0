package dev.autogen.runtime.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.migration.error.AmbiguousRevisionException;
import dev.autogen.runtime.internal.migration.error.InvalidTargetException;
import dev.autogen.runtime.internal.migration.error.MigrationFailedException;
import dev.autogen.runtime.internal.migration.error.MultipleHeadsException;
import dev.autogen.runtime.internal.migration.error.UnknownRevisionException;
import dev.autogen.runtime.internal.migration.load.MigrationLoader;
import dev.autogen.runtime.internal.migration.load.MigrationSet;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The runner on real databases: SQLite always, PostgreSQL when {@code AUTOGEN_TEST_PG_URL} reaches a server. */
class MigrationRunnerTest {

    static final String R1 = "9d1c0b7a2e55";
    static final String R2 = "3f2a9c1d7e4b";
    static final String R3 = "3fc05b2d4a19";

    @TempDir
    static Path shared;

    @TempDir
    Path root;

    static MigrationSet chain;

    /** create chats (R1) <- add token usage (R2) <- add messages (R3), compiled once for the class. */
    @BeforeAll
    static void compileChain() {
        VersionsFolder folder = new VersionsFolder(shared.resolve("migrations/versions"));
        writeChain(folder);
        chain = new MigrationLoader().load(folder.dir());
    }

    static void writeChain(VersionsFolder folder) {
        folder.migration(
                R1,
                null,
                "create chats",
                "CREATE TABLE chats (id INTEGER PRIMARY KEY, title VARCHAR(100))",
                "DROP TABLE chats");
        folder.migration(
                R2,
                R1,
                "add token usage",
                "CREATE TABLE token_usage (id INTEGER PRIMARY KEY, tokens INTEGER)",
                "DROP TABLE token_usage");
        folder.migration(
                R3,
                R2,
                "add messages",
                "CREATE TABLE messages (id INTEGER PRIMARY KEY, body VARCHAR(200))",
                "DROP TABLE messages");
    }

    private static MigrationRunner runner(Db db, MigrationSet set) {
        return new MigrationRunner(set, TestBackends.of(db.kind()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void upgradeToHeadAppliesAllAndRecordsHead(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            MigrationRunner runner = runner(db, chain);
            assertEquals(List.of(), runner.current(c));
            assertFalse(tableExists(c, "autogen_version"), "current() creates nothing");
            List<String> heard = new ArrayList<>();

            List<MigrationStep> steps = runner.upgrade(c, "head", step -> heard.add("Running " + step.describe()));

            assertEquals(
                    List.of(
                            "Running upgrade  -> 9d1c0b7a2e55, create chats",
                            "Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, add token usage",
                            "Running upgrade 3f2a9c1d7e4b -> 3fc05b2d4a19, add messages"),
                    heard);
            assertEquals(3, steps.size());
            assertEquals(List.of(R3), versionRows(c));
            assertEquals(List.of(R3), runner.current(c));
            assertTrue(tableExists(c, "chats") && tableExists(c, "token_usage") && tableExists(c, "messages"));
            assertTrue(c.getAutoCommit(), "auto-commit restored");

            assertEquals(List.of(), runner.upgrade(c, "head", MigrationListener.NONE), "already at head");
            assertEquals(List.of(R3), versionRows(c));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void downgradeStepByStepAndToBase(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            MigrationRunner runner = runner(db, chain);
            runner.upgrade(c, "head", MigrationListener.NONE);
            List<String> heard = new ArrayList<>();

            runner.downgrade(c, "-1", step -> heard.add(step.describe()));

            assertEquals(List.of("downgrade 3fc05b2d4a19 -> 3f2a9c1d7e4b, add messages"), heard);
            assertEquals(List.of(R2), versionRows(c));
            assertFalse(tableExists(c, "messages"));
            assertTrue(tableExists(c, "token_usage"));

            List<MigrationStep> down = runner.downgrade(c, "base", MigrationListener.NONE);

            assertEquals(
                    List.of(R2, R1), down.stream().map(s -> s.revision().id()).toList());
            assertEquals(List.of(), down.get(1).to());
            assertEquals(List.of(), versionRows(c));
            assertTrue(tableExists(c, "autogen_version"));
            assertFalse(tableExists(c, "chats") || tableExists(c, "token_usage"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void relativeAndPrefixTargets(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            MigrationRunner runner = runner(db, chain);

            runner.upgrade(c, "+1", MigrationListener.NONE);
            assertEquals(List.of(R1), versionRows(c));
            assertTrue(tableExists(c, "chats"));
            assertFalse(tableExists(c, "token_usage"));

            runner.upgrade(c, "3f2a", MigrationListener.NONE);
            assertEquals(List.of(R2), versionRows(c));

            AmbiguousRevisionException ambiguous = assertThrows(
                    AmbiguousRevisionException.class, () -> runner.upgrade(c, "3f", MigrationListener.NONE));
            assertTrue(ambiguous.getMessage().contains("(3f2a9c1d7e4b, 3fc05b2d4a19)"), ambiguous.getMessage());
            assertThrows(InvalidTargetException.class, () -> runner.upgrade(c, "+2", MigrationListener.NONE));
            assertThrows(InvalidTargetException.class, () -> runner.upgrade(c, "9d1c", MigrationListener.NONE));
            assertThrows(UnknownRevisionException.class, () -> runner.upgrade(c, "ffff", MigrationListener.NONE));
            assertEquals(List.of(R2), versionRows(c), "refused targets change nothing");

            runner.upgrade(c, "+1", MigrationListener.NONE);
            assertEquals(List.of(R3), versionRows(c));

            runner.downgrade(c, "-2", MigrationListener.NONE);
            assertEquals(List.of(R1), versionRows(c));
            assertThrows(InvalidTargetException.class, () -> runner.downgrade(c, "-2", MigrationListener.NONE));
            assertThrows(InvalidTargetException.class, () -> runner.downgrade(c, R3, MigrationListener.NONE));

            runner.upgrade(c, R3, MigrationListener.NONE);
            runner.downgrade(c, "9d1c", MigrationListener.NONE);
            assertEquals(List.of(R1), versionRows(c));
            assertTrue(tableExists(c, "chats"));
            assertFalse(tableExists(c, "token_usage") || tableExists(c, "messages"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void failingMigrationRollsBackItsDdlAndVersion(String kind) throws Exception {
        VersionsFolder folder = new VersionsFolder(root.resolve("migrations/versions"));
        folder.migration(R1, null, "create chats", "CREATE TABLE chats (id INTEGER PRIMARY KEY)", "DROP TABLE chats");
        folder.migration(
                R2,
                R1,
                "add token usage",
                List.of("CREATE TABLE token_usage (id INTEGER PRIMARY KEY)", "INSERT INTO no_such_table VALUES (1)"),
                List.of("DROP TABLE token_usage"));
        MigrationSet set = new MigrationLoader().load(folder.dir());
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            MigrationRunner runner = runner(db, set);

            MigrationFailedException e = assertThrows(
                    MigrationFailedException.class, () -> runner.upgrade(c, "head", MigrationListener.NONE));

            assertEquals(R2, e.revision());
            assertTrue(e.rolledBack());
            assertTrue(
                    e.getMessage()
                            .startsWith("Upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b (add token usage) failed and was"
                                    + " rolled back; the database stays at 9d1c0b7a2e55: "),
                    e.getMessage());
            assertTrue(e.getMessage().toLowerCase(Locale.ROOT).contains("no_such_table"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
            assertEquals(List.of(R1), versionRows(c));
            assertTrue(tableExists(c, "chats"));
            assertFalse(tableExists(c, "token_usage"), "the failed migration's DDL was rolled back");
            assertTrue(c.getAutoCommit());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void withoutTransactionalDdlTheVersionFollowsEachMigration(String kind) throws Exception {
        VersionsFolder folder = new VersionsFolder(root.resolve("migrations/versions"));
        folder.migration(R1, null, "create chats", "CREATE TABLE chats (id INTEGER PRIMARY KEY)", "DROP TABLE chats");
        folder.migration(
                R2,
                R1,
                "add token usage",
                List.of("CREATE TABLE token_usage (id INTEGER PRIMARY KEY)", "INSERT INTO no_such_table VALUES (1)"),
                List.of("DROP TABLE token_usage"));
        MigrationSet set = new MigrationLoader().load(folder.dir());
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            MigrationRunner runner = new MigrationRunner(set, TestBackends.withoutTransactionalDdl(kind));

            MigrationFailedException e = assertThrows(
                    MigrationFailedException.class, () -> runner.upgrade(c, "head", MigrationListener.NONE));

            assertFalse(e.rolledBack());
            assertTrue(
                    e.getMessage().startsWith("Upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b (add token usage) failed: "),
                    e.getMessage());
            assertTrue(
                    e.getMessage()
                            .endsWith(
                                    "; this database commits DDL as it runs, so autogen_version still says"
                                            + " 9d1c0b7a2e55 (the last revision fully applied) and 1 statement of 3f2a9c1d7e4b ran and remains:"
                                            + " `CREATE TABLE token_usage (id INTEGER PRIMARY KEY)`; autogen_version_progress records it, so a"
                                            + " rerun skips it and continues with statement 2: fix the migration, leaving what ran as it is, and"
                                            + " run again (or undo it by hand and delete the row for 3f2a9c1d7e4b from autogen_version_progress)"),
                    e.getMessage());
            assertTrue(
                    e.getMessage()
                            .toLowerCase(Locale.ROOT)
                            .contains("[statement: insert into no_such_table values (1)]"),
                    e.getMessage());
            assertEquals(List.of("CREATE TABLE token_usage (id INTEGER PRIMARY KEY)"), e.remainingStatements());
            assertEquals(List.of(R1), versionRows(c));
            assertTrue(tableExists(c, "token_usage"), "auto-committed DDL stays");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void databaseAtAnUnknownRevisionIsReported(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            MigrationRunner runner = runner(db, chain);
            runner.upgrade(c, "+1", MigrationListener.NONE);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE autogen_version SET version_num = 'abcdef012345'");
            }

            UnknownRevisionException e = assertThrows(
                    UnknownRevisionException.class, () -> runner.upgrade(c, "head", MigrationListener.NONE));

            assertTrue(
                    e.getMessage().startsWith("The database is at revision abcdef012345, which is not in "),
                    e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void twoHeadsRefuseUpgradeToHead(String kind) throws Exception {
        VersionsFolder folder = new VersionsFolder(root.resolve("migrations/versions"));
        folder.migration(R1, null, "create chats", "CREATE TABLE chats (id INTEGER)", "DROP TABLE chats");
        folder.migration(R2, R1, "add token usage", "CREATE TABLE token_usage (id INTEGER)", "DROP TABLE token_usage");
        folder.migration("77aa00bb11cc", R1, "add users", "CREATE TABLE users (id INTEGER)", "DROP TABLE users");
        MigrationSet set = new MigrationLoader().load(folder.dir());
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            MigrationRunner runner = runner(db, set);

            MultipleHeadsException e =
                    assertThrows(MultipleHeadsException.class, () -> runner.upgrade(c, "head", MigrationListener.NONE));

            assertEquals(2, e.heads().size());
            assertTrue(
                    e.getMessage().contains(R2 + " (" + folder.dir().resolve(R2 + "_add_token_usage.java") + ")"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("merge them"), e.getMessage());
            assertFalse(tableExists(c, "chats"));
        }
    }

    static List<String> versionRows(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version_num FROM autogen_version ORDER BY version_num")) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet r = meta.getTables(c.getCatalog(), c.getSchema(), table, new String[] {"TABLE"})) {
            while (r.next()) {
                if (r.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
        }
        return false;
    }
}
