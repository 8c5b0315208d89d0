package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --sql} scripts for MariaDB fed to the {@code mariadb} client: they set up the session as an online run does
 * (strict {@code sql_mode}, {@code utf8mb4}), whatever the client's session starts with.
 */
class MariaDbOfflineScriptTest {

    static final String R1 = "9d1c0b7a2e55";
    static final String R2 = "3f2a9c1d7e4b";
    static final String LONG = "this value is longer than ten";

    @TempDir
    Path dir;

    @Test
    void aNarrowingScriptFailsInALenientClientSessionWithTheRowIntact() throws Exception {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        versions.write(R1, null, "notes", """
                op.createTable("notes", column("id", BIGINT).notNull(), column("body", VARCHAR(255)), primaryKey("id"));""", "op.dropTable(\"notes\");");
        versions.write(R2, R1, "narrow body", """
                op.alterColumn("notes", "body", from(VARCHAR(255)), to(VARCHAR(10)));""", """
                op.alterColumn("notes", "body", from(VARCHAR(10)), to(VARCHAR(255)));""");
        try (Db db = TestDatabases.mariadb()) {
            autogen(db, "upgrade", R1, "-q");
            execute(db, "INSERT INTO notes VALUES (1, '" + LONG + "')");
            String script = autogen(db, "upgrade", R1 + ":" + R2, "--sql");

            ExternalProcess.Outcome fed = mariadb(db, script, "--init-command=SET SESSION sql_mode=''");

            assertNotEquals(0, fed.code(), fed::toString);
            assertTrue(fed.err().contains("Data too long for column 'body'"), fed::toString);
            assertEquals(List.of(LONG), strings(db, "SELECT body FROM notes"));
            assertEquals(List.of(R1), strings(db, "SELECT version_num FROM autogen_version"));
        }
    }

    /** Runs the command line in-process against {@code db}; returns stdout, failing on any error. */
    String autogen(Db db, String... args) {
        List<String> all = new ArrayList<>(List.of("--url", db.url()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, () -> String.join(" ", all) + "\n" + out + err);
        assertEquals("", err.toString());
        return out.toString();
    }

    /** The script through the {@code mariadb} client (which stops at the first error), with extra client options. */
    ExternalProcess.Outcome mariadb(Db db, String script, String... options) throws Exception {
        return new Client(dir).feed(db, script, options);
    }

    /** The {@code mariadb} client on the test server, run in a folder. */
    record Client(Path dir) {

        ExternalProcess.Outcome feed(Db db, String script, String... options) throws Exception {
            Path file = Files.writeString(dir.resolve("deploy.sql"), script, StandardCharsets.UTF_8);
            URI server = URI.create(System.getenv(TestDatabases.MARIADB_URL_ENV).substring("jdbc:".length()));
            String user = Arrays.stream(server.getQuery().split("&"))
                    .filter(p -> p.startsWith("user="))
                    .map(p -> p.substring("user=".length()))
                    .findFirst()
                    .orElse("root");
            List<String> command = new ArrayList<>(List.of(
                    "mariadb",
                    "--batch",
                    "-h",
                    server.getHost(),
                    "-P",
                    String.valueOf(server.getPort() < 0 ? 3306 : server.getPort()),
                    "-u",
                    user));
            command.addAll(List.of(options));
            command.add(db.schema());
            return ExternalProcess.run(command, dir, Map.of(), file);
        }
    }

    static void execute(Db db, String sql) throws SQLException {
        try (Connection c = db.connect();
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
