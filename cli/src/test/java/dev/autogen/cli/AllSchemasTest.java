package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Dialect;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --all-schemas}: entities in two schemas (the default one and {@code @Table(schema = ...)}, a database on
 * MariaDB, where Hibernate maps it as {@code catalog}), with foreign keys within the other schema and into the default
 * one. Autogenerate, upgrade, check clean, change the other schema's tables, and downgrade, all through the command
 * line.
 */
class AllSchemasTest {

    private static final String FIRST = "a1a1a1a1a1a1";
    private static final String SECOND = "b2b2b2b2b2b2";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "h2", "mariadb"})
    void entitiesInTwoSchemasRoundTrip(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        try (TestDatabases.Db db = TestDatabases.of(kind)) {
            String sales = kind.equals("h2") ? "sales" : db.schema() + "_sales";
            exec(db, (kind.equals("mariadb") ? "create database " : "create schema ") + sales);
            try {
                List<String> v1 = entities(kind, sales, false);
                List<String> v2 = entities(kind, sales, true);
                Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url()).env("AUTOGEN_ALL_SCHEMAS", "true");
                cli.run("init").ok();
                String orders = dialect.foldIdentifier(sales) + "." + dialect.foldIdentifier("orders");
                String lines = dialect.foldIdentifier(sales) + "." + dialect.foldIdentifier("order_lines");
                String customer = dialect.foldIdentifier("customer");
                // the default schema by its name, from a table of the other one
                String defaultCustomer = (kind.equals("h2") ? "PUBLIC" : db.schema()) + "." + customer;

                Cli.Result drift = cli.run(args(v1, "check"));
                assertEquals(1, drift.code(), drift::toString);
                assertTrue(drift.out().contains("  + add table " + orders + " ("), drift::toString);

                Path first = dir.resolve("migrations/versions/" + FIRST + "_two_schemas.java");
                cli.run(args(v1, "revision", "--autogenerate", "-m", "two schemas", "--rev-id", FIRST))
                        .ok();
                String migration = Files.readString(first);
                assertTrue(migration.contains("op.createTable(\"" + customer + "\","), migration);
                assertTrue(migration.contains("op.createTable(\"" + orders + "\","), migration);
                assertTrue(migration.contains(".references(\"" + defaultCustomer + "\", "), migration);
                // within one schema a key names the table alone
                assertTrue(migration.contains(".references(\"" + dialect.foldIdentifier("orders") + "\", "), migration);
                assertTrue(migration.contains("op.dropTable(\"" + lines + "\");"), migration);

                assertEquals(
                        "Running upgrade  -> " + FIRST + ", two schemas\n",
                        cli.run("upgrade").ok().out());
                assertEquals(List.of("order_lines", "orders"), tables(db, kind, sales));
                assertEquals(List.of("autogen_version", "autogen_version_history", "customer"), tables(db, kind, null));
                assertEquals(
                        "No changes: the database matches the entities.\n",
                        cli.run(args(v1, "check")).ok().out());
                exec(
                        db,
                        "insert into customer (id, name) values (1, 'Ada')",
                        "insert into " + sales + ".orders (customer_id, placed_at) values (1, CURRENT_TIMESTAMP)",
                        "insert into " + sales + ".order_lines (id, order_id, qty) select 1, id, 2 from " + sales
                                + ".orders");

                // version 2: a new column and a dropped table in the other schema
                Cli.Result v2drift = cli.run(args(v2, "check"));
                assertEquals(1, v2drift.code(), v2drift::toString);
                assertEquals(
                        List.of(
                                "  + add column " + orders + "." + dialect.foldIdentifier("note") + " VARCHAR(40)",
                                "  - drop table " + lines + "   [destructive]"),
                        v2drift.outLines().subList(1, v2drift.outLines().size() - 1),
                        v2drift::toString);
                cli.run(args(v2, "revision", "--autogenerate", "-m", "notes", "--rev-id", SECOND))
                        .ok();
                assertEquals(
                        "Running upgrade " + FIRST + " -> " + SECOND + ", notes\n",
                        cli.run("upgrade").ok().out());
                assertEquals(List.of("orders"), tables(db, kind, sales));
                assertEquals(
                        "No changes: the database matches the entities.\n",
                        cli.run(args(v2, "check")).ok().out());

                assertEquals(
                        "Running downgrade " + SECOND + " -> " + FIRST + ", notes\n",
                        cli.run("downgrade", "-1").ok().out());
                assertEquals(
                        "No changes: the database matches the entities.\n",
                        cli.run(args(v1, "check")).ok().out());
                assertEquals(List.of("order_lines", "orders"), tables(db, kind, sales));
                exec(db, "delete from " + sales + ".orders");
                cli.run("downgrade", "base").ok();
                assertEquals(List.of(), tables(db, kind, sales));
                assertEquals(List.of("autogen_version", "autogen_version_history"), tables(db, kind, null));

                // one schema only: the other schema's tables are not compared there, so they are missing
                Cli.Result oneSchema = new Cli(dir)
                        .env("AUTOGEN_URL", db.url())
                        .run(args(v1, "check", "--no-all-schemas", "--no-scratch"));
                assertEquals(1, oneSchema.code(), oneSchema::toString);
                assertTrue(
                        oneSchema.out().contains("  + add table " + dialect.foldIdentifier("orders") + " ("),
                        oneSchema::toString);
            } finally {
                exec(
                        db,
                        kind.equals("mariadb")
                                ? "drop database if exists " + sales
                                : "drop schema if exists " + sales + " cascade");
            }
        }
    }

    /** SQLite has one schema: entities that name another are refused, with what to do. */
    @Test
    void sqliteHasOneSchema() throws Exception {
        try (TestDatabases.Db db = TestDatabases.sqlite()) {
            Cli cli = new Cli(dir).env("AUTOGEN_URL", db.url());
            assertEquals(
                    "sqlite has one schema per database, and the entities name schema sales; map them without"
                            + " @Table(schema = ...) or compare without --all-schemas",
                    cli.run(args(entities("sqlite", "sales", false), "check", "--all-schemas"))
                            .userError());
            assertEquals(
                    "--all-schemas compares the entities as Hibernate maps them, without a scratch copy; drop"
                            + " --scratch (or 'scratch=true') or compare one schema",
                    cli.run(args(entities("sqlite", "sales", false), "check", "--all-schemas", "--scratch"))
                            .userError());
        }
    }

    /** A schema the entities name must exist: Autogen does not create schemas. */
    @Test
    void aMissingSchemaIsNamed() throws Exception {
        try (TestDatabases.Db db = TestDatabases.h2()) {
            String error = new Cli(dir)
                    .env("AUTOGEN_URL", db.url())
                    .run(args(entities("h2", "sales", false), "check", "--all-schemas"))
                    .userError();
            assertTrue(error.startsWith("cannot read schema SALES, which the entities name: "), error);
            assertTrue(
                    error.endsWith("; create the schema (Autogen does not create schemas) or check the entities'"
                            + " @Table(schema = ...)"),
                    error);
        }
    }

    /** {@code --entities} and {@code --package} for entities compiled here, the other schema named {@code sales}. */
    private List<String> entities(String kind, String sales, boolean v2) throws Exception {
        String where = (kind.equals("mariadb") ? "catalog" : "schema") + " = \"" + sales + "\"";
        String pkg = "schemas" + (v2 ? "2" : "1");
        String imports = "package " + pkg + ";\nimport jakarta.persistence.*;\nimport java.time.Instant;\n";
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        sources.put(pkg + "/Customer.java", imports + """
                @Entity
                @Table(name = "customer")
                public class Customer {
                    @Id Long id;
                    @Column(length = 100) String name;
                }
                """);
        sources.put(pkg + "/Order.java", imports + """
                @Entity
                @Table(name = "orders", %s, indexes = @Index(name = "idx_orders_placed", columnList = "placed_at"))
                public class Order {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                    @ManyToOne(optional = false)
                    @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "fk_orders_customer"))
                    Customer customer;
                    @Column(name = "placed_at") Instant placedAt;
                    %s
                }
                """.formatted(where, v2 ? "@Column(length = 40) String note;" : ""));
        if (!v2) {
            sources.put(pkg + "/OrderLine.java", imports + """
                    @Entity
                    @Table(name = "order_lines", %s)
                    public class OrderLine {
                        @Id Long id;
                        @ManyToOne(optional = false)
                        @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "fk_lines_order"))
                        Order order;
                        int qty;
                    }
                    """.formatted(where));
        }
        Path classes = JavaSources.compile(dir.resolve("classes-" + pkg), sources);
        return List.of("--entities", classes.toString(), "--package", pkg);
    }

    private static void exec(TestDatabases.Db db, String... statements) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The tables of a schema (null: the test database's own), lower case, sorted. */
    private static List<String> tables(TestDatabases.Db db, String kind, String schema) throws SQLException {
        try (Connection c = db.connect()) {
            DatabaseMetaData meta = c.getMetaData();
            String catalog = c.getCatalog();
            String schemaPattern = c.getSchema();
            if (schema != null) {
                if (kind.equals("mariadb")) {
                    catalog = schema;
                } else {
                    schemaPattern = kind.equals("h2") ? schema.toUpperCase(java.util.Locale.ROOT) : schema;
                }
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(catalog, schemaPattern, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
                }
            }
            // the runner's progress table, next to the version table where DDL commits as it runs, is not asserted here
            return names.stream()
                    .filter(n -> !n.equals("autogen_version_progress"))
                    .sorted()
                    .toList();
        }
    }
}
