package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.roundtrip.ApplicationCheck;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.PlanDescriber;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.introspect.entity.EntityReader;
import dev.autogen.introspect.entity.EntitySource;
import dev.autogen.introspect.entity.HibernateSchemaExport;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Canonical types: the schema Hibernate's own export creates for every basic type it maps (the type zoo, with checks,
 * comments, a sequence, identity and a generated column) reads back from the database as exactly what the entities
 * say: no differences. Add a dialect to the list when its readers and normalisers are ready.
 */
class TypeZooNoDriftTest {

    static final String ZOO = "dev.autogen.cli.fixtures.zoo";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "sqlite", "mariadb", "h2"})
    void hibernatesOwnSchemaShowsNoDifferences(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        EntitySource source = new EntitySource(List.of(Cli.testClasses()), List.of(ZOO));
        SchemaSnapshot entities = new EntityReader().read(source, dialect);
        try (Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            new HibernateSchemaExport().apply(source, dialect, c);
            SchemaSnapshot live = new LiveReader().read(c, dialect);

            assertEquals(
                    List.of(),
                    PlanDescriber.describe(SchemaDiff.compare(entities, live, DiffOptions.defaults(), dialect)),
                    "differences between the entities and Hibernate's own schema on " + kind);
            assertZooIsComplete(entities, dialect);
            assertZooIsComplete(live, dialect);
        }
    }

    /**
     * The scratch path ({@code --scratch}: Hibernate's DDL run in a scratch space and read back) agrees: no
     * differences with Hibernate's own schema, and from an empty database the same plan as the offline path.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "sqlite", "mariadb", "h2"})
    void theScratchPathAgrees(String kind) throws Exception {
        EntitySource source = new EntitySource(List.of(Cli.testClasses()), List.of(ZOO));
        try (Db empty = TestDatabases.of(kind);
                Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            List<String> zoo = List.of("--entities", Cli.testClasses().toString(), "--package", ZOO);
            Cli cli = new Cli(java.nio.file.Files.createTempDirectory("zoo"));
            String offline = cli.run(Cli.args("--url", empty.url(), zoo, "diff", "--no-scratch"))
                    .ok()
                    .out();
            assertEquals(
                    offline,
                    cli.run(Cli.args("--url", empty.url(), zoo, "diff", "--scratch"))
                            .ok()
                            .out(),
                    "the plans from an empty database on " + kind);
            assertTrue(
                    offline.contains("+ add table type_zoo (") || offline.contains("+ add table TYPE_ZOO ("), offline);

            new HibernateSchemaExport().apply(source, Dialects.forName(kind), c);
            assertEquals(
                    "No changes.\n",
                    cli.run(Cli.args("--url", db.url(), zoo, "diff", "--scratch"))
                            .ok()
                            .out(),
                    "differences between the scratch copy and Hibernate's own schema on " + kind);
        }
    }

    /**
     * The migration Autogen generates for the zoo serves the application: after the upgrade, Hibernate persists and
     * reads back an instance of every zoo entity, every basic type filled. Not on SQLite: Hibernate reads an
     * {@code OffsetTime} there with {@code getObject(i, OffsetTime.class)}, which sqlite-jdbc does not implement, so
     * reading the zoo back fails on Hibernate's own export as well.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void theGeneratedMigrationServesTheApplication(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            Path work = java.nio.file.Files.createTempDirectory("zoo-app");
            Cli cli = new Cli(work);
            List<String> common = Cli.args(
                    "--url",
                    db.url(),
                    "--migrations",
                    work.resolve("migrations").toString(),
                    Cli.entities(ZOO));
            cli.run(Cli.args(common, "init", work.resolve("migrations").toString()))
                    .ok();
            cli.run(Cli.args(common, "revision", "--autogenerate", "-m", "zoo")).ok();
            cli.run(Cli.args(common, "upgrade", "head")).ok();
            ApplicationCheck.persistEveryEntity(db, Cli.testClasses(), ZOO);
        }
    }

    /** What the comparison covered, so that an empty difference means something. */
    private static void assertZooIsComplete(SchemaSnapshot schema, Dialect dialect) {
        Table zoo = schema.table(dialect.foldIdentifier("type_zoo")).orElseThrow();
        Table animal = schema.table(dialect.foldIdentifier("animal")).orElseThrow();
        assertEquals(62, zoo.columns().size(), "type_zoo columns");
        // price >= 0, moodByName in (...), moodByOrdinal between 0 and 2, qty >= 0, smallNumber < 1000; where the
        // enum by name is an enum('HAPPY',...) type (MariaDB, MySQL), it needs no check
        boolean enumType = dialect.canonicalType(zoo.column(dialect.foldIdentifier("moodByName"))
                        .orElseThrow()
                        .type())
                .startsWith("enum(");
        assertEquals(enumType ? 4 : 5, zoo.checks().size(), "type_zoo checks: " + zoo.checks());
        // kind in ('Animal','CAT','DOG') and kind <> 'CAT' or lives is not null
        assertEquals(2, animal.checks().size(), "animal checks: " + animal.checks());
        assertTrue(animal.column(dialect.foldIdentifier("id")).orElseThrow().identity(), "animal.id is an identity");
        Column doubled = zoo.column(dialect.foldIdentifier("doubled")).orElseThrow();
        assertEquals(
                dialect.normalizeCheck("qty * 2"), dialect.normalizeCheck(doubled.generated()), "generated column");
        if (dialect.supportsComments()) {
            assertEquals("one column per basic type", zoo.comment());
            assertEquals(
                    "a short text",
                    zoo.column(dialect.foldIdentifier("shortText"))
                            .orElseThrow()
                            .comment());
            assertEquals(1, schema.sequences().size(), "sequences: " + schema.sequences());
            assertEquals(5, schema.sequences().get(0).start());
            assertEquals(20, schema.sequences().get(0).increment());
        } else {
            assertTrue(schema.table(dialect.foldIdentifier("type_zoo_seq")).isPresent(), "sequence table");
        }
    }
}
