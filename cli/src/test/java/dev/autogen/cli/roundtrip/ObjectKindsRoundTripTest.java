package dev.autogen.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
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
 * The round-trip law for the object kinds beyond tables and columns (model in {@code roundtrip/kinds/}, see its
 * README): table and column comments, named and unnamed check constraints (enum, discriminator, {@code @Check}),
 * sequences, identity moving to and from a sequence, generated columns, defaults, a type change that needs a
 * conversion, a foreign key's ON DELETE. At each version: autogenerate and upgrade give exactly Hibernate's own schema
 * (compared with {@link SchemaFingerprint}, which includes comments, normalised checks, sequences and generated
 * expressions), a second autogenerate is empty, downgrade restores the previous schema, and rows survive both ways.
 */
class ObjectKindsRoundTripTest {

    static final int VERSIONS = 3;
    static final List<String> FILES =
            List.of("Status", "Category", "Product", "Payment", "CardPayment", "CashPayment", "VoucherPayment");

    /**
     * Rows inserted once their version is applied; they satisfy every version's constraints, and their identifiers are
     * far above those the application check ({@link ApplicationCheck}) gets from the database's generators.
     */
    static final Map<Integer, List<String>> ROWS = Map.of(
            1,
                    List.of(
                            "INSERT INTO category (id, label) VALUES (1001, 'tools')",
                            "INSERT INTO product (id, name, price, status, quantity, code, category_id) "
                                    + "VALUES (1001, 'hammer', 9.99, 'ACTIVE', 3, '42', 1001)",
                            "INSERT INTO payment (id, kind, amount, last4) VALUES (1001, 'CARD', 5.00, '1234')",
                            "INSERT INTO payment (id, kind, amount) VALUES (1002, 'CASH', 1.00)"),
            2,
                    List.of(
                            "INSERT INTO product (id, name, price, status, quantity, code) VALUES (1100, 'saw', 20, 'DRAFT', 1, 7)"));

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void everyObjectKindRoundTripsWithRowsKept(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        try (Db db = TestDatabases.of(kind)) {
            assertEquals(
                    0,
                    cli(db, null, "init", dir.resolve("migrations").toString()).code(),
                    "init");
            List<List<String>> schemaAt = new ArrayList<>();
            schemaAt.add(live(db, dialect));
            Map<String, Long> rows = Map.of();
            for (int v = 1; v <= VERSIONS; v++) {
                Path entities = VersionedSources.compile("kinds", FILES, v, dir.resolve("classes-v" + v));

                Run revision = cli(db, entities, "revision", "--autogenerate", "-m", "version " + v);
                assertEquals(0, revision.code(), revision.err());
                Run upgrade = cli(db, entities, "upgrade", "head");
                assertEquals(0, upgrade.code(), upgrade.err() + newestMigration());
                ApplicationCheck.persistEveryEntity(db, entities);

                List<String> actual = live(db, dialect);
                assertEquals(
                        hibernateSchema(kind, dialect, entities),
                        withoutSqliteForeignKeys(kind, actual),
                        "schema after upgrade to v" + v + " equals Hibernate's export");
                assertEquals(
                        entitySchema(dialect, entities), actual, "schema after upgrade to v" + v + " is the entities'");
                assertRows(db, rows, "after upgrade to v" + v);

                Run diff = cli(db, entities, "diff", "--format", "json");
                assertEquals(
                        "{\"operations\":[],\"destructive\":false}",
                        new tools.jackson.databind.ObjectMapper()
                                .readTree(diff.out())
                                .get("plan")
                                .toString(),
                        "second autogenerate at v" + v);

                if (v > 1) {
                    Run down = cli(db, entities, "downgrade", "-1");
                    assertEquals(0, down.code(), down.err());
                    assertEquals(
                            schemaAt.get(v - 1), live(db, dialect), "downgrade from v" + v + " restores v" + (v - 1));
                    assertRows(db, rows, "after downgrade from v" + v);
                    Run again = cli(db, entities, "upgrade", "head");
                    assertEquals(0, again.code(), again.err());
                    ApplicationCheck.persistEveryEntity(db, entities);
                    assertEquals(actual, live(db, dialect), "upgrade again to v" + v);
                }
                insert(db, ROWS.getOrDefault(v, List.of()));
                schemaAt.add(live(db, dialect));
                rows = counts(db);
            }
            assertTrue(rows.get("product") == 2 && rows.get("payment") == 2, "rows: " + rows);
            for (int v = VERSIONS; v > 1; v--) {
                Run down = cli(db, null, "downgrade", "-1");
                assertEquals(0, down.code(), down.err());
                assertEquals(schemaAt.get(v - 1), live(db, dialect), "downgrade with every row from v" + v);
                assertRows(db, rows, "after downgrade with every row from v" + v);
            }
        }
    }

    record Run(int code, String out, String err) {}

    /** The newest migration's source, for failure messages. */
    private String newestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(dir.resolve("migrations").resolve("versions"))) {
            Path newest = files.filter(f -> f.toString().endsWith(".java"))
                    .max(java.util.Comparator.comparingLong(f -> f.toFile().lastModified()))
                    .orElse(null);
            return newest == null ? "" : "\n" + java.nio.file.Files.readString(newest);
        }
    }

    private Run cli(Db db, Path entities, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--url", db.url(), "--migrations", dir.resolve("migrations").toString()));
        if (entities != null) {
            all.addAll(List.of("--entities", entities.toString(), "--package", "kinds"));
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
    private static List<String> hibernateSchema(String kind, Dialect dialect, Path entities) throws Exception {
        try (Db scratch = TestDatabases.of(kind);
                Connection c = scratch.connect()) {
            new HibernateSchemaExport().apply(new EntitySource(List.of(entities), List.of("kinds")), dialect, c);
            return SchemaFingerprint.of(new LiveReader().read(c, dialect), dialect, true);
        }
    }

    /** The entities' schema as Autogen reads it; on SQLite it includes the foreign keys Hibernate's export leaves out. */
    private static List<String> entitySchema(Dialect dialect, Path entities) {
        SchemaSnapshot model = new EntityReader().read(new EntitySource(List.of(entities), List.of("kinds")), dialect);
        return SchemaFingerprint.of(model, dialect, true);
    }

    private static List<String> withoutSqliteForeignKeys(String kind, List<String> lines) {
        return kind.equals("sqlite")
                ? lines.stream().filter(l -> !l.contains(" foreign key ")).toList()
                : lines;
    }

    private static void insert(Db db, List<String> rows) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String sql : rows) {
                s.execute(sql);
            }
        }
    }

    private static Map<String, Long> counts(Db db) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String table : List.of("category", "product", "payment")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static void assertRows(Db db, Map<String, Long> expected, String when) throws SQLException {
        if (!expected.isEmpty()) {
            assertEquals(expected, counts(db), "rows " + when);
        }
    }
}
