package dev.autogen.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.ops.Safety;
import dev.autogen.diff.hook.AutogenHook;
import dev.autogen.engine.fixtures.v1.Customer;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.runtime.internal.migration.Migrator;
import dev.autogen.testing.TestDatabases;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole autogenerate story through the engine's API, with no command line on the class path: compare the entities
 * with an empty database, write the revision, upgrade with the runtime, compare again and find nothing; then version 2
 * of the entities, the same again, and a downgrade that brings version 1's schema back with the rows kept. On SQLite
 * and H2, and on PostgreSQL and MariaDB where their servers are set (a failure under {@code CI=true}).
 */
class AutogenerateStoryTest {

    private static final String V1 = "dev.autogen.engine.fixtures.v1";
    private static final String V2 = "dev.autogen.engine.fixtures.v2";
    private static final String FIRST = "a1b2c3d4e5f6";
    private static final String SECOND = "0f1e2d3c4b5a";

    @TempDir
    Path dir;

    @Test
    void noCommandLineClassIsOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.autogen.cli.Main"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "h2", "postgresql", "mariadb"})
    void story(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.of(kind)) {
            // names as the database stores Hibernate's unquoted ones (upper case on H2)
            UnaryOperator<String> name = Dialects.forName(kind)::foldIdentifier;
            Path migrations = dir.resolve("migrations");
            Files.createDirectories(migrations.resolve("versions"));
            List<String> phases = Collections.synchronizedList(new ArrayList<>());
            Autogenerate v1 = engine(db, migrations, V1, (phase, elapsed) -> phases.add(phase));

            Comparison empty = v1.compare();
            assertEquals(
                    Set.of(name.apply("customer"), name.apply("purchase")),
                    created(empty.plan().operations()),
                    empty.plan()::toString);
            assertTrue(empty.possibleRenames().isEmpty());
            assertFalse(v1.check().matches());
            assertTrue(
                    phases.containsAll(List.of(
                            EngineListener.ENTITIES,
                            EngineListener.CONNECT,
                            EngineListener.DATABASE,
                            EngineListener.COMPARE,
                            EngineListener.DIFF)),
                    phases::toString);

            WrittenRevision first =
                    v1.writeRevision(RevisionRequest.autogenerate("create shop").withRevId(FIRST));
            assertEquals(FIRST, first.id());
            assertEquals(migrations.resolve("versions/" + FIRST + "_create_shop.java"), first.file());
            assertTrue(
                    Files.readString(first.file()).contains("op.createTable(\"" + name.apply("purchase") + "\""),
                    () -> read(first.file()));
            assertEquals(2, first.plan().operations().size());
            assertTrue(phases.contains(EngineListener.CODEGEN), phases::toString);

            Migrator migrator = Migrator.builder()
                    .connections(db::connect)
                    .versions(migrations.resolve("versions"))
                    .build();
            assertEquals(
                    List.of(FIRST),
                    migrator.upgrade("head").stream()
                            .map(step -> step.revision().id())
                            .toList());
            assertTrue(v1.compare().plan().isEmpty(), () -> v1.compare().plan().toString());
            assertTrue(v1.check().matches());

            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO customer (name, email) VALUES ('Ada', 'ada@example.com')");
                s.executeUpdate(
                        "INSERT INTO purchase (customer_id, amount) SELECT id, 42 FROM customer WHERE name = 'Ada'");
            }

            // version 2: a new column and a dropped table
            Autogenerate v2 = engine(db, migrations, V2, EngineListener.NONE);
            CheckResult drift = v2.check();
            assertFalse(drift.matches());
            assertTrue(drift.destructive());
            List<Operation> ops = drift.comparison().plan().operations();
            assertEquals(2, ops.size(), ops::toString);
            assertTrue(
                    ops.stream()
                            .anyMatch(op -> op instanceof AddColumnOp add
                                    && add.table().equals(name.apply("customer"))
                                    && add.column().name().equals(name.apply("phone"))),
                    ops::toString);
            assertEquals(
                    List.of(name.apply("purchase")),
                    drift.changesAtLeast(Safety.DESTRUCTIVE).stream()
                            .map(op -> ((DropTableOp) op).definition().name())
                            .toList());

