package dev.autogen.databases.postgresql;

import static dev.autogen.databases.contract.Sql.exec;
import static dev.autogen.databases.contract.Sql.rows;
import static dev.autogen.runtime.Schema.CASCADE;
import static dev.autogen.runtime.Schema.column;
import static dev.autogen.runtime.Schema.foreignKey;
import static dev.autogen.runtime.Schema.from;
import static dev.autogen.runtime.Schema.index;
import static dev.autogen.runtime.Schema.primaryKey;
import static dev.autogen.runtime.Schema.to;
import static dev.autogen.runtime.Schema.unique;
import static dev.autogen.runtime.Schema.uniqueIndex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Database;
import dev.autogen.core.model.ColumnType;
import dev.autogen.databases.contract.OperationsContract;
import dev.autogen.runtime.Types;
import dev.autogen.runtime.internal.exec.MigrationSqlException;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every facade operation on a real PostgreSQL, asserting on the catalog and on the rows. */
class PostgresOperationsTest extends OperationsContract {

    private PgCatalog catalog;

    @Override
    protected Database database() {
        return new PostgresDatabase();
    }

    @Override
    protected TestDatabases.Db newDatabase() {
        return TestDatabases.postgres();
    }

    /** The operations commit nothing: the tests commit, and what they leave is rolled back. */
    @Override
    protected void prepare(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    @Override
    protected List<ColumnType> portableTypes() {
        return java.util.stream.Stream.concat(
                        EVERY_PORTABLE_TYPE.stream(),
                        java.util.stream.Stream.of(Types.raw("inet"), Types.raw("integer[]")))
                .toList();
    }

    @Override
    protected List<String> declaredTypes(String table) throws SQLException {
        return catalog.columns(table).values().stream().map(PgCatalog.Col::type).toList();
    }

    @Override
    protected boolean tableExists(String table) throws SQLException {
        return catalog.tableExists(table);
    }

    @BeforeEach
    void openCatalog() {
        catalog = new PgCatalog(c);
    }

    private void createOrgAndUser() {
        op.createTable(
                "org",
                column("id", Types.BIGINT).notNull().identity(),
                column("name", Types.VARCHAR(100)).notNull(),
                primaryKey("id"));
        op.createTable(
                "user",
                column("id", Types.BIGINT).notNull().identity(),
                column("email", Types.VARCHAR(255)).notNull(),
                column("status", Types.VARCHAR(20)).notNull().serverDefault("'draft'"),
                column("order", Types.INTEGER),
                column("org_id", Types.BIGINT),
                column("created", Types.TIMESTAMP_WITH_TIME_ZONE),
                primaryKey("id"),
                unique("uq_user_email", "email"),
                foreignKey("fk_user_org", "org_id").references("org", "id").onDelete(CASCADE),
                index("ix_user_status", "status", "order"));
    }

    @Test
    void createTableWithEverything() throws SQLException {
        createOrgAndUser();
        c.commit();
        Map<String, PgCatalog.Col> cols = catalog.columns("user");
        assertEquals(List.of("id", "email", "status", "order", "org_id", "created"), List.copyOf(cols.keySet()));
        assertEquals("bigint", cols.get("id").type());
        assertEquals("d", cols.get("id").identity());
        assertTrue(cols.get("id").notNull());
        assertEquals("character varying(255)", cols.get("email").type());
        assertTrue(cols.get("email").notNull());
        assertEquals("'draft'::character varying", cols.get("status").defaultExpr());
        assertEquals("timestamp(6) with time zone", cols.get("created").type());
        assertFalse(cols.get("order").notNull());
        Map<String, String> constraints = catalog.constraints("user");
        assertEquals("UNIQUE (email)", constraints.get("uq_user_email"));
        assertEquals("FOREIGN KEY (org_id) REFERENCES org(id) ON DELETE CASCADE", constraints.get("fk_user_org"));
        assertEquals("PRIMARY KEY (id)", constraints.get("user_pkey"));
        assertTrue(
                catalog.indexes("user").get("ix_user_status").endsWith("(status, \"order\")"),
                catalog.indexes("user").toString());

        exec(
                c,
                "insert into org (name) values ('acme')",
                "insert into \"user\" (email, org_id) values ('O''Brien@x', 1)");
        assertEquals(List.of("1|O'Brien@x|draft|1"), rows(c, "select id, email, status, org_id from \"user\""));
        // the foreign key acts: deleting the org deletes its users
        exec(c, "delete from org");
        assertEquals(List.of(), rows(c, "select id from \"user\""));
    }

    @Test
    void columnsComeAndGoAndChangeKeepingRows() throws SQLException {
        op.createTable(
                "item", column("id", Types.INTEGER).notNull(), column("code", Types.VARCHAR(10)), primaryKey("id"));
        exec(c, "insert into item values (1, '10'), (2, '20'), (3, null)");

        op.addColumn("item", column("note", Types.TEXT).serverDefault("'O''Brien'"));
        assertEquals("'O''Brien'::text", catalog.columns("item").get("note").defaultExpr());

        // varchar -> integer needs USING; rows convert
        op.alterColumn("item", "code", from(Types.VARCHAR(10)), to(Types.INTEGER));
        assertEquals("integer", catalog.columns("item").get("code").type());
        assertEquals(List.of("1|10", "2|20", "3|null"), rows(c, "select id, code from item order by id"));

        // default and NOT NULL
        exec(c, "update item set code = 0 where code is null");
        op.alterColumn(
                "item", "code", from(Types.INTEGER), to(Types.BIGINT).notNull().serverDefault("7"));
        PgCatalog.Col code = catalog.columns("item").get("code");
        assertEquals("bigint", code.type());
        assertTrue(code.notNull());
        assertEquals("7", code.defaultExpr());
        op.alterColumn("item", "code", from(Types.BIGINT).notNull().serverDefault("7"), to(Types.BIGINT));
        code = catalog.columns("item").get("code");
        assertFalse(code.notNull());
        assertNull(code.defaultExpr());

        // widening a varchar
        op.addColumn("item", column("label", Types.VARCHAR(5)));
        op.alterColumn("item", "label", from(Types.VARCHAR(5)), to(Types.VARCHAR(50)));
        assertEquals(
                "character varying(50)", catalog.columns("item").get("label").type());

        op.dropColumn("item", "note");
        assertFalse(catalog.columns("item").containsKey("note"));
        c.commit();
        assertEquals(List.of("1|10", "2|20", "3|0"), rows(c, "select id, code from item order by id"));
    }

    @Test
    void setNotNullOnNullsFailsAndRollsBack() throws SQLException {
        op.createTable("t", column("a", Types.INTEGER));
        c.commit();
        exec(c, "insert into t values (null)");
        c.commit();
        MigrationSqlException e = assertThrows(
                MigrationSqlException.class,
                () -> op.alterColumn(
                        "t", "a", from(Types.INTEGER), to(Types.INTEGER).notNull()));
        assertTrue(e.getMessage().contains("alter_column"), e.getMessage());
        c.rollback();
        assertFalse(catalog.columns("t").get("a").notNull());
    }

    @Test
    void uniqueConstraintsAndIndexes() throws SQLException {
        op.createTable("t", column("a", Types.INTEGER), column("b", Types.INTEGER));
        op.createUniqueConstraint("t", unique("uq_t_ab", "a", "b"));
        exec(c, "insert into t values (1, 1)");
        c.commit();
        assertThrows(SQLException.class, () -> exec(c, "insert into t values (1, 1)"));
        c.rollback();
        op.dropUniqueConstraint("t", "uq_t_ab");
        exec(c, "insert into t values (1, 1)");
        assertFalse(catalog.constraints("t").containsKey("uq_t_ab"));

        op.createIndex("t", index("ix_t_b", "b"));
        exec(c, "delete from t where b = 1");
        op.createIndex("t", uniqueIndex("ux_t_ab", "a", "b"));
        assertEquals(
                List.of("ix_t_b", "ux_t_ab"), List.copyOf(catalog.indexes("t").keySet()));
        assertTrue(catalog.indexes("t").get("ux_t_ab").startsWith("CREATE UNIQUE INDEX"));
        op.dropIndex("t", "ix_t_b");
        op.dropIndex("t", "ux_t_ab");
        assertEquals(Map.of(), catalog.indexes("t"));
        c.commit();
    }

    @Test
    void foreignKeysAreEnforced() throws SQLException {
        op.createTable("parent", column("id", Types.INTEGER).notNull(), primaryKey("id"));
        op.createTable(
                "child", column("id", Types.INTEGER).notNull(), column("parent_id", Types.INTEGER), primaryKey("id"));
        exec(c, "insert into parent values (1)", "insert into child values (10, 1)");
        op.createForeignKey("child", foreignKey("fk_child_parent", "parent_id").references("parent", "id"));
        c.commit();
        assertThrows(SQLException.class, () -> exec(c, "insert into child values (11, 2)"));
        c.rollback();
        op.dropForeignKey("child", "fk_child_parent");
        exec(c, "insert into child values (11, 2)");
        c.commit();
        assertEquals(List.of("10|1", "11|2"), rows(c, "select id, parent_id from child order by id"));
    }

    @Test
    void nothingIsCommittedByTheOperations() throws SQLException {
        createOrgAndUser();
        c.rollback();
        assertFalse(catalog.tableExists("user"));
        assertFalse(catalog.tableExists("org"));
    }
}
