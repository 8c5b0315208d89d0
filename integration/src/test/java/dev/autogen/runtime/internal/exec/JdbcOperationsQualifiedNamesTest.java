package dev.autogen.runtime.internal.exec;

import static dev.autogen.databases.contract.Sql.exec;
import static dev.autogen.databases.contract.Sql.rows;
import static dev.autogen.runtime.Schema.check;
import static dev.autogen.runtime.Schema.column;
import static dev.autogen.runtime.Schema.foreignKey;
import static dev.autogen.runtime.Schema.from;
import static dev.autogen.runtime.Schema.index;
import static dev.autogen.runtime.Schema.primaryKey;
import static dev.autogen.runtime.Schema.sequence;
import static dev.autogen.runtime.Schema.to;
import static dev.autogen.runtime.Schema.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autogen.core.database.Dialect;
import dev.autogen.runtime.Types;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Schema-qualified names ({@code sales.orders}: table {@code orders} of schema {@code sales}, a database on MariaDB)
 * in every kind of operation, run on each database that has schemas, with a foreign key into the current schema and
 * one within the other schema (a foreign key's referenced table is in its table's schema unless named with its own);
 * everything lands in the named schema and nothing in the current one.
 */
class JdbcOperationsQualifiedNamesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"postgresql", "h2", "mariadb"})
    void everyOperationWorksOnATableOfAnotherSchema(String kind) throws Exception {
        Dialect dialect = Dialects.forName(kind);
        try (TestDatabases.Db db = TestDatabases.of(kind);
                Connection c = db.connect()) {
            String sales = kind.equals("h2") ? "sales" : db.schema() + "_sales";
            exec(c, (kind.equals("mariadb") ? "create database " : "create schema ") + sales);
            try {
                JdbcOperations op = new JdbcOperations(c, dialect);
                String orders = sales + ".orders";
                String lines = sales + ".order_lines";
                op.createTable("customer", column("id", Types.BIGINT).notNull(), primaryKey("id"));
                op.createTable(
                        orders,
                        column("id", Types.BIGINT).notNull().identity(),
                        column("customer_id", Types.BIGINT).notNull(),
                        column("code", Types.VARCHAR(20)),
                        column("total", Types.INTEGER),
                        primaryKey("id"),
                        unique(null, "code"),
                        // a table of the current schema is named with its schema from another one
                        foreignKey("fk_orders_customer", "customer_id").references(db.schema() + ".customer", "id"));
                op.createIndex(orders, index("idx_orders_total", "total"));
                op.createTable(
                        lines,
                        column("id", Types.BIGINT).notNull(),
                        column("order_id", Types.BIGINT).notNull(),
                        primaryKey("id"));
                // a table's own schema need not be named
                op.createForeignKey(
                        lines, foreignKey("fk_lines_order", "order_id").references("orders", "id"));
                op.createCheckConstraint(orders, check("ck_orders_total", "total >= 0"));
                op.setTableComment(orders, "what customers bought");
                op.addColumn(orders, column("note", Types.VARCHAR(10)).comment("free text"));
                op.alterColumn(orders, "note", from(Types.VARCHAR(10)), to(Types.VARCHAR(40)));
                op.createSequence(
                        sequence(sales + ".order_numbers").startWith(5).incrementBy(10));
                op.alterSequence(
                        sequence(sales + ".order_numbers").startWith(5).incrementBy(10),
                        sequence(sales + ".order_numbers").startWith(5).incrementBy(20));

                assertEquals(List.of("order_lines", "orders"), tables(c, kind, sales));
                assertEquals(List.of("customer"), tables(c, kind, null));
                exec(
                        c,
                        "insert into customer (id) values (1)",
                        "insert into " + orders
                                + " (customer_id, code, total, note) values (1, 'A-1', 5, 'forty chars fit')",
                        "insert into " + lines + " (id, order_id) select 1, id from " + orders);
                assertThrows(
                        SQLException.class,
                        () -> exec(c, "insert into " + orders + " (customer_id, total) values (1, -1)"));
                assertThrows(
                        SQLException.class,
                        () -> exec(c, "insert into " + orders + " (customer_id, code) values (1, 'A-1')"));

                // and back: constraints the database named, found in the other schema
                op.dropForeignKey(lines, "fk_lines_order");
                op.dropUniqueConstraint(orders, unique(null, "code"));
                op.dropCheckConstraint(orders, "ck_orders_total");
                op.dropIndex(orders, "idx_orders_total");
                op.dropColumn(orders, "note");
                op.renameColumn(orders, "total", "amount");
                op.renameTable(lines, sales + ".lines");
                op.dropSequence(sales + ".order_numbers");
                exec(c, "insert into " + orders + " (customer_id, code, amount) values (1, 'A-1', -1)");
                assertEquals(
                        List.of("A-1|-1", "A-1|5"), rows(c, "select code, amount from " + orders + " order by amount"));
                assertEquals(List.of("lines", "orders"), tables(c, kind, sales));

                op.dropTable(sales + ".lines");
                op.dropTable(orders);
                assertEquals(List.of(), tables(c, kind, sales));
                assertEquals(List.of("customer"), tables(c, kind, null));
            } finally {
                exec(c, kind.equals("mariadb") ? "drop database " + sales : "drop schema " + sales + " cascade");
            }
        }
    }

    /** The tables of a schema (null: the connection's), lower case, sorted. */
    private static List<String> tables(Connection c, String kind, String schema) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String catalog = c.getCatalog();
        String schemaPattern = c.getSchema();
        if (schema != null) {
            if (kind.equals("mariadb")) {
                catalog = schema;
            } else {
                schemaPattern = kind.equals("h2") ? schema.toUpperCase(Locale.ROOT) : schema;
            }
        }
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(catalog, schemaPattern, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names.stream().sorted().toList();
    }
}