            WrittenRevision second = v2.writeRevision(
                    RevisionRequest.autogenerate("phones, no purchases").withRevId(SECOND));
            assertTrue(
                    Files.readString(second.file()).contains("revises = {\"" + FIRST + "\"}"),
                    () -> read(second.file()));
            Migrator again = Migrator.builder()
                    .connections(db::connect)
                    .versions(migrations.resolve("versions"))
                    .build();
            assertEquals(
                    List.of(SECOND),
                    again.upgrade("head").stream()
                            .map(step -> step.revision().id())
                            .toList());
            assertTrue(v2.compare().plan().isEmpty(), () -> v2.compare().plan().toString());
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE customer SET phone = '555-0100' WHERE name = 'Ada'");
            }

            assertEquals(
                    List.of(SECOND),
                    again.downgrade(FIRST).stream()
                            .map(step -> step.revision().id())
                            .toList());
            assertEquals(List.of(FIRST), again.current());
            assertTrue(v1.compare().plan().isEmpty(), () -> v1.compare().plan().toString());
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                assertEquals(1, count(s, "customer"), "the customer survives the downgrade");
                assertEquals(0, count(s, "purchase"), "the dropped table comes back, empty");
            }
        }
    }

    @Test
    void anUnreachableDatabaseIsATypedExceptionWithOneLine() {
        Autogenerate engine = Autogenerate.builder()
                .database(DatabaseConnector.of("jdbc:postgresql://127.0.0.1:1/x?password=s3cret"))
                .entities(List.of(testClasses()))
                .packages(List.of(V1))
                .build();
        DatabaseUnreachableException e = assertThrows(DatabaseUnreachableException.class, engine::compare);
        assertTrue(
                e.getMessage()
                        .startsWith("cannot connect to jdbc:postgresql://127.0.0.1:1/x?password=***: Connection to"
                                + " 127.0.0.1:1 refused"),
                e.getMessage());
        assertTrue(
                e.getMessage().endsWith("; check the URL, user and password, and that the database is running"),
                e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"));
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void missingSettingsAreConfigurationExceptions() {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Autogenerate noEntities =
                Autogenerate.builder().database(DatabaseConnector.of(url)).build();
        assertEquals(
                "no entity classes given; set 'entities' (folders or jars of compiled @Entity classes)",
                assertThrows(ConfigurationException.class, noEntities::compare).getMessage());

        Autogenerate noUrl =
                Autogenerate.builder().entities(List.of(testClasses())).build();
        assertThrows(ConfigurationException.class, noUrl::compare);

        Autogenerate noFolder = Autogenerate.builder()
                .database(DatabaseConnector.of(url))
                .entities(List.of(testClasses()))
                .packages(List.of(V1))
                .migrations(dir.resolve("nowhere"))
                .build();
        MigrationsFolderException missing = assertThrows(
                MigrationsFolderException.class, () -> noFolder.writeRevision(RevisionRequest.autogenerate("x")));
        assertEquals(
                "no migrations folder at " + dir.resolve("nowhere/versions") + "; create it or pass 'migrations'",
                missing.getMessage());
    }

    @Test
    void theRenameDecisionTurnsADropAndAnAddIntoARename() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            try (Connection c = db.connect();
                    Statement s = c.createStatement()) {
                // version 2's customer, but with the phone column under its old name
                s.executeUpdate(
                        "CREATE TABLE customer (id integer primary key autoincrement, name varchar(100) not null,"
                                + " email varchar(200), mobile varchar(30))");
            }
            Path migrations = dir.resolve("migrations");
            Files.createDirectories(migrations.resolve("versions"));
            List<String> asked = new ArrayList<>();
            Autogenerate engine = Autogenerate.builder()
                    .database(DatabaseConnector.of(db.url()))
                    .entities(List.of(testClasses()))
                    .packages(List.of(V2))
                    .migrations(migrations)
                    .renameDecision(possible -> asked.add(possible.spec()))
                    .build();
            Comparison unasked = engine.compare();
            assertEquals(
                    List.of("customer.mobile=phone"),
                    unasked.possibleRenames().stream().map(r -> r.spec()).toList());
            assertTrue(asked.isEmpty(), "compare never asks");

            Comparison planned = engine.plan();
            assertEquals(List.of("customer.mobile=phone"), asked);
            assertEquals(1, planned.plan().operations().size(), planned.plan()::toString);
            assertTrue(planned.possibleRenames().isEmpty());
            assertFalse(planned.plan().destructive());
        }
    }

    @Test
    void hooksGivenToTheBuilderFilterTablesAndTheirFailureIsAHookException() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            AutogenHook noPurchases = new AutogenHook() {
                @Override
                public boolean includeTable(String name, boolean reflected) {
                    return !name.equalsIgnoreCase("purchase");
                }
            };
            Autogenerate filtered = Autogenerate.builder()
                    .database(DatabaseConnector.of(db.url()))
                    .entities(List.of(testClasses()))
                    .packages(List.of(V1))
                    .hooks(List.of(noPurchases))
                    .build();
            assertEquals(Set.of("customer"), created(filtered.compare().plan().operations()));

            AutogenHook broken = new AutogenHook() {
                @Override
                public MigrationPlan process(MigrationPlan plan) {
                    throw new IllegalStateException("no plans today");
                }
            };
            Autogenerate failing = Autogenerate.builder()
                    .database(DatabaseConnector.of(db.url()))
                    .entities(List.of(testClasses()))
                    .packages(List.of(V1))
                    .hooks(List.of(broken))
                    .build();
            HookException e = assertThrows(HookException.class, failing::compare);
            assertEquals(
                    "hook " + broken.getClass().getName() + ".process failed: IllegalStateException no plans today",
                    e.getMessage());
        }
    }

    /**
     * The builder's Hibernate settings reach the entity reader: with quoted identifiers Hibernate's tables keep their
     * case on H2 ({@code "customer"}, marked {@code `customer`}) instead of folding to {@code CUSTOMER}; a setting
     * Autogen owns is refused in one line naming it.
     */
    @Test
    void hibernatePropertiesChangeHowTheEntitiesAreRead() throws Exception {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            Autogenerate.Builder builder = Autogenerate.builder()
                    .database(DatabaseConnector.of(db.url()))
                    .entities(List.of(testClasses()))
                    .packages(List.of(V1));
            assertEquals(
                    Set.of("CUSTOMER", "PURCHASE"),
                    created(builder.build().compare().plan().operations()));
            builder.hibernateProperties(java.util.Map.of("hibernate.globally_quoted_identifiers", "true"));
            assertEquals(
                    Set.of("`customer`", "`purchase`"),
                    created(builder.build().compare().plan().operations()));

            builder.hibernateProperties(java.util.Map.of("hibernate.dialect", "org.hibernate.dialect.H2Dialect"));
            ConfigurationException refused = assertThrows(
                    ConfigurationException.class, () -> builder.build().compare());
            assertTrue(
                    refused.getMessage()
                            .startsWith("Hibernate setting hibernate.dialect ('hibernateProperties') cannot be given:"),
                    refused::getMessage);
        }
    }

    private Autogenerate engine(TestDatabases.Db db, Path migrations, String pkg, EngineListener listener) {
        return Autogenerate.builder()
                .database(DatabaseConnector.of(db.url()))
                .entities(List.of(testClasses()))
                .packages(List.of(pkg))
                .migrations(migrations)
                .listener(listener)
                .build();
    }

    private static Set<String> created(List<Operation> ops) {
        Set<String> names = new TreeSet<>();
        for (Operation op : ops) {
            assertTrue(op instanceof CreateTableOp, op::toString);
            names.add(((CreateTableOp) op).definition().name());
        }
        return names;
    }

    /** The folder holding the compiled test classes, the entity fixtures among them. */
    private static Path testClasses() {
        try {
            return Path.of(Customer.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
