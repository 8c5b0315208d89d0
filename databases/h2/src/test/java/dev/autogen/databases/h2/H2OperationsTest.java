package dev.autogen.databases.h2;

import static dev.autogen.databases.contract.Sql.exec;
import static dev.autogen.databases.contract.Sql.rows;
import static dev.autogen.runtime.Schema.CASCADE;
import static dev.autogen.runtime.Schema.SET_NULL;
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
import dev.autogen.databases.contract.OperationsContract;
import dev.autogen.runtime.Schema;
import dev.autogen.runtime.Types;
import dev.autogen.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every facade operation on a real embedded H2, asserting on INFORMATION_SCHEMA and on the rows. H2 commits each DDL
 * statement, so the tests run with auto-commit on. Names are written as H2 stores them (upper case).
 */
class H2OperationsTest extends OperationsContract {

    private H2Info info;

    @Override
    protected Database database() {
        return new H2Database();
    }

    @Override
    protected TestDatabases.Db newDatabase() {
        return TestDatabases.h2();
    }

    @Override
    protected List<String> declaredTypes(String table) throws SQLException {
        return rows(c, """
                select case when data_type in ('NUMERIC') then data_type || '(' || numeric_precision || ', ' || numeric_scale || ')'
                            when data_type in ('TIME', 'TIMESTAMP') then data_type || '(' || datetime_precision || ')'
                            when data_type like '% WITH TIME ZONE' then replace(data_type, ' WITH', '(' || datetime_precision || ') WITH')
                            when data_type like '%LARGE OBJECT' or data_type = 'JSON' then data_type
                            when character_maximum_length is not null then data_type || '(' || character_maximum_length || ')'
                            else data_type end
                from information_schema.columns where table_schema = current_schema and table_name = '?'
                order by ordinal_position""".replace("'?'", "'" + H2Dialect.INSTANCE.storedName(table) + "'"));
    }

    @Override
    protected boolean tableExists(String table) throws SQLException {
        return info.tableExists(H2Dialect.INSTANCE.storedName(table));
    }

    @BeforeEach
    void openInfo() {
        info = new H2Info(c);
    }

    private void createOrgAndUser() {
        op.createTable(
                "ORG",
                column("ID", Types.BIGINT).notNull().identity(),
                column("NAME", Types.VARCHAR(100)).notNull(),
                primaryKey("ID"));
        op.createTable(
                "USER",
                column("ID", Types.BIGINT).notNull().identity(),
                column("EMAIL", Types.VARCHAR(255)).notNull().comment("where we write"),
                column("STATUS", Types.VARCHAR(20)).notNull().serverDefault("'draft'"),
                column("ORDER", Types.INTEGER),
                column("ORG_ID", Types.BIGINT),
                column("CREATED", Types.TIMESTAMP_WITH_TIME_ZONE),
                column("NEXT_ORDER", Types.INTEGER).generated("\"ORDER\" + 1"),
                primaryKey("ID"),
                unique("UQ_USER_EMAIL", "EMAIL"),
                foreignKey("FK_USER_ORG", "ORG_ID").references("ORG", "ID").onDelete(CASCADE),
                index("IX_USER_STATUS", "STATUS", "ORDER"),
                check("CK_USER_ORDER", "\"ORDER\" >= 0"),
                tableComment("the O'Brien users"));
    }

