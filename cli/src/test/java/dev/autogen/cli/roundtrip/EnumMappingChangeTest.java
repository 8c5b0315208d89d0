package dev.autogen.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.runtime.testing.TestDatabases;
import dev.autogen.runtime.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An enum column whose mapping changes keeps what its rows mean, on every database: {@code status} goes from
 * {@code @Enumerated(STRING)} to {@code ORDINAL} and {@code grade} the other way (v2), so 'B' must become 1 and 1 must
 * become 'B' (MariaDB's cast would give 2, which Hibernate reads as C); the downgrade converts back; each time
 * {@code check} then finds nothing. v3 turns {@code kind} from names into ordinals and a double into an int (1.5
 * becomes 2: destructive); v4 removes constant Z of {@code kind}; v5 adds constant W, a widening.
 */
class EnumMappingChangeTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite"})
    void storedValuesKeepTheirMeaning(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            assertEquals(0, cli(db, null, "init", dir.resolve("migrations").toString()).code);
            migrate(db, 1);
            exec(db, "insert into job (id, status, grade, kind, amount) values (1, 'A', 0, 'X', 1.5), (2, 'B', 1, 'Y', 2),"
                    + " (3, 'C', 2, 'Z', 3), (4, NULL, NULL, 'X', 4)");
            List<String> v1 = rows(db);
            assertEquals(List.of("1 A 0", "2 B 1", "3 C 2", "4 null null"), v1);

            Run plan = migrate(db, 2);
            assertTrue(plan.out.contains("'B' -> 1") && plan.out.contains("1 -> 'B'"), plan.out);
            assertEquals(List.of("1 0 A", "2 1 B", "3 2 C", "4 null null"), rows(db), "v2 on " + kind);

            Run down = cli(db, null, "downgrade", "-1");
            assertEquals(0, down.code, down.err);
            assertEquals(v1, rows(db), "downgrade from v2 on " + kind);
            assertEquals(0, cli(db, entities(1), "check").code);
            assertEquals(0, cli(db, null, "upgrade", "head").code);

            // names to ordinals through the constants, and a double rounded to an int: the latter is destructive
            Run destructive = cli(db, entities(3), "check", "--fail-on", "destructive");
            String amount = kind.equals("sqlite") ? "" : "amount";
            assertTrue(kind.equals("sqlite") ? destructive.code == 0 : destructive.code != 0 && destructive.out.toLowerCase(java.util.Locale.ROOT).contains(amount),
                    destructive.out + destructive.err);
            migrate(db, 3);
            assertEquals(List.of("0", "1", "2", "0"), column(db, "kind"), "kind by ordinal on " + kind);

            // v4: Z is gone; as ordinals, 2 has no constant any more: the range check then fails for the row holding it
            exec(db, "delete from job where id = 3");
            migrate(db, 4);
            // v5: a constant more is a widening everywhere
            Run widening = cli(db, entities(5), "check", "--fail-on", "data-dependent");
            assertEquals(0, widening.code, "adding a constant is safe on " + kind + ":\n" + widening.out + widening.err);
        }
    }

    /** v1 to v2 of the names: the native enum loses a value where the database has enum types. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb", "h2"})
    void aRemovedConstantIsDestructiveAndNamed(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            assertEquals(0, cli(db, null, "init", dir.resolve("migrations").toString()).code);
            migrate(db, 1);
            exec(db, "insert into job (id, status, grade, kind, amount) values (1, 'A', 0, 'Z', 1)");
            Path removed = VersionedSources.compile("enums", List.of("Job"), 9, dir.resolve("classes-removed"));
            Run check = cli(db, removed, "check", "--fail-on", "destructive");
            assertTrue(check.code != 0 && check.out.contains("'Z'") && check.out.contains("[destructive]"), check.out + check.err);
        }
    }

    private Run migrate(Db db, int v) throws Exception {
        Path entities = entities(v);
        Run diff = cli(db, entities, "diff");
        Run revision = cli(db, entities, "revision", "--autogenerate", "-m", "v" + v);
        assertEquals(0, revision.code, revision.err);
        Run upgrade = cli(db, entities, "upgrade", "head");
        assertEquals(0, upgrade.code, upgrade.out + upgrade.err);
        Run check = cli(db, entities, "check");
        assertEquals(0, check.code, "check after v" + v + ":\n" + check.out + check.err);
        return diff;
    }

    private Path entities(int v) throws Exception {
        return VersionedSources.compile("enums", List.of("Job"), v, dir.resolve("classes-v" + v));
    }

    private static void exec(Db db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(Db db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, status, grade from job order by id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return rows;
    }

    private static List<String> column(Db db, String column) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select " + column + " from job order by id")) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    record Run(int code, String out, String err) {}

    private Run cli(Db db, Path entities, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--url", db.url(), "--migrations", dir.resolve("migrations").toString()));
        if (entities != null) {
            all.addAll(List.of("--entities", entities.toString(), "--package", "model"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
