package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MariaDB with a session that is not strict ({@code sessionVariables=sql_mode=''} in the URL, as on a server configured
 * so): Autogen's own statements still run in strict mode, so a change that would truncate or invent values fails
 * with the rows intact instead of succeeding with exit 0.
 */
class MariaDbStrictModeTest {

    static final String R1 = "9d1c0b7a2e55";
    static final String R2 = "3f2a9c1d7e4b";
    static final String LONG = "this value is longer than ten";

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        cli.run("init").ok();
    }

    /** The test database's URL with a session that is not strict. */
    private static String lenient(Db db) {
        return db.url() + (db.url().contains("?") ? "&" : "?") + "sessionVariables=sql_mode=''";
    }

    @Test
    void narrowingThatWouldTruncateFails() throws Exception {
        try (Db db = TestDatabases.mariadb()) {
            migration(
                    R1,
                    null,
                    "notes",
                    "op.createTable(\"notes\", column(\"id\", BIGINT).notNull(),"
                            + " column(\"body\", VARCHAR(255)), primaryKey(\"id\"));",
                    "op.dropTable(\"notes\");");
            migration(
                    R2,
                    R1,
                    "narrow body",
                    "op.alterColumn(\"notes\", \"body\", from(VARCHAR(255)), to(VARCHAR(10)));",
                    "op.alterColumn(\"notes\", \"body\", from(VARCHAR(10)), to(VARCHAR(255)));");
            String url = lenient(db);
            cli.run("--url", url, "upgrade", R1, "-q").ok();
            execute(db, "INSERT INTO notes VALUES (1, '" + LONG + "')");

            Cli.Result result = cli.run("--url", url, "upgrade", "head");

            String message = result.userError();
            assertTrue(message.contains("Data too long for column 'body'"), message);
            assertEquals(List.of(LONG), strings(db, "SELECT body FROM notes"));
            assertEquals(
                    List.of("varchar(255)"),
                    strings(
                            db,
                            "SELECT column_type FROM information_schema.columns"
                                    + " WHERE table_schema = DATABASE() AND table_name = 'notes' AND column_name = 'body'"));
            assertEquals(List.of(R1), strings(db, "SELECT version_num FROM autogen_version"));
        }
    }

    @Test
    void notNullOverNullsFails() throws Exception {
        try (Db db = TestDatabases.mariadb()) {
            migration(
                    R1,
                    null,
                    "notes",
                    "op.createTable(\"notes\", column(\"id\", BIGINT).notNull(),"
                            + " column(\"body\", VARCHAR(255)), primaryKey(\"id\"));",
                    "op.dropTable(\"notes\");");
            migration(
                    R2,
                    R1,
                    "body required",
                    "op.alterColumn(\"notes\", \"body\", from(VARCHAR(255)), to(VARCHAR(255)).notNull());",
                    "op.alterColumn(\"notes\", \"body\", from(VARCHAR(255)).notNull(), to(VARCHAR(255)));");
            String url = lenient(db);
            cli.run("--url", url, "upgrade", R1, "-q").ok();
            execute(db, "INSERT INTO notes VALUES (1, NULL)");

            String message = cli.run("--url", url, "upgrade", "head").userError();

            // what MariaDB says in strict mode for a NULL that NOT NULL would have made ''
            assertTrue(
                    message.contains("Data truncated for column 'body' at row 1 [statement: alter table notes modify"
                            + " column body varchar(255) not null]"),
                    message);
            assertEquals(List.of("null"), strings(db, "SELECT COALESCE(body, 'null') FROM notes"));
            assertEquals(
                    List.of("YES"),
                    strings(
                            db,
                            "SELECT is_nullable FROM information_schema.columns"
                                    + " WHERE table_schema = DATABASE() AND table_name = 'notes' AND column_name = 'body'"));
            assertEquals(List.of(R1), strings(db, "SELECT version_num FROM autogen_version"));
        }
    }

    @Test
    void downgradeAfterAWideningFailsRatherThanTruncate() throws Exception {
        try (Db db = TestDatabases.mariadb()) {
            migration(
                    R1,
                    null,
                    "notes",
                    "op.createTable(\"notes\", column(\"id\", BIGINT).notNull(),"
                            + " column(\"body\", VARCHAR(10)), primaryKey(\"id\"));",
                    "op.dropTable(\"notes\");");
            migration(
                    R2,
                    R1,
                    "widen body",
                    "op.alterColumn(\"notes\", \"body\", from(VARCHAR(10)), to(VARCHAR(255)));",
                    "op.alterColumn(\"notes\", \"body\", from(VARCHAR(255)), to(VARCHAR(10)));");
            String url = lenient(db);
            cli.run("--url", url, "upgrade", "head", "-q").ok();
            execute(db, "INSERT INTO notes VALUES (1, '" + LONG + "')");

            String message = cli.run("--url", url, "downgrade", "-1").userError();

            assertTrue(message.contains("Data too long for column 'body'"), message);
            assertEquals(List.of(LONG), strings(db, "SELECT body FROM notes"));
            assertEquals(List.of(R2), strings(db, "SELECT version_num FROM autogen_version"));
        }
    }

    @Test
    void aStatementBeyondTheDatabasesCharacterSetStillRecordsItsProgress() throws Exception {
        // the progress row keeps the statement for messages; a latin1 database must hold it whatever the statement says
        try (Db db = TestDatabases.mariadb()) {
            execute(db, "ALTER DATABASE " + db.schema() + " CHARACTER SET latin1");
            migration(
                    R1,
                    null,
                    "notes",
                    "op.createTable(\"notes\", column(\"id\", BIGINT).notNull(),"
                            + " primaryKey(\"id\"), tableComment(\"caf\u00e9 \uD83D\uDE80 \u6f22\"));",
                    "op.dropTable(\"notes\");");

            cli.run("--url", db.url(), "upgrade", "head", "-q").ok();

            assertEquals(
                    List.of("caf\u00e9 ? \u6f22"),
                    strings(
                            db,
                            "SELECT table_comment FROM information_schema.tables"
                                    + " WHERE table_schema = DATABASE() AND table_name = 'notes'"));
            assertEquals(List.of(R1), strings(db, "SELECT version_num FROM autogen_version"));
        }
    }

    @Test
    void theApplicationsSqlModeIsRestored() throws Exception {
        // the session's sql_mode after a run on a connection the caller owns is what it was before
        try (Db db = TestDatabases.mariadb();
                Connection c = DriverManager.getConnection(lenient(db))) {
            migration(
                    R1,
                    null,
                    "notes",
                    "op.createTable(\"notes\", column(\"id\", BIGINT).notNull()," + " primaryKey(\"id\"));",
                    "op.dropTable(\"notes\");");
            dev.autogen.runtime.internal.migration.MigrationRunner runner =
                    new dev.autogen.runtime.internal.migration.MigrationRunner(
                            new dev.autogen.runtime.internal.migration.load.MigrationLoader()
                                    .load(dir.resolve("migrations/versions")),
                            dev.autogen.runtime.internal.migration.MigrationBackend.detect(c));
            runner.upgrade(c, "head", dev.autogen.runtime.internal.migration.MigrationListener.NONE);
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT @@SESSION.sql_mode")) {
                rs.next();
                assertEquals("", rs.getString(1));
            }
        }
    }

    private void migration(String id, String revises, String message, String upgrade, String downgrade)
            throws Exception {
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
                final class M_%s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                        %s
                    }
                }
                """.formatted(id, revises == null ? "" : "\"" + revises + "\"", message, id, upgrade, downgrade),
                StandardCharsets.UTF_8);
    }

    static void execute(Db db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(lenient(db));
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static List<String> strings(Db db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
