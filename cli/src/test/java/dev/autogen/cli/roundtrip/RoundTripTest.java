package dev.autogen.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.core.database.Databases;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.introspect.entity.EntityReader;
import dev.autogen.introspect.entity.EntitySource;
import dev.autogen.introspect.entity.HibernateSchemaExport;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The law: from an empty database, autogenerate and upgrade give exactly the schema Hibernate's own export creates; a
 * second autogenerate finds nothing; each later change (add table, add column, alter type/nullability/default, add
 * index and unique, drop table/column/index/unique/foreign key) upgrades to Hibernate's schema again, and downgrades
 * to the schema before it, with every row kept.
 */
class RoundTripTest {

    static final int VERSIONS = 6;

    /**
     * Rows inserted once the version that first has their table is applied, in insertion order; their identifiers are
     * far above those the application check ({@link ApplicationCheck}) gets from the database's generators.
     */
    static final Map<Integer, List<String>> ROWS = Map.of(
            1,
                    List.of(
                            "INSERT INTO author (id, name, bio, street, city) VALUES (1001, 'Ada O''Brien', 'wrote the first program', 'Main St 1', 'London')",
                            "INSERT INTO author_nicknames (author_id, nickname) VALUES (1001, 'ada')",
                            "INSERT INTO tag (id, label) VALUES (1001, 'java')",
                            "INSERT INTO book (id, title, price, published, author_id) VALUES (1001, 'Notes', 9.99, NULL, 1001)",
                            "INSERT INTO book_tags (book_id, tag_id) VALUES (1001, 1001)",
                            "INSERT INTO payment (id, kind, amount, card_number, iban) VALUES (1001, 'CARD', 12.50, '4111', NULL)",
                            "INSERT INTO media (id, title) VALUES (1001, 'cover')",
                            "INSERT INTO image (media_id, width, height) VALUES (1001, 640, 480)"),
            2, List.of("INSERT INTO review (id, book_id, stars, body) VALUES (1001, 1001, 5, 'great')"));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql", "h2", "mariadb"})
    void everyChangeRoundTripsWithRowsKept(String kind) throws Exception {
        roundTrip(kind, () -> TestDatabases.of(kind));
    }

    /** Makes a fresh, empty test database on each call. */
    @FunctionalInterface
    interface Databases {
        Db create() throws Exception;
    }

