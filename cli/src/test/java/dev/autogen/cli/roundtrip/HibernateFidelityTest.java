package dev.autogen.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.introspect.entity.EntitySource;
import dev.autogen.introspect.entity.HibernateSchemaExport;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema Autogen's own migration creates is exactly the one Hibernate's own export creates for the same entities,
 * and {@code check} right after the upgrade, on Autogen's schema and on Hibernate's, reports nothing. One small model
 * per point (see {@code roundtrip/fidelity/README.txt}); the schemas are compared as the live reader reports them,
 * check constraint names (those the database invents read as unnamed) included.
 */
class HibernateFidelityTest {

    @TempDir
    Path dir;

    /** The schema after the last upgrade of {@link #roundTrip}. */
    private List<String> lastSchema = List.of();

    /** A '' in a @Check, @OrderColumn's {@code leg_order>=0} and a one-value discriminator list, as MariaDB prints them. */
    @Test
    void mariaDbCheckTextsCompareEqualToHibernates() throws Exception {
        roundTrip("mariadb", "quotes", List.of("Trip"), 1);
    }

    /** {@code @ColumnDefault("CURRENT_TIMESTAMP")} on a timestamp(6) column reads back as {@code current_timestamp(6)}. */
    @Test
    void mariaDbCurrentTimestampDefaultsOnFractionalColumns() throws Exception {
        roundTrip("mariadb", "defaults", List.of("Event"), 1);
    }

    /** Hibernate creates MariaDB sequences {@code nocache}. */
    @Test
    void mariaDbSequencesAreCreatedAsHibernateCreatesThem() throws Exception {
        roundTrip("mariadb", "seqs", List.of("Ticket"), 2);
    }

    /**
     * Enum, discriminator and {@code @Check} constraints Hibernate leaves unnamed stay unnamed, declared where Hibernate
     * declares them; v2 changes two of them and adds one on an existing table, and its downgrade drops them by the
     * names the database gave them.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb", "postgresql", "h2", "sqlite"})
    void unnamedChecksStayUnnamed(String kind) throws Exception {
        roundTrip(kind, "unnamed", List.of("Fuel", "Vehicle", "Car", "Truck"), 2);
        // v2 drops the discriminator check (its downgrade re-creates it): written as Hibernate writes it, not as the
        // catalog prints it
        String v2 = newestMigration();
        for (String catalogOnly : List.of("::", "`", "CONSTRAINT_", "\\\"TYPE\\\"", "ANY (")) {
            assertFalse(v2.contains(catalogOnly), catalogOnly + " in " + v2);
        }
        assertTrue(v2.contains("\"type = 'CAR'\")") || v2.contains("\"type in ('CAR')\")"), v2);
    }

    /**
     * {@code @ForeignKey(foreignKeyDefinition = "... on delete cascade")} gives the key Hibernate's export creates, rule
     * included; v2 changes the rule to {@code set null}.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb", "postgresql", "h2", "sqlite"})
    void foreignKeyDefinitionRulesAreKept(String kind) throws Exception {
        roundTrip(kind, "fks", List.of("Owner", "Pet"), 2);
        // on SQLite too, where Hibernate's export has no foreign keys to compare with
        assertTrue(
                lastSchema.stream().anyMatch(l -> l.contains(" foreign key ") && l.contains("on delete SET_NULL")),
                lastSchema.toString());
    }

    /**
     * {@code @Index(columnList = "created_at DESC, kind")} keeps its sort order; v2 moves the DESC to the other column,
     * which every database reports, so the index is re-created.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"mariadb", "postgresql", "h2", "sqlite"})
    void indexSortOrderIsKept(String kind) throws Exception {
        roundTrip(kind, "indexes", List.of("Entry"), 2);
    }

    /**
     * A sequence an earlier Autogen created with MariaDB's default cache (1000) is reported, and the migration written
     * for it makes it {@code nocache}, as Hibernate creates it.
     */
    @Test
    void mariaDbSequenceCacheIsCompared() throws Exception {
        Dialect dialect = Dialects.forName("mariadb");
        try (Db db = TestDatabases.of("mariadb")) {
            try (Connection c = db.connect();
                    java.sql.Statement s = c.createStatement()) {
                s.execute("create sequence ticket_seq start with 1 increment by 1");
                s.execute("create table ticket (id bigint not null, primary key (id))");
            }
            Path entities = VersionedSources.compile("fidelity/seqs", List.of("Ticket"), 1, dir.resolve("seqs"));
            assertEquals(
                    0,
                    cli(db, null, null, "init", dir.resolve("migrations").toString())
                            .code(),
                    "init");
            Run drift = cli(db, entities, "seqs", "check");
            assertEquals(1, drift.code(), drift.out() + drift.err());
            assertTrue(
                    drift.out()
                            .contains("~ alter sequence ticket_seq: start 1 -> 1, increment 1 -> 1, cache 1000 -> 0"),
                    drift.out());
            assertEquals(
                    0,
                    cli(db, entities, "seqs", "revision", "--autogenerate", "-m", "nocache")
                            .code());
            Run upgrade = cli(db, entities, "seqs", "upgrade", "head");
            assertEquals(0, upgrade.code(), upgrade.err() + newestMigration());
            Run check = cli(db, entities, "seqs", "check");
            assertEquals(0, check.code(), check.out() + check.err() + newestMigration());
            assertTrue(fingerprint(db, dialect).contains("ticket_seq sequence cache 0"), newestMigration());
            Run down = cli(db, entities, "seqs", "downgrade", "-1");
            assertEquals(0, down.code(), down.err() + newestMigration());
            assertTrue(fingerprint(db, dialect).contains("ticket_seq sequence cache 1000"), newestMigration());
        }
    }

