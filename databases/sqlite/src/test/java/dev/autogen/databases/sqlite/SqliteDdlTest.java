package dev.autogen.databases.sqlite;

import static dev.autogen.databases.contract.OpsFixtures.column;
import static dev.autogen.databases.contract.OpsFixtures.notNull;
import static dev.autogen.databases.contract.OpsFixtures.userTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.TableLookup;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropForeignKeyOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.DropUniqueOp;
import dev.autogen.runtime.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteDdlTest {

    private final SqliteDialect sqlite = SqliteDialect.INSTANCE;

    /** {@code items(id integer identity pk, name varchar(50) not null, qty integer, user_id bigint)}, index on name. */
    private static Table items() {
        return new Table(
                "items",
                List.of(
                        new Column("id", Types.BIGINT, false, null, true),
                        notNull("name", Types.VARCHAR(50)),
                        column("qty", Types.INTEGER),
                        column("user_id", Types.BIGINT)),
                new PrimaryKey(null, List.of("id")),
                List.of(),
                List.of(new Index("ix_items_name", List.of("name"), false)),
                List.of());
    }

    private final TableLookup current = TableLookup.of(new SchemaSnapshot(List.of(items())));

    private static List<String> rebuild(String createTable, String copiedColumns) {
        return List.of(
                "PRAGMA defer_foreign_keys = ON",
                "create table _autogen_tmp_items as select * from items",
                "drop table items",
                createTable,
                "insert into items (" + copiedColumns + ") select " + copiedColumns + " from _autogen_tmp_items",
                "drop table _autogen_tmp_items",
                "create index ix_items_name on items (name)");
    }

    @Test
    void createTable() {
        assertEquals(
                List.of(
                        "create table user (id integer, email varchar(255) not null, status varchar(20) default 'draft' not null, "
                                + "note clob default 'O''Brien', \"order\" integer, org_id bigint, primary key (id), "
                                + "constraint uq_user_email unique (email), "
                                + "constraint fk_user_org foreign key (org_id) references org (id) on delete cascade)",
                        "create index ix_user_status on user (status, \"order\")"),
                sqlite.statements(new CreateTableOp(userTable())));
    }

    @Test
    void expressionDefaultsGoInParentheses() {
        Table t = new Table(
                "t",
                List.of(
                        new Column("at", Types.TIMESTAMP, true, "datetime('now')", false),
                        new Column("n", Types.INTEGER, true, "-1", false),
                        new Column("c", Types.TIMESTAMP, true, "CURRENT_TIMESTAMP", false)),
                null,
                null,
                null,
                null);
        assertEquals(
                List.of("create table t (at timestamp default (datetime('now')), n integer default -1, "
                        + "c timestamp default CURRENT_TIMESTAMP)"),
                sqlite.statements(new CreateTableOp(t)));
    }

    @Test
    void dropTable() {
        assertEquals(
                List.of("drop table \"order\""),
                sqlite.statements(new DropTableOp(new Table("order", List.of(), null, null, null, null))));
    }

    @Test
    void addColumnInPlace() {
        assertEquals(
                List.of("alter table items add column note varchar(20)"),
                sqlite.statements(new AddColumnOp("items", column("note", Types.VARCHAR(20)))));
        assertEquals(
                List.of("alter table items add column flag boolean default false not null"),
                sqlite.statements(new AddColumnOp("items", new Column("flag", Types.BOOLEAN, false, "false", false))));
    }

    @Test
    void addNotNullColumnWithoutDefaultRebuilds() {
        assertEquals(
                rebuild(
                        "create table items (id integer, name varchar(50) not null, qty integer, user_id bigint, "
                                + "code varchar(5) not null, primary key (id))",
                        "id, name, qty, user_id"),
                sqlite.statements(new AddColumnOp("items", notNull("code", Types.VARCHAR(5))), current));
    }

    @Test
    void addColumnWithExpressionDefaultRebuilds() {
        List<String> sql = sqlite.statements(
                new AddColumnOp("items", new Column("at", Types.TIMESTAMP, true, "CURRENT_TIMESTAMP", false)), current);
        assertEquals(
                "create table items (id integer, name varchar(50) not null, qty integer, user_id bigint, "
                        + "at timestamp default CURRENT_TIMESTAMP, primary key (id))",
                sql.get(3));
    }

    @Test
    void dropColumn() {
        assertEquals(
                List.of("alter table items drop column qty"),
                sqlite.statements(new DropColumnOp("items", column("qty", Types.INTEGER)), current));
        // used by an index: rebuilt, and the index goes with the column
        List<String> sql = sqlite.statements(new DropColumnOp("items", column("name", Types.VARCHAR(50))), current);
        assertEquals(
                List.of(
                        "PRAGMA defer_foreign_keys = ON",
                        "create table _autogen_tmp_items as select * from items",
                        "drop table items",
                        "create table items (id integer, qty integer, user_id bigint, primary key (id))",
                        "insert into items (id, qty, user_id) select id, qty, user_id from _autogen_tmp_items",
                        "drop table _autogen_tmp_items"),
                sql);
    }

    @Test
    void alterColumnRebuilds() {
        assertEquals(
                rebuild(
                        "create table items (id integer, name varchar(50) not null, qty bigint default 0 not null, "
                                + "user_id bigint, primary key (id))",
                        "id, name, qty, user_id"),
                sqlite.statements(
                        new AlterColumnOp(
                                "items",
                                "qty",
                                new ColumnState(Types.INTEGER, true, null),
                                new ColumnState(Types.BIGINT, false, "0")),
                        current));
    }

    @Test
    void alterColumnThatChangesNothingIsEmpty() {
        assertEquals(
                List.of(),
                sqlite.statements(
                        new AlterColumnOp(
                                "items",
                                "qty",
                                new ColumnState(Types.raw("INTEGER"), true, "(0)"),
                                new ColumnState(Types.INTEGER, true, "0")),
                        current));
    }

    @Test
    void uniqueConstraintsRebuild() {
        assertEquals(
                rebuild(
                        "create table items (id integer, name varchar(50) not null, qty integer, user_id bigint, "
                                + "primary key (id), constraint uq_items_name unique (name))",
                        "id, name, qty, user_id"),
                sqlite.statements(
                        new AddUniqueOp("items", new UniqueConstraint("uq_items_name", List.of("name"))), current));
        Table withUnique =
                items().withUniqueConstraints(List.of(new UniqueConstraint("uq_items_name", List.of("name"))));
        assertEquals(
                rebuild(
                        "create table items (id integer, name varchar(50) not null, qty integer, user_id bigint, "
                                + "primary key (id))",
                        "id, name, qty, user_id"),
                sqlite.statements(
                        new DropUniqueOp("items", new UniqueConstraint("UQ_ITEMS_NAME", List.of("x"))),
                        TableLookup.of(new SchemaSnapshot(List.of(withUnique)))));
    }

    @Test
    void foreignKeysRebuild() {
        ForeignKey fk = new ForeignKey(
                "fk_items_user",
                List.of("user_id"),
                "user",
                List.of("id"),
                ReferentialAction.CASCADE,
                ReferentialAction.NO_ACTION);
        assertEquals(
                rebuild(
                        "create table items (id integer, name varchar(50) not null, qty integer, user_id bigint, "
                                + "primary key (id), constraint fk_items_user foreign key (user_id) references user (id) "
                                + "on delete cascade)",
                        "id, name, qty, user_id"),
                sqlite.statements(new AddForeignKeyOp("items", fk), current));
        assertEquals(
                rebuild(
                        "create table items (id integer, name varchar(50) not null, qty integer, user_id bigint, "
                                + "primary key (id))",
                        "id, name, qty, user_id"),
                sqlite.statements(
                        new DropForeignKeyOp("items", fk),
                        TableLookup.of(new SchemaSnapshot(List.of(items().withForeignKeys(List.of(fk)))))));
    }

    @Test
    void indexes() {
        assertEquals(
                List.of("create unique index ux on \"order\" (\"group\")"),
                sqlite.statements(new CreateIndexOp("order", new Index("ux", List.of("group"), true))));
        assertEquals(
                List.of("drop index ux"),
                sqlite.statements(new DropIndexOp("order", new Index("ux", List.of("group"), true))));
    }

    @Test
    void rebuildWithoutTheCurrentDefinitionExplainsItself() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> sqlite.statements(new AddUniqueOp("items", new UniqueConstraint("u", List.of("name")))));
        assertTrue(e.getMessage().contains("items") && e.getMessage().contains("current definition"), e.getMessage());
    }
}
