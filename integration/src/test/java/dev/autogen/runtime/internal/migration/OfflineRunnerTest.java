package dev.autogen.runtime.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.runtime.internal.migration.error.InvalidTargetException;
import dev.autogen.runtime.internal.migration.error.OfflineSqlException;
import dev.autogen.runtime.internal.migration.error.UnsupportedDatabaseException;
import dev.autogen.runtime.internal.migration.load.MigrationLoader;
import dev.autogen.runtime.internal.migration.load.MigrationSet;
import dev.autogen.runtime.internal.migration.version.VersionTable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline script's shape: version-table statements, transactions, ranges, and SQLite rebuilds from the replayed
 * model. Running the scripts through psql and sqlite3 is tested in the cli module ({@code OfflineSqlTest}).
 */
class OfflineRunnerTest {

    static final String R1 = "9d1c0b7a2e55";
    static final String R2 = "3f2a9c1d7e4b";
    static final String R3 = "3fc05b2d4a19";

    @TempDir
    static Path shared;

    @TempDir
    Path root;

    static MigrationSet chain;

    @BeforeAll
    static void compile() {
        VersionsFolder folder = new VersionsFolder(shared.resolve("migrations/versions"));
        writeChain(folder);
        chain = new MigrationLoader().load(folder.dir());
    }

    /** create chats; add token usage (a foreign key, an index); widen the title (a rebuild on SQLite). */
    static void writeChain(VersionsFolder folder) {
        MigrationSafetyTest.source(folder, R1, null, "create chats", """
                op.createTable("chats", column("id", BIGINT).notNull().identity(), column("title", VARCHAR(100)),
                        primaryKey("id"));""", "op.dropTable(\"chats\");");
        MigrationSafetyTest.source(folder, R2, R1, "add token usage", """
                op.createTable("token_usage", column("id", BIGINT).notNull().identity(),
                        column("chat_id", BIGINT).notNull(), column("tokens", INTEGER), primaryKey("id"),
                        foreignKey("fk_usage_chat", "chat_id").references("chats", "id"));
                op.createIndex("token_usage", index("idx_usage_chat", "chat_id"));""", """
                op.dropIndex("token_usage", "idx_usage_chat");
                op.dropTable("token_usage");""");
        MigrationSafetyTest.source(folder, R3, R2, "widen title", """
                op.alterColumn("chats", "title", from(VARCHAR(100)), to(VARCHAR(200)).notNull().serverDefault("'untitled'"));
                op.addColumn("token_usage", column("model", VARCHAR(50)));""", """
                op.dropColumn("token_usage", "model");
                op.alterColumn("chats", "title", from(VARCHAR(200)).notNull().serverDefault("'untitled'"), to(VARCHAR(100)));""");
    }

    private static OfflineRunner runner(String dialect, boolean perRun) {
        return new OfflineRunner(
                chain,
                Dialects.forName(dialect),
                new VersionTable(),
                RunOptions.defaults().withTransactionPerRun(perRun));
    }

    /** The history table, created where missing by every script. */
    static final String HISTORY = "CREATE TABLE IF NOT EXISTS autogen_version_history (revision VARCHAR(32) NOT NULL,"
            + " checksum VARCHAR(64), applied_at TIMESTAMP NULL, applied_by VARCHAR(128), duration_ms BIGINT, source_sha256 VARCHAR(64),"
            + " CONSTRAINT autogen_version_history_pkc PRIMARY KEY (revision));";

    @Test
    void upgradeFromBaseCreatesTheVersionTableAndCommitsEachMigration() {
        String script = runner("postgresql", false).upgrade("head", MigrationListener.NONE);
        List<String> lines = script.lines().toList();

        assertEquals("-- Autogen offline upgrade from base to " + R3 + " (postgresql)", lines.get(0));
        assertEquals(
                "CREATE TABLE IF NOT EXISTS autogen_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT"
                        + " autogen_version_pkc PRIMARY KEY (version_num));",
                lines.get(1));
        assertEquals(HISTORY, lines.get(2));
        assertInOrder(
                lines,
                "-- Running upgrade  -> 9d1c0b7a2e55, create chats",
                "BEGIN;",
                "INSERT INTO autogen_version (version_num) VALUES ('9d1c0b7a2e55');",
                "DELETE FROM autogen_version_history WHERE revision = '9d1c0b7a2e55';",
                "COMMIT;",
                "-- Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, add token usage",
                "BEGIN;",
                "UPDATE autogen_version SET version_num = '3f2a9c1d7e4b' WHERE version_num = '9d1c0b7a2e55';",
                "COMMIT;",
                "-- Running upgrade 3f2a9c1d7e4b -> 3fc05b2d4a19, widen title",
                "BEGIN;",
                "UPDATE autogen_version SET version_num = '3fc05b2d4a19' WHERE version_num = '3f2a9c1d7e4b';",
                "COMMIT;");
        assertEquals(3, count(lines, "BEGIN;"));
        assertTrue(lines.stream().allMatch(l -> l.isEmpty() || l.startsWith("-- ") || l.endsWith(";")), script);
    }

