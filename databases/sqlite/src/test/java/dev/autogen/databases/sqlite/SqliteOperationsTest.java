package dev.autogen.databases.sqlite;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Database;
import dev.autogen.core.model.ColumnType;
import dev.autogen.databases.contract.OperationsContract;
import dev.autogen.runtime.Schema;
import dev.autogen.runtime.Types;
import dev.autogen.runtime.internal.exec.MigrationSqlException;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every facade operation on a real SQLite file, above all the table rebuilds: rows survive, foreign keys still act,
 * identity, indexes and triggers are kept.
 */
class SqliteOperationsTest extends OperationsContract {

    private final SqliteDialect sqlite = SqliteDialect.INSTANCE;

    @Override
    protected Database database() {
        return new SqliteDatabase();
    }

    @Override
    protected TestDatabases.Db newDatabase() {
        return TestDatabases.sqlite();
    }

    @Override
    protected void prepare(Connection connection) throws SQLException {
        exec(connection, "PRAGMA foreign_keys = ON");
    }

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
                Types.DECIMAL(12, 2),
                Types.NUMERIC(38, 0),
                Types.CHAR(3),
                Types.VARCHAR(255),
                Types.NCHAR(2),
                Types.NVARCHAR(40),
                Types.TEXT,
                Types.CLOB,
                Types.NCLOB,
                Types.BINARY(16),
                Types.LONGVARBINARY,
                Types.BLOB,
                Types.DATE,
                Types.TIME,
                Types.TIME_WITH_TIME_ZONE,
                Types.TIMESTAMP,
                Types.TIMESTAMP_WITH_TIME_ZONE,
                Types.UUID,
                Types.JSON,
                Types.raw("datetime"));
    }

    @Override
    protected List<String> declaredTypes(String table) throws SQLException {
        return rows(c, "select type from pragma_table_info('" + table + "') order by cid");
    }

    private void orgsAndMembers() throws SQLException {
        migrate(() -> {
            op.createTable(
                    "org",
                    column("id", Types.BIGINT).notNull().identity(),
                    column("name", Types.VARCHAR(100)).notNull(),
                    primaryKey("id"));
            op.createTable(
                    "member",
                    column("id", Types.BIGINT).notNull().identity(),
                    column("org_id", Types.BIGINT).notNull(),
                    column("email", Types.VARCHAR(255)).notNull(),
                    column("status", Types.VARCHAR(20)).notNull().serverDefault("'new'"),
                    column("score", Types.INTEGER),
                    primaryKey("id"),
                    foreignKey("fk_member_org", "org_id")
                            .references("org", "id")
                            .onDelete(CASCADE),
                    index("ix_member_email", "email"),
                    index("ix_member_score", "score"));
        });
        exec(
                c,
                "insert into org (name) values ('acme'), ('O''Brien Ltd')",
                "insert into member (org_id, email, score) values (1, 'a@x', 1), (1, 'b@x', 2), (2, 'c@x', null)");
    }

    private String tableSql(String table) throws SQLException {
        return rows(c, "select sql from sqlite_master where type = 'table' and name = '" + table + "'")
                .get(0);
    }

    private List<String> indexNames(String table) throws SQLException {
        return rows(
                c,
                "select name from sqlite_master where type = 'index' and tbl_name = '" + table
                        + "' and sql is not null order by name");
    }

    private void assertForeignKeysAct() throws SQLException {
        assertEquals(List.of("1"), rows(c, "PRAGMA foreign_keys"));
        SQLException missing = assertThrows(
                SQLException.class, () -> exec(c, "insert into member (org_id, email) values (99, 'z@x')"));
        assertTrue(missing.getMessage().contains("FOREIGN KEY"), missing.getMessage());
        exec(c, "delete from org where id = 2");
        assertEquals(List.of(), rows(c, "select id from member where org_id = 2"));
    }

    @Test
    void createTableWithEverything() throws SQLException {
        orgsAndMembers();
        assertEquals(
                "CREATE TABLE member (id integer, org_id bigint not null, email varchar(255) not null, "
                        + "status varchar(20) default 'new' not null, score integer, primary key (id), "
                        + "constraint fk_member_org foreign key (org_id) references org (id) on delete cascade)",
                tableSql("member"));
        assertEquals(List.of("ix_member_email", "ix_member_score"), indexNames("member"));
        assertEquals(
                List.of("1|1|a@x|new|1", "2|1|b@x|new|2", "3|2|c@x|new|null"),
                rows(c, "select id, org_id, email, status, score from member order by id"));
        assertForeignKeysAct();
    }

    @Test
    void rebuildingTheParentKeepsRowsAndForeignKeys() throws SQLException {
        orgsAndMembers();
        migrate(() -> op.alterColumn(
                "org",
                "name",
                from(Types.VARCHAR(100)).notNull(),
                to(Types.VARCHAR(200)).notNull()));
        assertTrue(tableSql("org").contains("name varchar(200) not null"), tableSql("org"));
        assertEquals(List.of("1|acme", "2|O'Brien Ltd"), rows(c, "select id, name from org order by id"));
        assertEquals(List.of("1|1", "2|1", "3|2"), rows(c, "select id, org_id from member order by id"));
        assertFalse(rows(c, "select name from sqlite_master").stream().anyMatch(n -> n.startsWith("_autogen")));
        // identity still generates keys after the rebuild
        exec(c, "insert into org (name) values ('new')");
        assertEquals(List.of("3"), rows(c, "select id from org where name = 'new'"));
        assertForeignKeysAct();
    }

    @Test
    void rebuildingTheChildForEachKindOfChange() throws SQLException {
        orgsAndMembers();
        // a NULL in the rows: NOT NULL fails and everything rolls back
        MigrationSqlException e = assertThrows(
                MigrationSqlException.class,
                () -> migrate(() -> op.alterColumn(
                        "member",
                        "score",
                        from(Types.INTEGER),
                        to(Types.BIGINT).notNull().serverDefault("0"))));
        assertTrue(e.getMessage().contains("NOT NULL"), e.getMessage());
        assertTrue(tableSql("member").contains("score integer"), tableSql("member"));
        assertEquals(3, rows(c, "select id from member").size());
        exec(c, "update member set score = 0 where score is null");
        migrate(() -> {
            op.alterColumn(
                    "member",
                    "score",
                    from(Types.INTEGER),
                    to(Types.BIGINT).notNull().serverDefault("0"));
            op.createUniqueConstraint("member", unique("uq_member_email", "email"));
            op.dropColumn("member", "status");
        });
        String sql = tableSql("member");
        assertTrue(sql.contains("score bigint default 0 not null"), sql);
        assertTrue(sql.contains("constraint uq_member_email unique (email)"), sql);
        assertFalse(sql.contains("status"), sql);
        assertTrue(
                sql.contains("constraint fk_member_org foreign key (org_id) references org (id) on delete cascade"),
                sql);
        assertEquals(List.of("ix_member_email", "ix_member_score"), indexNames("member"));
        assertEquals(
                List.of("1|1|a@x|1", "2|1|b@x|2", "3|2|c@x|0"),
                rows(c, "select id, org_id, email, score from member order by id"));
        assertThrows(SQLException.class, () -> exec(c, "insert into member (org_id, email) values (1, 'a@x')"));
        assertForeignKeysAct();

        // dropping a column an index uses rebuilds and drops that index with it; the others stay
        migrate(() -> op.dropColumn("member", "score"));
        assertEquals(List.of("ix_member_email"), indexNames("member"));
        migrate(() -> op.dropUniqueConstraint("member", "uq_member_email"));
        exec(c, "insert into member (org_id, email) values (1, 'a@x')");
        assertEquals(List.of("1|a@x", "2|b@x", "3|a@x"), rows(c, "select id, email from member order by id"));
    }

    @Test
    void addingAndDroppingForeignKeys() throws SQLException {
        migrate(() -> {
            op.createTable("parent", column("id", Types.INTEGER).notNull(), primaryKey("id"));
            op.createTable(
                    "child",
                    column("id", Types.INTEGER).notNull(),
                    column("parent_id", Types.INTEGER),
                    primaryKey("id"));
        });
        exec(c, "insert into parent values (1), (2)", "insert into child values (10, 1), (20, 2), (30, null)");
        migrate(() -> op.createForeignKey(
                "child", foreignKey("fk_child_parent", "parent_id").references("parent", "id")));
        assertThrows(SQLException.class, () -> exec(c, "insert into child values (40, 9)"));
        assertThrows(SQLException.class, () -> exec(c, "delete from parent where id = 1"));
        migrate(() -> op.dropForeignKey("child", "fk_child_parent"));
        exec(c, "insert into child values (40, 9)");
        assertEquals(
                List.of("10|1", "20|2", "30|null", "40|9"), rows(c, "select id, parent_id from child order by id"));

        // rows that break the new key: the rebuild fails and the transaction rolls back
        MigrationSqlException e = assertThrows(
                MigrationSqlException.class,
                () -> migrate(() -> op.createForeignKey(
                        "child", foreignKey("fk_child_parent", "parent_id").references("parent", "id"))));
        assertTrue(e.getMessage().contains("foreign key"), e.getMessage());
        assertFalse(tableSql("child").contains("fk_child_parent"), tableSql("child"));
        assertEquals(4, rows(c, "select id from child").size());
    }

    @Test
    void foreignKeysOnInsideTheTransactionRefusesToCascade() throws SQLException {
        orgsAndMembers();
        c.setAutoCommit(false);
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> op.alterColumn(
                        "org",
                        "name",
                        from(Types.VARCHAR(100)).notNull(),
                        to(Types.VARCHAR(200)).notNull()));
        assertTrue(
                e.getMessage().contains("ON DELETE CASCADE") && e.getMessage().contains("member"), e.getMessage());
        c.rollback();
        c.setAutoCommit(true);
        assertEquals(3, rows(c, "select id from member").size());
        assertTrue(tableSql("org").contains("varchar(100)"));
    }

    @Test
    void foreignKeysOnInsideTheTransactionRebuildsAParentOfNoActionKeys() throws SQLException {
        migrate(() -> {
            op.createTable(
                    "parent", column("id", Types.INTEGER).notNull(), column("n", Types.INTEGER), primaryKey("id"));
            op.createTable(
                    "child",
                    column("id", Types.INTEGER).notNull(),
                    column("parent_id", Types.INTEGER),
                    primaryKey("id"),
                    foreignKey("fk_child_parent", "parent_id").references("parent", "id"));
        });
        exec(c, "insert into parent values (1, 1), (2, 2)", "insert into child values (10, 1), (20, 2)");
        c.setAutoCommit(false);
        op.alterColumn("parent", "n", from(Types.INTEGER), to(Types.BIGINT));
        c.commit();
        c.setAutoCommit(true);
        assertTrue(tableSql("parent").contains("n bigint"));
        assertEquals(List.of("10|1", "20|2"), rows(c, "select id, parent_id from child order by id"));
        assertThrows(SQLException.class, () -> exec(c, "insert into child values (30, 9)"));
    }

    @Test
    void addingColumns() throws SQLException {
        orgsAndMembers();
        migrate(() ->
                op.addColumn("member", column("flag", Types.BOOLEAN).notNull().serverDefault("false")));
        assertEquals(List.of("0", "0", "0"), rows(c, "select flag from member"));
        migrate(() -> op.addColumn("member", column("seen", Types.TIMESTAMP).serverDefault("CURRENT_TIMESTAMP")));
        assertEquals(List.of("0"), rows(c, "select count(*) from member where seen is null"));
        // NOT NULL without a default cannot be filled in for existing rows
        assertThrows(
                MigrationSqlException.class,
                () -> migrate(() ->
                        op.addColumn("member", column("code", Types.VARCHAR(5)).notNull())));
        assertFalse(tableSql("member").contains("code"));
        assertEquals(3, rows(c, "select id from member").size());
        assertForeignKeysAct();
    }

    @Test
    void triggersSurviveARebuild() throws SQLException {
        orgsAndMembers();
        exec(
                c,
                "create table audit (msg varchar(50))",
                "create trigger trg_org_insert after insert on org begin insert into audit values (new.name); end");
        migrate(() -> op.alterColumn(
                "org",
                "name",
                from(Types.VARCHAR(100)).notNull(),
                to(Types.VARCHAR(300)).notNull()));
        exec(c, "insert into org (name) values ('later')");
        assertEquals(List.of("later"), rows(c, "select msg from audit"));
    }

    @Test
    void checkConstraintsSurviveARebuild() throws SQLException {
        // as Hibernate writes an enum column, plus a named table-level check
        exec(
                c,
                "create table job (id integer, status varchar(20) check (status in ('NEW','DONE')), qty integer, "
                        + "note varchar(10), primary key (id), constraint ck_job_qty check (qty >= 0))",
                "insert into job values (1, 'NEW', 1, 'a'), (2, 'DONE', 0, null)");
        migrate(() -> op.alterColumn("job", "note", from(Types.VARCHAR(10)), to(Types.VARCHAR(30))));
        String sql = tableSql("job");
        assertTrue(
                sql.contains("check (status in ('NEW','DONE'))")
                        && sql.contains("constraint ck_job_qty check (qty >= 0)"),
                sql);
        assertThrows(SQLException.class, () -> exec(c, "insert into job values (3, 'OTHER', 1, null)"));
        assertThrows(SQLException.class, () -> exec(c, "insert into job values (3, 'NEW', -1, null)"));
        // dropping the column a check uses drops that check, the other stays
        migrate(() -> op.dropColumn("job", "qty"));
        sql = tableSql("job");
        assertFalse(sql.contains("ck_job_qty"), sql);
        assertTrue(sql.contains("check (status in ('NEW','DONE'))"), sql);
        assertEquals(List.of("1|NEW|a", "2|DONE|null"), rows(c, "select id, status, note from job order by id"));
    }

    @Test
    void partialAndDescendingIndexesSurviveARebuild() throws SQLException {
        exec(
                c,
                "create table doc (id integer, slug varchar(20), live boolean, primary key (id))",
                "create unique index ux_doc_live_slug on doc (slug) where live = 1",
                "create index ix_doc_slug_desc on doc (slug desc)",
                "insert into doc values (1, 'a', 1), (2, 'a', 0)");
        migrate(() -> op.alterColumn("doc", "slug", from(Types.VARCHAR(20)), to(Types.VARCHAR(40))));
        assertEquals(
                List.of(
                        "CREATE INDEX ix_doc_slug_desc on doc (slug desc)",
                        "CREATE UNIQUE INDEX ux_doc_live_slug on doc (slug) where live = 1"),
                rows(c, "select sql from sqlite_master where type = 'index' and tbl_name = 'doc' order by name"));
        exec(c, "insert into doc values (3, 'a', 0)");
        assertThrows(SQLException.class, () -> exec(c, "insert into doc values (4, 'a', 1)"));
    }

    @Test
    void theSessionChecksForeignKeysBeforeCommitAndRestoresThePragma() throws SQLException {
        orgsAndMembers();
        SQLException e = assertThrows(
                SQLException.class,
                () -> migrate(() -> op.execute("insert into member (org_id, email) values (42, 'orphan@x')")));
        assertTrue(e.getMessage().contains("member"), e.getMessage());
        assertEquals(List.of("1"), rows(c, "PRAGMA foreign_keys"));
        assertEquals(List.of(), rows(c, "select id from member where org_id = 42"));

        c.setAutoCommit(false);
        assertThrows(IllegalStateException.class, () -> sqlite.openSession(c));
        c.rollback();
        c.setAutoCommit(true);

        // with foreign keys off to begin with, the session leaves them off and checks nothing extra
        exec(c, "PRAGMA foreign_keys = OFF");
        migrate(() -> op.execute("insert into member (org_id, email) values (42, 'orphan@x')"));
        assertEquals(List.of("0"), rows(c, "PRAGMA foreign_keys"));
    }

    @Test
    void reservedNames() throws SQLException {
        migrate(() -> {
            op.createTable(
                    "order",
                    column("id", Types.INTEGER).notNull(),
                    column("group", Types.VARCHAR(10)),
                    primaryKey("id"),
                    index("ix_order_group", "group"));
        });
        exec(c, "insert into \"order\" values (1, 'a')");
        migrate(() -> {
            op.alterColumn(
                    "order",
                    "group",
                    from(Types.VARCHAR(10)),
                    to(Types.VARCHAR(20)).serverDefault("'x'"));
            op.createUniqueConstraint("order", unique("uq_order_group", "group"));
        });
        assertEquals(List.of("1|a"), rows(c, "select id, \"group\" from \"order\""));
        assertEquals(List.of("ix_order_group"), indexNames("order"));
        migrate(() -> op.dropTable("order"));
        assertEquals(List.of(), rows(c, "select name from sqlite_master where name = 'order'"));
    }

    @Test
    void indexesAndExecute() throws SQLException {
        migrate(() -> {
            op.createTable("t", column("a", Types.INTEGER), column("b", Types.INTEGER));
            op.createIndex("t", Schema.uniqueIndex("ux_t_a", "a"));
            op.execute("insert into t values (1, 1)");
        });
        assertThrows(SQLException.class, () -> exec(c, "insert into t values (1, 2)"));
        migrate(() -> op.dropIndex("t", "ux_t_a"));
        exec(c, "insert into t values (1, 2)");
        assertEquals(List.of(), indexNames("t"));
    }
}