    /**
     * Runs {@code versions} versions of the model: at each, autogenerate and upgrade, then the schema equals Hibernate's
     * export and {@code check} is clean on both; from version 2 on, downgrade restores the previous schema and upgrade
     * comes back.
     */
    void roundTrip(String kind, String model, List<String> files, int versions) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        try (Db db = TestDatabases.of(kind)) {
            assertEquals(
                    0,
                    cli(db, null, null, "init", dir.resolve("migrations").toString())
                            .code(),
                    "init");
            List<List<String>> schemaAt = new ArrayList<>();
            schemaAt.add(fingerprint(db, dialect));
            for (int v = 1; v <= versions; v++) {
                Path entities = VersionedSources.compile("fidelity/" + model, files, v, dir.resolve(model + "-v" + v));
                Run revision = cli(db, entities, model, "revision", "--autogenerate", "-m", "version " + v);
                assertEquals(0, revision.code(), revision.err());
                Run upgrade = cli(db, entities, model, "upgrade", "head");
                assertEquals(0, upgrade.code(), upgrade.err() + newestMigration());

                Run check = cli(db, entities, model, "check");
                assertEquals(
                        0,
                        check.code(),
                        "check right after Autogen's upgrade to v" + v + ":\n" + check.out() + check.err()
                                + newestMigration());
                List<String> actual = fingerprint(db, dialect);
                try (Db hibernate = TestDatabases.of(kind)) {
                    try (Connection c = hibernate.connect()) {
                        new HibernateSchemaExport()
                                .apply(new EntitySource(List.of(entities), List.of(model)), dialect, c);
                    }
                    assertEquals(
                            withoutSqliteForeignKeys(kind, fingerprint(hibernate, dialect)),
                            withoutSqliteForeignKeys(kind, actual),
                            "schema after Autogen's upgrade to v" + v + " equals Hibernate's export"
                                    + newestMigration());
                    if (!kind.equals("sqlite")) { // Hibernate's SQLite export has no foreign keys, Autogen's has
                        Run onHibernate = cli(hibernate, entities, model, "check");
                        assertEquals(
                                0,
                                onHibernate.code(),
                                "check on Hibernate's own schema of v" + v + ":\n" + onHibernate.out()
                                        + onHibernate.err());
                    }
                }
                if (v > 1) {
                    Run down = cli(db, entities, model, "downgrade", "-1");
                    assertEquals(0, down.code(), down.err() + newestMigration());
                    assertEquals(
                            schemaAt.get(v - 1), fingerprint(db, dialect), "downgrade from v" + v + newestMigration());
                    Run again = cli(db, entities, model, "upgrade", "head");
                    assertEquals(0, again.code(), again.err());
                    assertEquals(actual, fingerprint(db, dialect), "upgrade again to v" + v);
                }
                schemaAt.add(actual);
                lastSchema = actual;
            }
        }
    }

    record Run(int code, String out, String err) {}

    private Run cli(Db db, Path entities, String pkg, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--url", db.url(), "--migrations", dir.resolve("migrations").toString()));
        if (entities != null) {
            all.addAll(List.of("--entities", entities.toString(), "--package", pkg));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The newest migration's source, for failure messages. */
    private String newestMigration() throws java.io.IOException {
        Path versions = dir.resolve("migrations").resolve("versions");
        if (!Files.isDirectory(versions)) {
            return "";
        }
        try (var files = Files.list(versions)) {
            Path newest = files.filter(f -> f.toString().endsWith(".java"))
                    .max(java.util.Comparator.comparingLong(f -> f.toFile().lastModified()))
                    .orElse(null);
            return newest == null ? "" : "\n" + Files.readString(newest);
        }
    }

    /** {@link SchemaFingerprint}'s lines, each check constraint's name ({@code unnamed} where the database named it)
     * and each index's descending columns. */
    static List<String> fingerprint(Db db, Dialect dialect) throws SQLException {
        try (Connection c = db.connect()) {
            SchemaSnapshot snapshot = new LiveReader().read(c, dialect);
            List<String> lines = new ArrayList<>(SchemaFingerprint.of(snapshot, dialect, true));
            for (Table t : snapshot.tables()) {
                for (Index i : t.indexes()) {
                    lines.add(dialect.nameKey(t.name()) + " index " + dialect.nameKey(i.name()) + " descending "
                            + i.descending().stream().map(dialect::nameKey).toList());
                }
                for (CheckConstraint k : t.checks()) {
                    lines.add(dialect.nameKey(t.name()) + " check named " + name(k.name(), dialect) + ": "
                            + dialect.normalizeCheck(k.expression()));
                }
            }
            snapshot.sequences().forEach(s -> lines.add(dialect.nameKey(s.name()) + " sequence cache " + s.cache()));
            lines.sort(null);
            return lines;
        }
    }

    private static String name(String name, SchemaDialect dialect) {
        return name == null ? "unnamed" : dialect.nameKey(name);
    }

    private static List<String> withoutSqliteForeignKeys(String kind, List<String> lines) {
        return kind.equals("sqlite")
                ? lines.stream().filter(l -> !l.contains(" foreign key ")).toList()
                : lines;
    }
}
