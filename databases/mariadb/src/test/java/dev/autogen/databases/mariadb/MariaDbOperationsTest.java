package dev.autogen.databases.mariadb;

import static dev.autogen.databases.contract.Sql.exec;
import static dev.autogen.databases.contract.Sql.rows;
import static dev.autogen.runtime.Schema.CASCADE;
import static dev.autogen.runtime.Schema.check;
import static dev.autogen.runtime.Schema.column;
import static dev.autogen.runtime.Schema.foreignKey;
import static dev.autogen.runtime.Schema.from;
import static dev.autogen.runtime.Schema.index;
import static dev.autogen.runtime.Schema.primaryKey;
import static dev.autogen.runtime.Schema.sequence;
import static dev.autogen.runtime.Schema.tableComment;
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
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.DropForeignKeyOp;
import dev.autogen.core.ops.DropUniqueOp;
import dev.autogen.databases.contract.OperationsContract;
import dev.autogen.runtime.Types;
import dev.autogen.runtime.internal.exec.MigrationSqlException;
import dev.autogen.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every facade operation on a real MariaDB, asserting on {@code information_schema} and on the rows. DDL commits
 * by itself here, so the connection stays in auto-commit mode.
 */
class MariaDbOperationsTest extends OperationsContract {

    private final MariaDbDialect maria = MariaDbDialect.MARIADB;
    private MariaDbCatalog catalog;

    @Override
    protected Database database() {
        return new MariaDbDatabase();
    }

    @Override
    protected TestDatabases.Db newDatabase() {
        return TestDatabases.mariadb();
    }

    /** TIME_WITH_TIME_ZONE is left out: Hibernate writes {@code time with time zone}, which MariaDB does not know. */
    @Override
    protected List<ColumnType> portableTypes() {
        return List.of(
                Types.BOOLEAN,
                Types.TINYINT,
                Types.SMALLINT,
                Types.INTEGER,
                Types.BIGINT,
                Types.REAL,
                Types.DOUBLE,
                Types.FLOAT(10),
                Types.FLOAT(53),
                Types.DECIMAL(12, 2),
                Types.NUMERIC(38, 0),
                Types.CHAR(3),
                Types.VARCHAR(255),
                Types.NCHAR(2),
                Types.NVARCHAR(40),
                Types.VARCHAR(20_000),
                Types.VARCHAR(20_000_000),
                Types.TEXT,
                Types.CLOB,
                Types.NCLOB,
                Types.BINARY(16),
                Types.VARBINARY(100),
                Types.LONGVARBINARY,
                Types.BLOB,
                Types.DATE,
                Types.TIME,
                Types.TIME(3),
                Types.TIMESTAMP,
                Types.TIMESTAMP(3),
                Types.TIMESTAMP_WITH_TIME_ZONE,
                Types.UUID,
                Types.JSON,
                Types.raw("enum('A','b')"),
                Types.raw("bigint unsigned"),
                Types.raw("timestamp(3)"));
    }

    @Override
    protected List<String> declaredTypes(String table) throws SQLException {
        return catalog.columns(table).values().stream()
                .map(MariaDbCatalog.Col::type)
                .toList();
    }

    @Override
    protected boolean tableExists(String table) throws SQLException {
        return catalog.tableExists(table);
    }

    @BeforeEach
    void openCatalog() {
        catalog = new MariaDbCatalog(c);
    }