    /** The law on the databases of dialect {@code kind} that {@code databases} makes (one for the run, scratch ones). */
    void roundTrip(String kind, Databases databases) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        try (Db db = databases.create()) {
            Path migrations = dir.resolve("migrations");
            assertEquals(0, cli(db, null, "init", migrations.toString()).code, "init");
            List<List<String>> schemaAt = new ArrayList<>();
            schemaAt.add(live(db, dialect));
            Map<String, Long> rowsBefore = Map.of();
            for (int v = 1; v <= VERSIONS; v++) {
                Path entities = VersionedSources.compile(v, dir.resolve("classes-v" + v));

                Run revision = cli(db, entities, "revision", "--autogenerate", "-m", "version " + v);
                assertEquals(0, revision.code, revision.err);
                Run upgrade = cli(db, entities, "upgrade", "head");
                assertEquals(0, upgrade.code, upgrade.err);
                ApplicationCheck.persistEveryEntity(db, entities);

                List<String> expected = hibernateSchema(databases, dialect, entities);
                List<String> actual = live(db, dialect);
                assertEquals(
                        expected,
                        withoutForeignKeysOnSqlite(kind, actual),
                        "schema after upgrade to v" + v + " equals Hibernate's export");
                if (kind.equals("sqlite")) {
                    assertEquals(
                            entityForeignKeys(dialect, entities),
                            foreignKeyLines(actual),
                            "SQLite gets the entities' foreign keys inline");
                }
                assertRowsKept(db, onlyTablesIn(rowsBefore, actual, dialect), "after upgrade to v" + v);

                Run check = cli(db, entities, "check");
                assertEquals(0, check.code, "check after v" + v + ":\n" + check.out + check.err);
                Run diff = cli(db, entities, "diff", "--format", "json");
                assertEquals(
                        "{\"operations\":[],\"destructive\":false}",
                        new tools.jackson.databind.ObjectMapper()
                                .readTree(diff.out)
                                .get("plan")
                                .toString(),
                        "second autogenerate is empty");

                if (v > 1) {
                    Run down = cli(db, entities, "downgrade", "-1");
                    assertEquals(0, down.code, down.err);
                    assertEquals(
                            schemaAt.get(v - 1), live(db, dialect), "downgrade from v" + v + " restores v" + (v - 1));
                    assertRowsKept(
                            db,
                            onlyTablesIn(onlyTablesIn(rowsBefore, actual, dialect), live(db, dialect), dialect),
                            "after downgrade from v" + v);
                    Run again = cli(db, entities, "upgrade", "head");
                    assertEquals(0, again.code, again.err);
                    ApplicationCheck.persistEveryEntity(db, entities);
                    assertEquals(actual, live(db, dialect), "upgrade again to v" + v);
                }
                insert(db, ROWS.getOrDefault(v, List.of()), tables(live(db, dialect)));
                schemaAt.add(live(db, dialect));
                rowsBefore = counts(db, live(db, dialect), dialect);
            }
            Run base = cli(db, null, "downgrade", "base");
            assertEquals(0, base.code, base.err);
            assertEquals(schemaAt.get(0), live(db, dialect), "downgrade to base leaves the database as it started");
        }
    }

    record Run(int code, String out, String err) {}

    private Run cli(Db db, Path entities, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--url", db.url(), "--migrations", dir.resolve("migrations").toString()));
        if (entities != null) {
            all.addAll(List.of("--entities", entities.toString(), "--package", "rt"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static List<String> live(Db db, Dialect dialect) throws SQLException {
        try (Connection c = db.connect()) {
            return SchemaFingerprint.of(new LiveReader().read(c, dialect), dialect, true);
        }
    }

    /** What Hibernate's own export creates for these entities, in a fresh database of the same kind. */
    private static List<String> hibernateSchema(Databases databases, Dialect dialect, Path entities) throws Exception {
        try (Db scratch = databases.create();
                Connection c = scratch.connect()) {
            new HibernateSchemaExport().apply(new EntitySource(List.of(entities), List.of("rt")), dialect, c);
            return SchemaFingerprint.of(new LiveReader().read(c, dialect), dialect, true);
        }
    }

    /** Hibernate's SQLite export creates no foreign keys; Autogen creates them inline, so they are compared apart. */
    private static List<String> withoutForeignKeysOnSqlite(String kind, List<String> lines) {
        return kind.equals("sqlite")
                ? lines.stream().filter(l -> !l.contains(" foreign key ")).toList()
                : lines;
    }

    private static List<String> foreignKeyLines(List<String> lines) {
        return lines.stream().filter(l -> l.contains(" foreign key ")).toList();
    }

    private static List<String> entityForeignKeys(Dialect dialect, Path entities) {
        SchemaSnapshot model = new EntityReader().read(new EntitySource(List.of(entities), List.of("rt")), dialect);
        return foreignKeyLines(SchemaFingerprint.of(model, dialect, true));
    }

    /**
     * Runs the inserts, naming each table as the database stores it: Hibernate keeps the entity's case
     * ({@code Author}), which PostgreSQL folds and MariaDB keeps (its table names are case sensitive).
     */
    private static void insert(Db db, List<String> rows, List<String> tables) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String sql : rows) {
                java.util.regex.Matcher m =
                        java.util.regex.Pattern.compile("^INSERT INTO (\\w+)").matcher(sql);
                if (m.find()) {
                    String written = m.group(1);
                    String stored = tables.stream()
                            .filter(t -> t.equalsIgnoreCase(written))
                            .findFirst()
                            .orElse(written);
                    sql = "INSERT INTO " + stored + sql.substring(m.end());
                }
                s.execute(sql);
            }
        }
    }

    private static Map<String, Long> counts(Db db, List<String> schema, Dialect dialect) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String table : tables(schema)) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + dialect.quote(table))) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static List<String> tables(List<String> schema) {
        return schema.stream()
                .map(l -> l.substring(0, l.indexOf(' ')))
                .distinct()
                .toList();
    }

    private static Map<String, Long> onlyTablesIn(Map<String, Long> counts, List<String> schema, Dialect dialect) {
        Map<String, Long> kept = new LinkedHashMap<>(counts);
        kept.keySet().retainAll(tables(schema));
        return kept;
    }

    private static void assertRowsKept(Db db, Map<String, Long> before, String when) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (Map.Entry<String, Long> e : before.entrySet()) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + e.getKey())) {
                    rs.next();
                    assertEquals(e.getValue(), rs.getLong(1), "rows of " + e.getKey() + " " + when);
                }
            }
        }
        assertTrue(before.values().stream().allMatch(n -> n >= 0));
    }
}