    @Test
    void createTableWithEverything() throws SQLException {
        createOrgAndUser();
        Map<String, H2Info.Col> cols = info.columns("USER");
        assertEquals(
                List.of("ID", "EMAIL", "STATUS", "ORDER", "ORG_ID", "CREATED", "NEXT_ORDER"),
                List.copyOf(cols.keySet()));
        assertEquals("BIGINT", cols.get("ID").type());
        assertTrue(cols.get("ID").identity());
        assertFalse(cols.get("ID").nullable());
        assertEquals("CHARACTER VARYING(255)", cols.get("EMAIL").type());
        assertFalse(cols.get("EMAIL").nullable());
        assertEquals("where we write", cols.get("EMAIL").comment());
        assertEquals("'draft'", cols.get("STATUS").defaultExpr());
        assertEquals("TIMESTAMP WITH TIME ZONE", cols.get("CREATED").type());
        assertTrue(cols.get("ORDER").nullable());
        assertEquals("\"ORDER\" + 1", cols.get("NEXT_ORDER").generated());
        assertEquals("the O'Brien users", info.tableComment("USER"));
        Map<String, String> constraints = info.constraints("USER");
        assertEquals("UNIQUE (EMAIL)", constraints.get("UQ_USER_EMAIL"));
        assertEquals("FOREIGN KEY (ORG_ID)", constraints.get("FK_USER_ORG"));
        assertEquals("CHECK (ORDER)", constraints.get("CK_USER_ORDER"));
        assertEquals("\"ORDER\" >= 0", info.checks("USER").get("CK_USER_ORDER"));
        assertTrue(constraints.containsValue("PRIMARY KEY (ID)"), constraints.toString());
        assertEquals(Map.of("IX_USER_STATUS", "(STATUS, ORDER)"), info.indexes("USER"));

        exec(
                c,
                "insert into org (name) values ('acme')",
                "insert into \"USER\" (email, org_id, \"ORDER\") values ('O''Brien@x', 1, 4)");
        assertEquals(
                List.of("1|O'Brien@x|draft|1|5"),
                rows(c, "select id, email, status, org_id, next_order from \"USER\""));
        assertThrows(SQLException.class, () -> exec(c, "insert into \"USER\" (email, \"ORDER\") values ('neg', -1)"));
        // the foreign key acts: deleting the org deletes its users
        exec(c, "delete from org");
        assertEquals(List.of(), rows(c, "select id from \"USER\""));
    }

    @Test
    void keyWordsAndNamesThatAreNotOneWordAreQuotedPlainNamesAreNot() throws SQLException {
        op.createTable("audit log", column("When", Types.TIMESTAMP), column("what", Types.TEXT));
        // "When" is a key word in any case and is kept as written; what is a plain name, which H2 folds
        assertEquals(
                List.of("When", "WHAT"), List.copyOf(info.columns("audit log").keySet()));
        assertEquals(
                "CHARACTER LARGE OBJECT", info.columns("audit log").get("WHAT").type());
        op.renameColumn("audit log", "When", "happened_at");
        op.renameTable("audit log", "audit_log");
        exec(c, "insert into AUDIT_LOG (what, happened_at) values ('x', null)");
        assertEquals(List.of("x"), rows(c, "select what from audit_log where happened_at is null"));
        // a migration's lower-case names are the upper-case names H2 stores
        op.addColumn("audit_log", column("who", Types.VARCHAR(20)));
        op.createIndex("audit_log", index("ix_audit_who", "who"));
        op.dropIndex("audit_log", "ix_audit_who");
        op.dropColumn("audit_log", "who");
        assertEquals(
                List.of("HAPPENED_AT", "WHAT"),
                List.copyOf(info.columns("AUDIT_LOG").keySet()));
    }

    @Test
    void columnsComeAndGoAndChangeKeepingRows() throws SQLException {
        op.createTable(
                "ITEM", column("ID", Types.INTEGER).notNull(), column("CODE", Types.VARCHAR(10)), primaryKey("ID"));
        exec(c, "insert into item values (1, '10'), (2, '20'), (3, null)");

        op.addColumn(
                "ITEM", column("NOTE", Types.TEXT).serverDefault("'O''Brien'").comment("free text"));
        assertEquals("'O''Brien'", info.columns("ITEM").get("NOTE").defaultExpr());
        assertEquals("free text", info.columns("ITEM").get("NOTE").comment());

        // varchar -> integer: H2 converts the rows
        op.alterColumn("ITEM", "CODE", from(Types.VARCHAR(10)), to(Types.INTEGER));
        assertEquals("INTEGER", info.columns("ITEM").get("CODE").type());
        assertEquals(List.of("1|10", "2|20", "3|null"), rows(c, "select id, code from item order by id"));

        // default, NOT NULL and comment
        exec(c, "update item set code = 0 where code is null");
        op.alterColumn(
                "ITEM",
                "CODE",
                from(Types.INTEGER),
                to(Types.BIGINT).notNull().serverDefault("7").comment("a code"));
        H2Info.Col code = info.columns("ITEM").get("CODE");
        assertEquals("BIGINT", code.type());
        assertFalse(code.nullable());
        assertEquals("7", code.defaultExpr());
        assertEquals("a code", code.comment());
        op.alterColumn(
                "ITEM", "CODE", from(Types.BIGINT).notNull().serverDefault("7").comment("a code"), to(Types.BIGINT));
        code = info.columns("ITEM").get("CODE");
        assertTrue(code.nullable());
        assertNull(code.defaultExpr());
        assertNull(code.comment());

        // widening a varchar keeps default and nullability
        op.addColumn("ITEM", column("LABEL", Types.VARCHAR(5)).notNull().serverDefault("'x'"));
        op.alterColumn(
                "ITEM",
                "LABEL",
                from(Types.VARCHAR(5)).notNull().serverDefault("'x'"),
                to(Types.VARCHAR(50)).notNull().serverDefault("'x'"));
        H2Info.Col label = info.columns("ITEM").get("LABEL");
        assertEquals("CHARACTER VARYING(50)", label.type());
        assertFalse(label.nullable());
        assertEquals("'x'", label.defaultExpr());

        op.dropColumn("ITEM", "NOTE");
        assertFalse(info.columns("ITEM").containsKey("NOTE"));
        assertEquals(List.of("1|10|x", "2|20|x", "3|0|x"), rows(c, "select id, code, label from item order by id"));
    }