    @Test
    void oneTransactionPerRun() {
        List<String> lines = runner("postgresql", true)
                .upgrade("head", MigrationListener.NONE)
                .lines()
                .toList();

        assertEquals(1, count(lines, "BEGIN;"));
        assertEquals(1, count(lines, "COMMIT;"));
        assertInOrder(
                lines,
                "BEGIN;",
                "-- Running upgrade  -> 9d1c0b7a2e55, create chats",
                "-- Running upgrade 3f2a9c1d7e4b -> 3fc05b2d4a19, widen title",
                "COMMIT;");
        assertEquals("COMMIT;", lines.get(lines.size() - 1));
    }

    @Test
    void sqliteRebuildsFromTheReplayedSchemaAndTurnsForeignKeysOffFirst() {
        String script = runner("sqlite", false).upgrade("head", MigrationListener.NONE);
        List<String> lines = script.lines().toList();

        assertEquals("PRAGMA foreign_keys = OFF;", lines.get(1));
        String widen = script.substring(script.indexOf("-- Running upgrade 3f2a9c1d7e4b -> 3fc05b2d4a19"));
        assertTrue(widen.contains("create table _autogen_tmp_chats as select * from chats;\n"), widen);
        assertTrue(widen.contains("insert into chats (id, title) select id, title from _autogen_tmp_chats;\n"), widen);
    }

    @Test
    void aRangeStartsFromItsFirstRevisionWithTheSchemaReplayedBelowIt() {
        String full = runner("sqlite", false).upgrade("base:head", MigrationListener.NONE);
        String fromR2 = runner("sqlite", false).upgrade(R2 + ":head", MigrationListener.NONE);
        String prefix = runner("sqlite", false).upgrade("3f2a:3fc0", MigrationListener.NONE);

        assertEquals(runner("sqlite", false).upgrade("head", MigrationListener.NONE), full);
        String tail = full.substring(full.indexOf("\n-- Running upgrade 3f2a9c1d7e4b"));
        assertEquals(
                "-- Autogen offline upgrade from 3f2a9c1d7e4b to 3fc05b2d4a19 (sqlite)\n"
                        + "PRAGMA foreign_keys = OFF;\n" + HISTORY + "\n" + tail,
                fromR2,
                "no version table created (the history table where missing), the rebuild knows chats");
        assertEquals(fromR2, prefix);
    }

    @Test
    void downgradeNamesWhereItStartsAndEndsAtAnEmptyVersionTable() {
        String script = runner("sqlite", false).downgrade("head:base", MigrationListener.NONE);
        List<String> lines = script.lines().toList();

        assertEquals("-- Autogen offline downgrade from 3fc05b2d4a19 to base (sqlite)", lines.get(0));
        assertFalse(script.contains("CREATE TABLE IF NOT EXISTS autogen_version "), script);
        assertEquals(HISTORY, lines.get(2), "a database an earlier release migrated gets the history table");
        assertInOrder(
                lines,
                "-- Running downgrade 3fc05b2d4a19 -> 3f2a9c1d7e4b, widen title",
                "UPDATE autogen_version SET version_num = '3f2a9c1d7e4b' WHERE version_num = '3fc05b2d4a19';",
                "DELETE FROM autogen_version_history WHERE revision = '3fc05b2d4a19';",
                "-- Running downgrade 3f2a9c1d7e4b -> 9d1c0b7a2e55, add token usage",
                "-- Running downgrade 9d1c0b7a2e55 -> , create chats",
                "DELETE FROM autogen_version WHERE version_num = '9d1c0b7a2e55';",
                "COMMIT;");
        String unwiden = script.substring(
                script.indexOf("-- Running downgrade 3fc05b2d4a19"),
                script.indexOf("-- Running downgrade 3f2a9c1d7e4b"));
        assertTrue(unwiden.contains("create table _autogen_tmp_chats as select * from chats;"), unwiden);
    }