    private void createOrgAndUser() {
        op.createTable(
                "org",
                column("id", Types.BIGINT).notNull().identity(),
                column("name", Types.VARCHAR(100)).notNull(),
                primaryKey("id"),
                tableComment("organisations"));
        op.createTable(
                "user",
                column("id", Types.BIGINT).notNull().identity(),
                column("email", Types.VARCHAR(255)).notNull().comment("login, O'Brien style"),
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
        Map<String, MariaDbCatalog.Col> cols = catalog.columns("user");
        assertEquals(List.of("id", "email", "status", "order", "org_id", "created"), List.copyOf(cols.keySet()));
        assertEquals("bigint(20)", cols.get("id").type());
        assertEquals("auto_increment", cols.get("id").extra());
        assertTrue(cols.get("id").notNull());
        assertEquals("varchar(255)", cols.get("email").type());
        assertEquals("login, O'Brien style", cols.get("email").comment());
        assertEquals("'draft'", cols.get("status").defaultExpr());
        assertEquals("datetime(6)", cols.get("created").type());
        assertFalse(cols.get("order").notNull());
        assertEquals("organisations", catalog.tableComment("org"));
        assertEquals(
                Map.of("PRIMARY", "PRIMARY KEY", "uq_user_email", "UNIQUE", "fk_user_org", "FOREIGN KEY"),
                catalog.constraints("user"));
        assertEquals(
                "(org_id) -> org (id) on delete CASCADE on update RESTRICT",
                catalog.foreignKeys("user").get("fk_user_org"));
        assertEquals("(status, order)", catalog.indexes("user").get("ix_user_status"));

        exec(c, "insert into org (name) values ('acme')", "insert into user (email, org_id) values ('O''Brien@x', 1)");
        assertEquals(List.of("1|O'Brien@x|draft|1"), rows(c, "select id, email, status, org_id from user"));
        exec(c, "delete from org"); // the foreign key acts: deleting the org deletes its users
        assertEquals(List.of(), rows(c, "select id from user"));
    }

    @Test
    void columnsComeAndGoAndChangeKeepingRows() throws SQLException {
        op.createTable(
                "item",
                column("id", Types.INTEGER).notNull().identity(),
                column("code", Types.VARCHAR(10)),
                primaryKey("id"));
        exec(c, "insert into item (code) values ('10'), ('20'), (null)");

        op.addColumn("item", column("note", Types.TEXT).serverDefault("'O''Brien'"));
        // MariaDB reports this one as 'O\'Brien'
        assertEquals(
                "'O''Brien'",
                maria.normalizeDefault(catalog.columns("item").get("note").defaultExpr()));

        op.alterColumn("item", "code", from(Types.VARCHAR(10)), to(Types.INTEGER));
        assertEquals("int(11)", catalog.columns("item").get("code").type());
        assertEquals(List.of("1|10", "2|20", "3|null"), rows(c, "select id, code from item order by id"));

        exec(c, "update item set code = 0 where code is null");
        op.alterColumn(
                "item",
                "code",
                from(Types.INTEGER),
                to(Types.BIGINT).notNull().serverDefault("7").comment("c"));
        MariaDbCatalog.Col code = catalog.columns("item").get("code");
        assertEquals("bigint(20)", code.type());
        assertTrue(code.notNull());
        assertEquals("7", code.defaultExpr());
        assertEquals("c", code.comment());
        // only the default: the comment stays
        op.alterColumn(
                "item",
                "code",
                from(Types.BIGINT).notNull().serverDefault("7").comment("c"),
                to(Types.BIGINT).notNull().comment("c"));
        code = catalog.columns("item").get("code");
        assertNull(code.defaultExpr()); // a NOT NULL column without default (a nullable one reports the text NULL)
        assertEquals("c", code.comment());
        op.alterColumn("item", "code", from(Types.BIGINT).notNull().comment("c"), to(Types.BIGINT));
        code = catalog.columns("item").get("code");
        assertFalse(code.notNull());
        assertEquals("", code.comment());

        // the identity column changes type and stays auto_increment, though the operation does not say so
        op.alterColumn(
                "item", "id", from(Types.INTEGER).notNull(), to(Types.BIGINT).notNull());
        assertEquals("bigint(20)", catalog.columns("item").get("id").type());
        assertEquals("auto_increment", catalog.columns("item").get("id").extra());
        exec(c, "insert into item (code) values (4)");
        assertEquals(List.of("4|4"), rows(c, "select id, code from item where code = 4"));

        op.addColumn("item", column("label", Types.VARCHAR(5)));
        op.alterColumn("item", "label", from(Types.VARCHAR(5)), to(Types.VARCHAR(50)));
        assertEquals("varchar(50)", catalog.columns("item").get("label").type());

        op.dropColumn("item", "note");
        assertFalse(catalog.columns("item").containsKey("note"));
        assertEquals(List.of("1|10", "2|20", "3|0", "4|4"), rows(c, "select id, code from item order by id"));
    }

    @Test
    void identityIsAddedAndDropped() throws SQLException {
        op.createTable("t", column("id", Types.BIGINT).notNull(), primaryKey("id"));
        exec(c, "insert into t (id) values (5)");
        op.alterColumn(
                "t",
                "id",
                from(Types.BIGINT).notNull(),
                to(Types.BIGINT).notNull().identity());
        assertEquals("auto_increment", catalog.columns("t").get("id").extra());
        exec(c, "insert into t () values ()");
        assertEquals(List.of("5", "6"), rows(c, "select id from t order by id"));
        op.alterColumn(
                "t",
                "id",
                from(Types.BIGINT).notNull().identity(),
                to(Types.BIGINT).notNull());
        assertEquals("", catalog.columns("t").get("id").extra());
    }

    @Test
    void modifyKeepsAnOnUpdateClause() throws SQLException {
        op.createTable("t", column("id", Types.INTEGER).notNull(), primaryKey("id"));
        exec(
                c,
                "alter table t add column changed datetime(6) default current_timestamp(6) on update current_timestamp(6)");
        op.alterColumn(
                "t",
                "changed",
                from(Types.TIMESTAMP(6)).serverDefault("current_timestamp(6)"),
                to(Types.TIMESTAMP(6)).notNull().serverDefault("current_timestamp(6)"));
        MariaDbCatalog.Col changed = catalog.columns("t").get("changed");
        assertTrue(changed.notNull());
        assertEquals("on update current_timestamp(6)", changed.extra());
    }

    /** MariaDB drops a check declared in a column's definition on any MODIFY COLUMN that does not repeat it. */
    @Test
    void modifyKeepsACheckDeclaredInTheColumn() throws SQLException {
        op.createTable(
                "t",
                column("id", Types.INTEGER).notNull(),
                column("status", Types.VARCHAR(10)),
                primaryKey("id"),
                check(null, "status in ('A','B')").onColumn("status"));
        exec(c, "insert into t values (1, 'A')");
        op.alterColumn(
                "t", "status", from(Types.VARCHAR(10)), to(Types.VARCHAR(20)).notNull());
        assertTrue(catalog.columns("t").get("status").notNull());
        assertThrows(SQLException.class, () -> exec(c, "insert into t values (2, 'C')"), "the check still holds");
        exec(c, "insert into t values (2, 'B')");
    }

    @Test
    void setNotNullOnNullsFailsAndChangesNothing() throws SQLException {
        op.createTable("t", column("a", Types.INTEGER));
        exec(c, "insert into t values (null)");
        MigrationSqlException e = assertThrows(
                MigrationSqlException.class,
                () -> op.alterColumn(
                        "t", "a", from(Types.INTEGER), to(Types.INTEGER).notNull()));
        assertTrue(e.getMessage().contains("alter_column"), e.getMessage());
        assertFalse(catalog.columns("t").get("a").notNull());
    }

    @Test
    void uniqueConstraintsAndIndexes() throws SQLException {
        op.createTable("t", column("a", Types.INTEGER), column("b", Types.INTEGER));
        op.createUniqueConstraint("t", unique("uq_t_ab", "a", "b"));
        exec(c, "insert into t values (1, 1)");
        assertThrows(SQLException.class, () -> exec(c, "insert into t values (1, 1)"));
        op.dropUniqueConstraint("t", "uq_t_ab");
        exec(c, "insert into t values (1, 1)");
        assertFalse(catalog.constraints("t").containsKey("uq_t_ab"));

        // an unnamed unique constraint: MariaDB names it (b), and dropping it by its columns finds that name
        exec(c, "delete from t");
        op.createUniqueConstraint("t", unique(null, "b"));
        assertEquals("unique (b)", catalog.indexes("t").get("b"));
        op.apply(new DropUniqueOp("t", new UniqueConstraint(null, List.of("b"))));
        assertEquals(Map.of(), catalog.indexes("t"));

        op.createIndex("t", index("ix_t_b", "b"));
        op.createIndex("t", uniqueIndex("ux_t_ab", "a", "b"));
        assertEquals(Map.of("ix_t_b", "(b)", "ux_t_ab", "unique (a, b)"), catalog.indexes("t"));
        op.dropIndex("t", "ix_t_b");
        op.dropIndex("t", "ux_t_ab");
        assertEquals(Map.of(), catalog.indexes("t"));
    }

    @Test
    void foreignKeysAreEnforcedAndLeaveNoIndexBehind() throws SQLException {
        op.createTable("parent", column("id", Types.INTEGER).notNull(), primaryKey("id"));
        op.createTable(
                "child", column("id", Types.INTEGER).notNull(), column("parent_id", Types.INTEGER), primaryKey("id"));
        exec(c, "insert into parent values (1)", "insert into child values (10, 1)");
        op.createForeignKey("child", foreignKey("fk_child_parent", "parent_id").references("parent", "id"));
        // MariaDB backs the key with an index of the key's name
        assertEquals("(parent_id)", catalog.indexes("child").get("fk_child_parent"));
        assertEquals(
                "(parent_id) -> parent (id) on delete RESTRICT on update RESTRICT",
                catalog.foreignKeys("child").get("fk_child_parent"));
        assertThrows(SQLException.class, () -> exec(c, "insert into child values (11, 2)"));
        op.dropForeignKey("child", "fk_child_parent");
        assertEquals(Map.of("PRIMARY", "unique (id)"), catalog.indexes("child"));
        exec(c, "insert into child values (11, 2)");
        assertEquals(List.of("10|1", "11|2"), rows(c, "select id, parent_id from child order by id"));

        // an unnamed key: MariaDB names it child_ibfk_1 and its index after the column; both go
        exec(c, "delete from child where id = 11");
        op.createForeignKey("child", foreignKey(null, "parent_id").references("parent", "id"));
        assertEquals("(parent_id)", catalog.indexes("child").get("parent_id"));
        op.apply(new DropForeignKeyOp(
                "child", new ForeignKey(null, List.of("parent_id"), "parent", List.of("id"), null, null)));
        assertEquals(Map.of(), catalog.foreignKeys("child"));
        assertEquals(Map.of("PRIMARY", "unique (id)"), catalog.indexes("child"));
    }

    @Test
    void anIndexAForeignKeyNeedsIsReplacedByOneNamedAfterTheKey() throws SQLException {
        op.createTable("parent", column("id", Types.INTEGER).notNull(), primaryKey("id"));
        op.createTable(
                "child",
                column("id", Types.INTEGER).notNull(),
                column("parent_id", Types.INTEGER),
                primaryKey("id"),
                index("ix_child_parent", "parent_id"));
        op.createForeignKey("child", foreignKey("fk_child_parent", "parent_id").references("parent", "id"));
        assertEquals(Map.of("PRIMARY", "unique (id)", "ix_child_parent", "(parent_id)"), catalog.indexes("child"));
        op.dropIndex("child", "ix_child_parent");
        assertEquals(Map.of("PRIMARY", "unique (id)", "fk_child_parent", "(parent_id)"), catalog.indexes("child"));
        assertTrue(catalog.foreignKeys("child").containsKey("fk_child_parent"));
        // and the key goes with its index
        op.dropForeignKey("child", "fk_child_parent");
        assertEquals(Map.of("PRIMARY", "unique (id)"), catalog.indexes("child"));
    }

    @Test
    void checkConstraints() throws SQLException {
        op.createTable("t", column("a", Types.INTEGER), check("ck_t_a", "a > 0"));
        assertThrows(SQLException.class, () -> exec(c, "insert into t values (0)"));
        op.dropCheckConstraint("t", "ck_t_a");
        exec(c, "insert into t values (0)");
        op.createCheckConstraint("t", check("ck_t_a2", "a >= 0"));
        assertEquals(Map.of("ck_t_a2", "`a` >= 0"), catalog.checks("t"));
        assertThrows(SQLException.class, () -> exec(c, "insert into t values (-1)"));
        op.dropCheckConstraint("t", "ck_t_a2");
        assertEquals(Map.of(), catalog.checks("t"));
    }

    @Test
    void sequences() throws SQLException {
        op.createSequence(sequence("order_seq").startWith(5).incrementBy(10));
        assertTrue(catalog.sequenceExists("order_seq"));
        assertEquals(
                List.of("5", "15"),
                List.of(
                        rows(c, "select nextval(order_seq)").get(0),
                        rows(c, "select nextval(order_seq)").get(0)));
        op.alterSequence(
                sequence("order_seq").startWith(5).incrementBy(10),
                sequence("order_seq").startWith(5).incrementBy(1));
        assertEquals(List.of("5|1"), rows(c, "select start_value, increment from order_seq"));
        op.dropSequence("order_seq");
        assertFalse(catalog.sequenceExists("order_seq"));
    }

    @Test
    void commentsRenamesAndComputedColumns() throws SQLException {
        op.createTable(
                "t",
                column("id", Types.INTEGER).notNull(),
                column("price", Types.DECIMAL(10, 2)),
                column("doubled", Types.DECIMAL(12, 2)).generated("price * 2"),
                primaryKey("id"));
        exec(c, "insert into t (id, price) values (1, 2.50)");
        assertEquals(List.of("5.00"), rows(c, "select doubled from t"));
        assertEquals("STORED GENERATED", catalog.columns("t").get("doubled").extra());

        // altering a computed column keeps its expression
        op.alterColumn("t", "doubled", from(Types.DECIMAL(12, 2)), to(Types.DECIMAL(14, 2)));
        assertEquals("decimal(14,2)", catalog.columns("t").get("doubled").type());
        assertEquals("STORED GENERATED", catalog.columns("t").get("doubled").extra());

        op.setTableComment("t", "prices");
        assertEquals("prices", catalog.tableComment("t"));
        op.setTableComment("t", null);
        assertEquals("", catalog.tableComment("t"));

        op.renameColumn("t", "price", "amount");
        op.renameTable("t", "priced");
        assertFalse(catalog.tableExists("t"));
        assertEquals(List.of("1|2.50"), rows(c, "select id, amount from priced"));
    }

    @Test
    void defaultsReadBackNormalised() throws SQLException {
        op.createTable(
                "d",
                column("s", Types.VARCHAR(20)).serverDefault("'O''Brien'"),
                column("n", Types.DECIMAL(10, 2)).serverDefault("0"),
                column("b", Types.BOOLEAN).serverDefault("true"),
                column("t", Types.TIMESTAMP).serverDefault("CURRENT_TIMESTAMP(6)"),
                column("x", Types.INTEGER));
        Map<String, MariaDbCatalog.Col> cols = catalog.columns("d");
        assertEquals(
                maria.normalizeDefault("'O''Brien'"),
                maria.normalizeDefault(cols.get("s").defaultExpr()));
        assertEquals("0.00", cols.get("n").defaultExpr());
        assertEquals(
                maria.normalizeDefault("0"),
                maria.normalizeDefault(cols.get("n").defaultExpr()));
        assertEquals("b'1'", cols.get("b").defaultExpr());
        assertEquals(
                maria.normalizeDefault("true"),
                maria.normalizeDefault(cols.get("b").defaultExpr()));
        assertEquals(
                maria.normalizeDefault("CURRENT_TIMESTAMP(6)"),
                maria.normalizeDefault(cols.get("t").defaultExpr()));
        assertNull(maria.normalizeDefault(cols.get("x").defaultExpr()));
    }
}