    /** H2 refuses to drop a column a multi-column index or constraint uses; like PostgreSQL, they go with it. */
    @Test
    void droppingAColumnDropsWhatUsesIt() throws SQLException {
        op.createTable(
                "P",
                column("ID", Types.INTEGER).notNull(),
                column("CODE", Types.INTEGER).notNull(),
                primaryKey("ID"),
                unique("UQ_P_ID_CODE", "ID", "CODE"));
        op.createTable(
                "T",
                column("ID", Types.INTEGER).notNull(),
                column("A", Types.INTEGER),
                column("B", Types.INTEGER),
                column("C", Types.INTEGER),
                column("P_ID", Types.INTEGER),
                primaryKey("ID"),
                unique("UQ_T_AB", "A", "B"),
                foreignKey("FK_T_P", "P_ID", "A").references("P", "ID", "CODE"),
                index("IX_T_BC", "B", "C"),
                index("IX_T_CA", "C", "A"),
                check("CK_T_AB", "A < B"));
        exec(c, "insert into p values (1, 1)", "insert into t values (1, 1, 2, 3, 1)");
        op.dropColumn("T", "A");
        assertEquals(
                List.of("ID", "B", "C", "P_ID"), List.copyOf(info.columns("T").keySet()));
        assertEquals(Map.of("IX_T_BC", "(B, C)"), info.indexes("T"));
        assertFalse(info.constraints("T").containsKey("UQ_T_AB"));
        assertFalse(info.constraints("T").containsKey("FK_T_P"));
        assertEquals(Map.of(), info.checks("T"));
        op.dropColumn("T", "B");
        assertEquals(Map.of(), info.indexes("T"));
        assertEquals(List.of("1|3|1"), rows(c, "select id, c, p_id from t"));
    }

    @Test
    void identityComesAndGoes() throws SQLException {
        op.createTable("T", column("ID", Types.BIGINT).notNull(), column("V", Types.VARCHAR(5)), primaryKey("ID"));
        exec(c, "insert into t values (5, 'a'), (7, 'b')");
        op.alterColumn(
                "T",
                "ID",
                from(Types.BIGINT).notNull(),
                to(Types.BIGINT).notNull().identity());
        assertTrue(info.columns("T").get("ID").identity());
        exec(c, "insert into t (v) values ('c')");
        assertEquals(List.of("5|a", "7|b", "8|c"), rows(c, "select id, v from t order by id"));
        op.alterColumn(
                "T",
                "ID",
                from(Types.BIGINT).notNull().identity(),
                to(Types.BIGINT).notNull());
        assertFalse(info.columns("T").get("ID").identity());
        assertThrows(SQLException.class, () -> exec(c, "insert into t (v) values ('d')"));
    }