    @Test
    void rangeErrors() {
        OfflineRunner runner = runner("postgresql", false);
        assertEquals(
                "downgrade --sql needs the revision the database is at, as FROM:TO (for example head:base or"
                        + " 3f2a9c1d7e4b:9d1c0b7a2e55): without a connection it cannot be read",
                assertThrows(InvalidTargetException.class, () -> runner.downgrade("base", MigrationListener.NONE))
                        .getMessage());
        assertEquals(
                "Range 9d1c: needs both ends, FROM:TO (for example base:head or 9d1c0b7a2e55:3f2a9c1d7e4b)",
                assertThrows(InvalidTargetException.class, () -> runner.upgrade("9d1c:", MigrationListener.NONE))
                        .getMessage());
        assertTrue(
                assertThrows(InvalidTargetException.class, () -> runner.upgrade(R3 + ":" + R1, MigrationListener.NONE))
                        .getMessage()
                        .startsWith("Cannot upgrade to"));
    }

    @Test
    void aRebuildOfATableMadeByRawSqlCannotBeWrittenOffline() {
        VersionsFolder folder = new VersionsFolder(root.resolve("raw/versions"));
        MigrationSafetyTest.source(
                folder,
                R1,
                null,
                "raw table",
                "op.execute(\"CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(10))\");",
                "op.execute(\"DROP TABLE notes\");");
        MigrationSafetyTest.source(
                folder,
                R2,
                R1,
                "widen body",
                "op.alterColumn(\"notes\", \"body\", from(VARCHAR(10)), to(VARCHAR(20)));",
                "op.alterColumn(\"notes\", \"body\", from(VARCHAR(20)), to(VARCHAR(10)));");
        MigrationSet set = new MigrationLoader().load(folder.dir());

        OfflineSqlException e = assertThrows(
                OfflineSqlException.class,
                () -> new OfflineRunner(set, Dialects.forName("sqlite"), new VersionTable(), RunOptions.defaults())
                        .upgrade("head", MigrationListener.NONE));

        assertTrue(
                e.getMessage()
                        .startsWith("Cannot write the SQL of upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, widen body"
                                + " without a database: SQLite cannot alter_column on table notes with ALTER TABLE; rebuilding the table"
                                + " needs its current definition"),
                e.getMessage());
        assertTrue(
                e.getMessage().endsWith("; run this migration against the database instead of with --sql"),
                e.getMessage());
        // PostgreSQL needs no definition
        assertTrue(new OfflineRunner(set, Dialects.forName("postgresql"), new VersionTable(), RunOptions.defaults())
                .upgrade("head", MigrationListener.NONE)
                .contains("alter table notes alter column body"));
    }

    @Test
    void withADataSourceTheDialectMustBeGiven() {
        Migrator migrator = Migrator.builder()
                .dataSource(new org.sqlite.SQLiteDataSource())
                .migrations(chain)
                .build();
        assertEquals(
                "Offline SQL needs to know the database: give a JDBC URL, or the dialect (postgresql or sqlite)",
                assertThrows(UnsupportedDatabaseException.class, () -> migrator.upgradeSql("head"))
                        .getMessage());
        Migrator withDialect = Migrator.builder()
                .dataSource(new org.sqlite.SQLiteDataSource())
                .migrations(chain)
                .dialect(Dialects.forName("sqlite"))
                .build();
        assertTrue(withDialect
                .upgradeSql("head")
                .startsWith("-- Autogen offline upgrade from base to " + R3 + " (sqlite)"));
    }

    private static int count(List<String> lines, String line) {
        return (int) lines.stream().filter(line::equals).count();
    }

    /** Each expected line appears, in this order (other lines may come between). */
    static void assertInOrder(List<String> lines, String... expected) {
        int at = 0;
        for (String line : expected) {
            int found = lines.subList(at, lines.size()).indexOf(line);
            assertTrue(found >= 0, () -> "missing, in order: " + line + "\n" + String.join("\n", lines));
            at += found + 1;
        }
    }
}
