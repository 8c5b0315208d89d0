package dev.autogen.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An enum column whose mapping changes keeps what its rows mean, on every database: {@code status} goes from
 * {@code @Enumerated(STRING)} to {@code ORDINAL} and {@code grade} the other way (v2), so 'A' must become 2 and 0 must
 * become 'C' (MariaDB's cast would give 1 for 'A', which Hibernate reads as B); the downgrade converts back; each time
 * {@code check} then finds nothing. v3 turns {@code kind} from names into ordinals and a double into an int (1.5
 * becomes 2: destructive); v4 removes constant Z of {@code kind}; v5 adds constant W, and v6 constant D of the enum
 * stored by name: widenings.
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
            exec(
                    db,
                    "insert into job (id, status, grade, kind, amount) values (1, 'A', 0, 'X', 1.5), (2, 'B', 1, 'Y', 2),"
                            + " (3, 'C', 2, 'Z', 3), (4, NULL, NULL, 'X', 4)");
            List<String> v1 = rows(db);
            assertEquals(List.of("1 A 0", "2 B 1", "3 C 2", "4 null null"), v1);

            Run json = cli(db, entities(2), "diff", "--format", "json");
            assertTrue(
                    json.out.contains("\"values\":{\"from\":[\"'C'\",\"'B'\",\"'A'\"],\"to\":[\"0\",\"1\",\"2\"]}"),
                    json.out);
            // the old column's check (or native enum) says which values it holds: each has a constant, nothing can fail
            assertTrue(
                    !json.out.contains("\"safety\":\"data-dependent\",\"column\"")
                            && !json.out.contains("\"safety\":\"destructive\""),
                    json.out);
            Run plan = migrate(db, 2);
            assertTrue(plan.out.contains("'A' -> 2") && plan.out.contains("0 -> 'C'"), plan.out);
            // the constants are C, B, A: out of their sorted order, as MariaDB's and H2's enum types list them
            assertEquals(List.of("1 2 C", "2 1 B", "3 0 A", "4 null null"), rows(db), "v2 on " + kind);

            Run down = cli(db, null, "downgrade", "-1");
            assertEquals(0, down.code, down.err);
            assertEquals(v1, rows(db), "downgrade from v2 on " + kind);
            assertEquals(0, cli(db, entities(1), "check").code);
            assertEquals(0, cli(db, null, "upgrade", "head").code);

            // names to ordinals through the constants, and a double rounded to an int: the latter is destructive
            Run destructive = cli(db, entities(3), "check", "--fail-on", "destructive");
            String amount = kind.equals("sqlite") ? "" : "amount";
            assertTrue(
                    kind.equals("sqlite")
                            ? destructive.code == 0
                            : destructive.code != 0
                                    && destructive
                                            .out
                                            .toLowerCase(java.util.Locale.ROOT)
                                            .contains(amount),
                    destructive.out + destructive.err);
            migrate(db, 3);
            assertEquals(List.of("0", "1", "2", "0"), column(db, "kind"), "kind by ordinal on " + kind);

            // v4: Z is gone; as ordinals, 2 has no constant any more: the range check then fails for the row holding it
            exec(db, "delete from job where id = 3");
            migrate(db, 4);
            // v5: a constant more is a widening everywhere
            Run widening = cli(db, entities(5), "check", "--fail-on", "data-dependent");
            assertEquals(
                    0, widening.code, "adding a constant is safe on " + kind + ":\n" + widening.out + widening.err);
            migrate(db, 5);
            // v6: Status gains D, stored by name in grade (a native enum or a checked varchar) and by ordinal in status
            Run byName = cli(db, entities(6), "check", "--fail-on", "data-dependent");
            assertEquals(0, byName.code, "adding a constant is safe on " + kind + ":\n" + byName.out + byName.err);
            assertTrue(byName.out.contains("grade") || byName.out.contains("GRADE"), byName.out);
            migrate(db, 6);
        }
    }

    /**
     * Z leaves the enum stored by name: where the database has enum types its list loses the value, elsewhere the
     * check does. Either way the rows holding Z cannot keep it; the change is destructive and names the value, and the
     * migration sets those rows to NULL (so that the new list or check can hold), keeping every other row.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb", "h2", "sqlite"})
    void aRemovedConstantIsDestructiveAndNamed(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            assertEquals(0, cli(db, null, "init", dir.resolve("migrations").toString()).code);
            migrate(db, 1);
            exec(
                    db,
                    "insert into job (id, status, grade, kind, amount) values (1, 'A', 0, 'Z', 1), (2, 'B', 1, 'Y', 2)");
            Path removed = VersionedSources.compile("enums", List.of("Job"), 9, dir.resolve("classes-removed"));
            Run check = cli(db, removed, "check", "--fail-on", "destructive");
            assertTrue(
                    check.code != 0 && check.out.contains("'Z'") && check.out.contains("[destructive]"),
                    check.out + check.err);
            Run revision = cli(db, removed, "revision", "--autogenerate", "-m", "without Z");
            assertEquals(0, revision.code, revision.err);
            Run upgrade = cli(db, removed, "upgrade", "head");
            assertEquals(0, upgrade.code, upgrade.out + upgrade.err);
            assertEquals(Arrays.asList(null, "Y"), column(db, "kind"), "the row holding Z on " + kind);
            assertEquals(0, cli(db, removed, "check").code, "check after removing Z on " + kind);
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
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> rows(Db db) throws Exception {
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

    private static List<String> column(Db db, String column) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement();
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
        all.addAll(List.of(
                "--url", db.url(), "--migrations", dir.resolve("migrations").toString()));
        if (entities != null) {
            all.addAll(List.of("--entities", entities.toString(), "--package", "model"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
