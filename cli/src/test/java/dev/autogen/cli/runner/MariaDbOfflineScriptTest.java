package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.cli.roundtrip.VersionedSources;
import dev.autogen.runtime.testing.TestDatabases;
import dev.autogen.runtime.testing.TestDatabases.Db;
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
                op.createTable("notes", column("id", BIGINT).notNull(), column("body", VARCHAR(255)), primaryKey("id"));""",
                "op.dropTable(\"notes\");");
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

    /**
     * An enum whose mapping changes, upgraded and downgraded through {@code --sql} scripts fed to the {@code mariadb}
     * client: v2 turns {@code status} from names (a native enum) into ordinals (a {@code tinyint} with Hibernate's
     * unnamed column check) and {@code grade} the other way, so the upgrade drops {@code grade}'s unnamed check and
     * the downgrade {@code status}'s; v5 and v6 add constants, which drops an ordinal column's check and adds a wider
     * one. Each script keeps what the rows mean, and {@code check} then finds nothing to change.
     */
    @Test
    void enumMappingChangesUpgradeAndDowngradeOfflineWithTheirUnnamedChecks() throws Exception {
        try (Db db = TestDatabases.mariadb()) {
            cli(db, null, "init", dir.resolve("migrations").toString());
            revise(db, 1);
            cli(db, null, "upgrade", "head", "-q");
            execute(db, "insert into job (id, status, grade, kind, amount) values (1, 'A', 0, 'X', 1.5),"
                    + " (2, 'B', 1, 'Y', 2), (3, 'C', 2, 'Z', 3), (4, NULL, NULL, 'X', 4)");
            List<String> v1 = List.of("1 A 0", "2 B 1", "3 C 2", "4 null null");
            assertEquals(v1, jobs(db));

            revise(db, 2);
            feedOk(db, cli(db, null, "upgrade", rev(1) + ":" + rev(2), "--sql"));
            assertEquals(List.of("1 2 C", "2 1 B", "3 0 A", "4 null null"), jobs(db));
            assertAt(db, 2);

            feedOk(db, cli(db, null, "downgrade", rev(2) + ":" + rev(1), "--sql"));
            assertEquals(v1, jobs(db));
            assertAt(db, 1);

            // v3: kind by ordinal (a new unnamed check), v4: Z removed (its check narrowed), online
            cli(db, null, "upgrade", "head", "-q");
            revise(db, 3);
            cli(db, null, "upgrade", "head", "-q");
            execute(db, "delete from job where id = 3");
            revise(db, 4);
            cli(db, null, "upgrade", "head", "-q");
            List<String> v4 = List.of("1 2 C", "2 1 B", "4 null null");
            assertEquals(v4, jobs(db));
            assertEquals(List.of("0", "1", "0"), strings(db, "select kind from job order by id"));

            // v5: kind gains W, v6: Status gains D (grade's native enum and status's check widen), offline
            revise(db, 5);
            feedOk(db, cli(db, null, "upgrade", rev(4) + ":" + rev(5), "--sql"));
            assertAt(db, 5);
            revise(db, 6);
            feedOk(db, cli(db, null, "upgrade", rev(5) + ":" + rev(6), "--sql"));
            assertAt(db, 6);
            execute(db, "insert into job (id, status, grade, kind, amount) values (5, 3, 'D', 2, 5)");
            assertEquals(List.of("1 2 C", "2 1 B", "4 null null", "5 3 D"), jobs(db));

            execute(db, "delete from job where id = 5");
            feedOk(db, cli(db, null, "downgrade", rev(6) + ":" + rev(4), "--sql"));
            assertAt(db, 4);
            assertEquals(v4, jobs(db));
            // the narrower checks are back: a value only v5 allows is refused
            SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> execute(db, "insert into job (id, status, grade, kind, amount) values (6, 0, 'A', 2, 6)"));
            assertTrue(refused.getMessage().contains("CONSTRAINT"), refused::getMessage);
        }
    }

    private static String rev(int v) {
        return "e0000000000" + v;
    }

    /** Autogenerates revision {@code rev(v)} from version {@code v} of the {@code enums} model and checks it applies. */
    private void revise(Db db, int v) throws Exception {
        Path entities = entities(v);
        cli(db, entities, "revision", "--autogenerate", "-m", "v" + v, "--rev-id", rev(v));
    }

    private Path entities(int v) throws Exception {
        return VersionedSources.compile("enums", List.of("Job"), v, dir.resolve("classes-v" + v));
    }

    /** The database at revision {@code rev(v)}, and {@code check} finding nothing to change there. */
    private void assertAt(Db db, int v) throws Exception {
        assertEquals(List.of(rev(v)), strings(db, "SELECT version_num FROM autogen_version"));
        String check = cli(db, entities(v), "check");
        assertTrue(check.contains("No changes"), check);
    }

    private void feedOk(Db db, String script) throws Exception {
        ExternalProcess.Outcome fed = mariadb(db, script, "--default-character-set=utf8mb4");
        assertEquals(0, fed.code(), () -> fed + "\n" + script);
        assertEquals("", fed.err(), fed::toString);
    }

    private static List<String> jobs(Db db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, status, grade from job order by id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    /** The command line in-process with the migrations folder (and entities, when given); returns stdout. */
    private String cli(Db db, Path entities, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--migrations", dir.resolve("migrations").toString()));
        if (entities != null) {
            all.addAll(List.of("--entities", entities.toString(), "--package", "model"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, code, () -> String.join(" ", all) + "\n" + out + err);
        return out.toString();
    }

    /** Runs the command line in-process against {@code db}; returns stdout, failing on any error. */
    String autogen(Db db, String... args) {
        List<String> all = new ArrayList<>(List.of("--url", db.url()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true),
                new PrintWriter(err, true));
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
            String user = Arrays.stream(server.getQuery().split("&")).filter(p -> p.startsWith("user="))
                    .map(p -> p.substring("user=".length())).findFirst().orElse("root");
            List<String> command = new ArrayList<>(List.of("mariadb", "--batch", "-h", server.getHost(),
                    "-P", String.valueOf(server.getPort() < 0 ? 3306 : server.getPort()), "-u", user));
            command.addAll(List.of(options));
            command.add(db.schema());
            return ExternalProcess.run(command, dir, Map.of(), file);
        }
    }

    static void execute(Db db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static List<String> strings(Db db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
