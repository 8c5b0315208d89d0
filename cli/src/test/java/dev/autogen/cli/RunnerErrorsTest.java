package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runner's errors on the command line, each one line on stderr with exit code 2: the lock timeout, offline SQL
 * ranges and dialects, one transaction per run, and migrations that cannot be loaded.
 */
class RunnerErrorsTest {

    static final String R1 = "9d1c0b7a2e55";
    static final String R2 = "3f2a9c1d7e4b";

    @TempDir
    Path dir;

    private Cli cli;
    private String sqlite;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        sqlite = "jdbc:sqlite:" + dir.resolve("app.db");
        cli.run("init").ok();
    }

    private Path migration(String id, String revises, String message, String upgrade) throws Exception {
        Path file = dir.resolve("migrations/versions/" + id + "_" + message.replace(' ', '_') + ".java");
        Files.writeString(
                file,
                """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                import static dev.autogen.runtime.Schema.*;
                import static dev.autogen.runtime.Types.*;

                @Revision(id = "%s", revises = {%s}, message = "%s")
                final class M_%s_%s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {}
                }
                """.formatted(
                                id,
                                revises == null ? "" : "\"" + revises + "\"",
                                message,
                                id,
                                Math.abs(file.getFileName().hashCode()),
                                upgrade),
                StandardCharsets.UTF_8);
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void lockHeldByAnotherRunLongerThanTheTimeout(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind);
                Connection holder = db.connect();
                Statement s = holder.createStatement()) {
            migration(R1, null, "create chats", "op.execute(\"CREATE TABLE chats (id INTEGER PRIMARY KEY)\");");
            cli.run("--url", db.url(), "upgrade", "-q").ok();
            migration(R2, R1, "create users", "op.execute(\"CREATE TABLE users (id INTEGER PRIMARY KEY)\");");
            s.execute(
                    kind.equals("sqlite")
                            ? "BEGIN IMMEDIATE"
                            : "SELECT pg_advisory_lock(1095189838, hashtext(current_schema() || '.autogen_version'))");

            Cli.Result result = cli.run("--url", db.url(), "upgrade", "head", "--lock-timeout", "1");

            String message = result.userError();
            assertTrue(
                    message.startsWith("Another migration run kept the database locked for longer than the lock"
                            + " timeout (1 s): "
                            + (kind.equals("sqlite")
                                    ? "another run kept the SQLite database locked for longer than its busy_timeout (1000 ms)"
                                    : "another run holds the migration lock (PostgreSQL advisory lock 1095189838/")),
                    message);
            assertTrue(
                    message.endsWith("; let it finish and run again, or allow a longer wait (--lock-timeout SECONDS,"
                            + " or lockTimeout(..) in the API)"),
                    message);
            assertEquals("", result.out());
            assertEquals(
                    R1 + "\n", cli.run("--url", db.url(), "current").ok().out().replace(" (head)", ""));
        }
    }

    @Test
    void negativeLockTimeout() {
        assertEquals(
                "--lock-timeout must be 0 or more seconds, not -1",
                cli.run("--url", sqlite, "upgrade", "--lock-timeout", "-1").userError());
    }

    @Test
    void aRangeIsForOfflineSqlOnly() throws Exception {
        migration(R1, null, "create chats", "op.execute(\"CREATE TABLE chats (id INTEGER PRIMARY KEY)\");");
        assertEquals(
                "a FROM:TO target (base:head) is for --sql, where no database says where it is; add --sql, or give"
                        + " only the target revision",
                cli.run("--url", sqlite, "upgrade", "base:head").userError());
        assertEquals(
                "a FROM:TO target (head:base) is for --sql, where no database says where it is; add --sql, or give"
                        + " only the target revision",
                cli.run("--url", sqlite, "downgrade", "head:base").userError());
    }

    @Test
    void offlineDowngradeNeedsWhereTheDatabaseIs() throws Exception {
        migration(R1, null, "create chats", "op.execute(\"CREATE TABLE chats (id INTEGER PRIMARY KEY)\");");
        Cli.Result result = cli.run("--url", sqlite, "downgrade", "base", "--sql");
        assertEquals(
                "downgrade --sql needs the revision the database is at, as FROM:TO (for example head:base or"
                        + " 3f2a9c1d7e4b:9d1c0b7a2e55): without a connection it cannot be read",
                result.userError());
        assertEquals("", result.out());
        assertEquals(
                "Range :head needs both ends, FROM:TO (for example base:head or 9d1c0b7a2e55:3f2a9c1d7e4b)",
                cli.run("--url", sqlite, "upgrade", ":head", "--sql").userError());
    }

    @Test
    void offlineSqlNeedsADatabaseKindItKnows() throws Exception {
        migration(R1, null, "create chats", "op.execute(\"CREATE TABLE chats (id INTEGER PRIMARY KEY)\");");
        String message =
                cli.run("--url", "jdbc:derby:memory:app", "upgrade", "--sql").userError();
        assertTrue(message.startsWith("no dialect for JDBC URL 'jdbc:derby:memory:app'; supported: "), message);
        assertTrue(message.endsWith("; --sql writes SQL for the database kind the URL names"), message);
        assertEquals(
                "no database URL; pass --url, set AUTOGEN_URL or DATABASE_URL, or set 'url' in autogen.properties",
                new Cli(dir)
                        .run("--config", writeConfig("migrations=migrations").toString(), "upgrade", "--sql")
                        .userError());
    }

    @Test
    void offlineSqlCannotRebuildATableMadeByRawSql() throws Exception {
        migration(
                R1,
                null,
                "raw notes",
                "op.execute(\"CREATE TABLE notes (id INTEGER PRIMARY KEY, body VARCHAR(10))\");");
        migration(R2, R1, "widen body", "op.alterColumn(\"notes\", \"body\", from(VARCHAR(10)), to(VARCHAR(20)));");
        String message = cli.run("--url", sqlite, "upgrade", "--sql").userError();
        assertTrue(
                message.startsWith("Cannot write the SQL of upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, widen body without a"
                        + " database: SQLite cannot alter_column on table notes with ALTER TABLE"),
                message);
        assertTrue(message.endsWith("; run this migration against the database instead of with --sql"), message);
        assertTrue(Files.notExists(dir.resolve("app.db")), "--sql connected");
    }

    @Test
    void transactionPerRunRollsBackTheRunAndSaysSo() throws Exception {
        migration(R1, null, "create chats", "op.execute(\"CREATE TABLE chats (id INTEGER PRIMARY KEY)\");");
        migration(R2, R1, "broken", "op.execute(\"INSERT INTO no_such_table VALUES (1)\");");
        Cli.Result result = cli.run("--url", sqlite, "upgrade", "--transaction-per-run");
        String message = result.userError();
        assertTrue(
                message.startsWith("Upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b (broken) failed and the run's transaction was"
                        + " rolled back, 9d1c0b7a2e55 included; the database stays at base: "),
                message);
        assertTrue(
                message.endsWith("[statement: INSERT INTO no_such_table VALUES (1)]; fix the migration and run again"),
                message);
        assertEquals(
                "Running upgrade  -> 9d1c0b7a2e55, create chats\n"
                        + "Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, broken\n",
                result.out());
        assertEquals(
                "base (no migration applied)\n",
                cli.run("--url", sqlite, "current").ok().out());
    }

    @Test
    void whereDdlCommitsAsItRunsTheErrorListsWhatStays() throws Exception {
        String h2 = "jdbc:h2:file:" + dir.resolve("h2db");
        migration(R1, null, "create chats", "op.execute(\"CREATE TABLE chats (id INTEGER PRIMARY KEY)\");");
        migration(R2, R1, "add users", """
                op.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
                        op.execute("INSERT INTO no_such_table VALUES (1)");""");
        Cli.Result result = cli.run("--url", h2, "upgrade");
        String message = result.userError();
        assertTrue(message.startsWith("Upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b (add users) failed: "), message);
        assertTrue(message.contains("[statement: INSERT INTO no_such_table VALUES (1)]"), message);
        assertTrue(
                message.endsWith("; this database commits DDL as it runs, so autogen_version still says 9d1c0b7a2e55"
                        + " (the last revision fully applied) and 1 statement of 3f2a9c1d7e4b ran and remains:"
                        + " `CREATE TABLE users (id INTEGER PRIMARY KEY)`; autogen_version_progress records it, so a rerun skips"
                        + " it and continues with statement 2: fix the migration, leaving what ran as it is, and run again (or"
                        + " undo it by hand and delete the row for 3f2a9c1d7e4b from autogen_version_progress)"),
                message);
        assertEquals(
                R1 + "\nplus 1 statement of an unfinished upgrade of 3f2a9c1d7e4b (the last: `CREATE TABLE users"
                        + " (id INTEGER PRIMARY KEY)`); the next upgrade through 3f2a9c1d7e4b resumes after it\n",
                cli.run("--url", h2, "current").ok().out());

        // a statement that ran was edited since: the rerun refuses to guess where to continue
        migration(R2, R1, "add users", """
                op.execute("CREATE TABLE users (id BIGINT PRIMARY KEY)");
                        op.execute("INSERT INTO users VALUES (1)");""");
        message = cli.run("--url", h2, "upgrade").userError();
        assertTrue(
                message.startsWith("Upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b (add users) failed: the migration is not the"
                        + " one an earlier run applied 1 statement of (the calls on op up to where it stopped differ): restore"
                        + " it as it was to resume, or undo those statements by hand and delete the row for 3f2a9c1d7e4b from"
                        + " autogen_version_progress; "),
                message);

        // the failed statement fixed, the one that ran left as it was: the rerun continues after it
        migration(R2, R1, "add users", """
                op.execute("CREATE TABLE users (id INTEGER PRIMARY KEY)");
                        op.execute("INSERT INTO users VALUES (1)");""");
        assertEquals(
                "Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, add users\n"
                        + "  Resuming after statement 1, where an earlier run stopped: it is not run again (the last:"
                        + " `CREATE TABLE users (id INTEGER PRIMARY KEY)`)\n",
                cli.run("--url", h2, "upgrade").ok().out());
        assertEquals(R2 + " (head)\n", cli.run("--url", h2, "current").ok().out());
    }

    @Test
    void twoFilesClaimingOneRevisionAreNamed() throws Exception {
        Path first =
                migration(R1, null, "create chats", "op.execute(\"CREATE TABLE chats (id INTEGER PRIMARY KEY)\");");
        Path second =
                migration(R1, null, "create users", "op.execute(\"CREATE TABLE users (id INTEGER PRIMARY KEY)\");");
        for (String command : new String[] {"upgrade", "history"}) {
            assertEquals(
                    "Revision " + R1 + " is declared twice, in " + first + " and in " + second + ": give one of them"
                            + " a new id (and update the revises of any migration that follows it)",
                    cli.run("--url", sqlite, command).userError(),
                    command);
        }
        assertEquals(
                "Revision " + R1 + " is declared twice, in " + first + " and in " + second + ": give one of them"
                        + " a new id (and update the revises of any migration that follows it)",
                cli.run("--url", sqlite, "upgrade", "--sql").userError());
    }

    private Path writeConfig(String content) throws Exception {
        Path config = dir.resolve("other.properties");
        Files.writeString(config, content + "\n");
        return config;
    }
}