    @Test
    void uniqueConstraintsAndIndexes() throws SQLException {
        op.createTable("T", column("A", Types.INTEGER), column("B", Types.INTEGER), unique(null, "B"));
        op.createUniqueConstraint("T", unique("UQ_T_AB", "A", "B"));
        exec(c, "insert into t values (1, 1)");
        assertThrows(SQLException.class, () -> exec(c, "insert into t values (1, 1)"));
        op.dropUniqueConstraint("T", "UQ_T_AB");
        assertFalse(info.constraints("T").containsKey("UQ_T_AB"));
        // the unnamed one, which H2 named CONSTRAINT_xx, found by its columns
        assertThrows(SQLException.class, () -> exec(c, "insert into t values (2, 1)"));
        op.dropUniqueConstraint("T", unique(null, "B"));
        exec(c, "insert into t values (2, 1)");
        assertFalse(info.constraints("T").containsValue("UNIQUE (B)"));

        op.createIndex("T", index("IX_T_B", "B"));
        exec(c, "delete from t where a = 2");
        op.createIndex("T", uniqueIndex("UX_T_AB", "A", "B"));
        assertEquals(Map.of("IX_T_B", "(B)", "UX_T_AB", "UNIQUE (A, B)"), info.indexes("T"));
        op.dropIndex("T", "IX_T_B");
        op.dropIndex("T", "UX_T_AB");
        assertEquals(Map.of(), info.indexes("T"));
    }

    /** H2 lets a foreign key enforce itself through an index created before it; dropping that index still works. */
    @Test
    void droppingAnIndexAForeignKeyTookOver() throws SQLException {
        op.createTable("PARENT", column("ID", Types.INTEGER).notNull(), primaryKey("ID"));
        op.createTable(
                "CHILD", column("ID", Types.INTEGER).notNull(), column("PARENT_ID", Types.INTEGER), primaryKey("ID"));
        op.createIndex("CHILD", index("IX_CHILD_PARENT", "PARENT_ID"));
        op.createForeignKey(
                "CHILD",
                foreignKey("FK_CHILD_PARENT", "PARENT_ID")
                        .references("PARENT", "ID")
                        .onDelete(SET_NULL));
        exec(c, "insert into parent values (1)", "insert into child values (10, 1)");
        op.dropIndex("CHILD", "IX_CHILD_PARENT");
        assertEquals(Map.of(), info.indexes("CHILD"));
        assertEquals("FOREIGN KEY (PARENT_ID)", info.constraints("CHILD").get("FK_CHILD_PARENT"));
        assertThrows(SQLException.class, () -> exec(c, "insert into child values (11, 2)"));
        exec(c, "delete from parent");
        assertEquals(List.of("10|null"), rows(c, "select id, parent_id from child"));
    }

    @Test
    void foreignKeysAreEnforced() throws SQLException {
        op.createTable("PARENT", column("ID", Types.INTEGER).notNull(), primaryKey("ID"));
        op.createTable(
                "CHILD",
                column("ID", Types.INTEGER).notNull(),
                column("PARENT_ID", Types.INTEGER),
                primaryKey("ID"),
                foreignKey(null, "PARENT_ID").references("PARENT", "ID"));
        exec(c, "insert into parent values (1)", "insert into child values (10, 1)");
        assertThrows(SQLException.class, () -> exec(c, "insert into child values (11, 2)"));
        // the unnamed one, found by its columns
        op.dropForeignKey("CHILD", foreignKey(null, "PARENT_ID").references("PARENT", "ID"));
        exec(c, "insert into child values (11, 2)", "insert into parent values (2)");
        op.createForeignKey("CHILD", foreignKey("FK_CHILD_PARENT", "PARENT_ID").references("PARENT", "ID"));
        assertThrows(SQLException.class, () -> exec(c, "insert into child values (12, 3)"));
        op.dropForeignKey("CHILD", "FK_CHILD_PARENT");
        exec(c, "insert into child values (12, 3)");
        assertEquals(List.of("10|1", "11|2", "12|3"), rows(c, "select id, parent_id from child order by id"));
    }

    @Test
    void checkConstraints() throws SQLException {
        op.createTable("T", column("N", Types.INTEGER), check(null, "n between 0 and 9"));
        op.createCheckConstraint("T", check("CK_T_EVEN", "mod(n, 2) = 0"));
        assertThrows(SQLException.class, () -> exec(c, "insert into t values (3)"));
        assertThrows(SQLException.class, () -> exec(c, "insert into t values (12)"));
        op.dropCheckConstraint("T", "CK_T_EVEN");
        exec(c, "insert into t values (3)");
        // the unnamed one, found by its condition as H2 rewrote it
        op.dropCheckConstraint("T", check(null, "n between 0 and 9"));
        exec(c, "insert into t values (12)");
        assertEquals(Map.of(), info.checks("T"));
    }

