package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.cli.roundtrip.VersionedSources;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
import org.h2.tools.RunScript;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Offline scripts that drop the check constraints Hibernate leaves unnamed, whose names only the database knows
 * (MariaDB: the column's, or {@code CONSTRAINT_n}; H2: {@code CONSTRAINT_xx}; PostgreSQL: {@code t_col_check}).
 */
class OfflineUnnamedChecksTest {

    @TempDir
    Path dir;

    /**
     * An enum whose mapping changes, upgraded and downgraded through {@code --sql} scripts fed to the database's own
     * client (H2: its script tool): v2 turns {@code status} from names (a native enum) into ordinals (a {@code tinyint} with Hibernate's
     * unnamed column check) and {@code grade} the other way, so the upgrade drops {@code grade}'s unnamed check and
     * the downgrade {@code status}'s; v5 and v6 add constants, which drops an ordinal column's check and adds a wider
     * one. Each script keeps what the rows mean, and {@code check} then finds nothing to change.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb", "h2", "postgresql", "sqlite"})
    void enumMappingChangesUpgradeAndDowngradeOfflineWithTheirUnnamedChecks(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            cli(db, null, "init", dir.resolve("migrations").toString());
            revise(db, 1);
            cli(db, null, "upgrade", "head", "-q");
            execute(
                    db,
                    "insert into job (id, status, grade, kind, amount) values (1, 'A', 0, 'X', 1.5),"
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
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> execute(db, "insert into job (id, status, grade, kind, amount) values (6, 0, 'A', 2, 6)"));
            assertTrue(refused.getMessage().toLowerCase(Locale.ROOT).contains("constraint"), refused::getMessage);
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

    /** The script through the database's own client; for H2, its script tool ({@code org.h2.tools.RunScript}). */
    private void feedOk(Db db, String script) throws Exception {
        if (db.kind().equals("h2")) {
            Path file = Files.writeString(dir.resolve("deploy.sql"), script, StandardCharsets.UTF_8);
            RunScript.execute(db.url(), "", "", file.toString(), StandardCharsets.UTF_8, false);
        } else {
            DatabaseClients.feed(db, dir, script);
        }
    }

    private static List<String> jobs(Db db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
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
        all.addAll(List.of(
                "--url", db.url(), "--migrations", dir.resolve("migrations").toString()));
        if (entities != null) {
            all.addAll(List.of("--entities", entities.toString(), "--package", "model"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, () -> String.join(" ", all) + "\n" + out + err);
        return out.toString();
    }

    private static void execute(Db db, String sql) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> strings(Db db, String sql) throws SQLException {
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