    @Test
    void sequences() throws SQLException {
        op.createSequence(sequence("ORDER_SEQ").startWith(100).incrementBy(5));
        assertEquals(Map.of("ORDER_SEQ", "100/5"), info.sequences());
        assertEquals(List.of("100"), rows(c, "select next value for order_seq"));
        op.alterSequence(
                sequence("ORDER_SEQ").startWith(100).incrementBy(5),
                sequence("ORDER_SEQ").startWith(1).incrementBy(10));
        assertEquals(Map.of("ORDER_SEQ", "1/10"), info.sequences());
        long next = Long.parseLong(rows(c, "select next value for order_seq").get(0));
        assertEquals(List.of(Long.toString(next + 10)), rows(c, "select next value for order_seq"));
        op.dropSequence("ORDER_SEQ");
        assertEquals(Map.of(), info.sequences());
    }

    @Test
    void commentsAndRenames() throws SQLException {
        op.createTable("T", column("A", Types.INTEGER));
        exec(c, "insert into t values (1)");
        op.setTableComment("T", "numbers");
        assertEquals("numbers", info.tableComment("T"));
        op.setTableComment("T", null);
        assertNull(info.tableComment("T"));
        op.renameColumn("T", "A", "B");
        op.renameTable("T", "U");
        assertFalse(info.tableExists("T"));
        assertEquals(List.of("1"), rows(c, "select b from u"));
    }

    @Test
    void ddlCommitsAsItRuns() throws SQLException {
        op.createTable("T", column("A", Types.INTEGER));
        c.setAutoCommit(false);
        exec(c, "insert into t values (1)");
        op.createTable("U", column("B", Types.INTEGER));
        c.rollback();
        c.setAutoCommit(true);
        assertTrue(info.tableExists("U"));
        assertEquals(List.of("1"), rows(c, "select a from t"));
    }

    /** Without a database H2's names for unnamed constraints are unknown: dropping one asks for its name. */
    @Test
    void unnamedConstraintsNeedANameOffline() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> H2Dialect.INSTANCE.statements(new dev.autogen.core.ops.DropUniqueOp(
                        "T", new dev.autogen.core.model.UniqueConstraint(null, List.of("B")))));
        assertTrue(e.getMessage().contains("give its name"), e.getMessage());
    }

    /** What H2 reports for a default compares equal to what was written ({@code now()} comes back LOCALTIMESTAMP). */
    @Test
    void defaultsReadBackAsWritten() throws SQLException {
        H2Dialect h2 = H2Dialect.INSTANCE;
        List<List<Object>> written = List.of(
                List.of(Types.TIMESTAMP, "now()"),
                List.of(Types.TIMESTAMP, "localtimestamp()"),
                List.of(Types.TIMESTAMP_WITH_TIME_ZONE, "current_timestamp()"),
                List.of(Types.TIMESTAMP_WITH_TIME_ZONE, "CURRENT_TIMESTAMP"),
                List.of(Types.DATE, "current_date()"),
                List.of(Types.DATE, "curdate()"),
                List.of(Types.TIME_WITH_TIME_ZONE, "current_time()"),
                List.of(Types.VARCHAR(10), "'it''s'"),
                List.of(Types.INTEGER, "(-1)"),
                List.of(Types.BOOLEAN, "true"),
                List.of(Types.NUMERIC(10, 2), "1.5"),
                List.of(Types.UUID, "random_uuid()"));
        Schema.TableElement[] columns = new Schema.TableElement[written.size()];
        for (int i = 0; i < written.size(); i++) {
            columns[i] = column("C" + i, (ColumnType) written.get(i).get(0))
                    .serverDefault((String) written.get(i).get(1));
        }
        op.createTable("DEFAULTS", columns);
        Map<String, H2Info.Col> cols = info.columns("DEFAULTS");
        for (int i = 0; i < written.size(); i++) {
            String reported = cols.get("C" + i).defaultExpr();
            assertEquals(
                    h2.normalizeDefault((String) written.get(i).get(1)),
                    h2.normalizeDefault(reported),
                    written.get(i) + " reported as " + reported);
        }
    }
}
