package dev.autogen.databases.mariadb;

import static dev.autogen.databases.contract.OpsFixtures.column;
import static dev.autogen.databases.contract.OpsFixtures.userTable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.TableLookup;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.AlterSequenceOp;
import dev.autogen.core.ops.AlterTableCommentOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateSequenceOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropCheckOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropForeignKeyOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.DropSequenceOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.DropUniqueOp;
import dev.autogen.core.ops.RenameColumnOp;
import dev.autogen.core.ops.RenameTableOp;
import dev.autogen.runtime.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statements each operation renders without a database (offline scripts). */
class MariaDbDdlTest {

    private final MariaDbDialect maria = MariaDbDialect.MARIADB;
    private final MariaDbDialect mysql = MariaDbDialect.MYSQL;

    @Test
    void createTableAsHibernateWritesIt() {
        assertEquals(
                List.of(
                        "create table user (id bigint not null auto_increment, email varchar(255) not null, "
                                + "status varchar(20) default 'draft' not null, note longtext default 'O''Brien', `order` integer, "
                                + "org_id bigint, primary key (id), constraint uq_user_email unique (email), "
                                + "constraint fk_user_org foreign key (org_id) references org (id) on delete cascade)",
                        "create index ix_user_status on user (status, `order`)"),
                maria.statements(new CreateTableOp(userTable())));
    }

    @Test
    void commentsChecksAndComputedColumnsAreInline() {
        Table table = new Table(
                "t",
                List.of(
                        new Column("a", Types.INTEGER, false, null, false, "the 'a'", null),
                        new Column("b", Types.INTEGER, true, null, false, null, "a * 2")),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(new CheckConstraint("ck_t_a", "a > 0")),
                "it's t");
        assertEquals(
                List.of(
                        "create table t (a integer not null comment 'the ''a''', "
                                + "b integer generated always as (a * 2) stored, constraint ck_t_a check (a > 0)) comment='it''s t'"),
                maria.statements(new CreateTableOp(table)));
        assertEquals(
                List.of("alter table t comment = 'new'"), maria.statements(new AlterTableCommentOp("t", "old", "new")));
        assertEquals(
                List.of("alter table t comment = ''"), maria.statements(new AlterTableCommentOp("t", "old", null)));
    }

    @Test
    void dropTableAndColumns() {
        assertEquals(List.of("drop table user"), maria.statements(new DropTableOp(userTable())));
        assertEquals(
                List.of("alter table t add column `group` varchar(40) default 'x' not null comment 'g'"),
                maria.statements(
                        new AddColumnOp("t", new Column("group", Types.VARCHAR(40), false, "'x'", false, "g", null))));
        assertEquals(
                List.of("alter table t drop column `order`"),
                maria.statements(new DropColumnOp("t", column("order", Types.INTEGER))));
    }

    @Test
    void alterOnlyTheDefault() {
        assertEquals(
                List.of("alter table t alter column s set default 'x'"),
                maria.statements(new AlterColumnOp(
                        "t",
                        "s",
                        new ColumnState(Types.VARCHAR(10), true, null),
                        new ColumnState(Types.VARCHAR(10), true, "'x'"))));
        assertEquals(
                List.of("alter table t alter column s drop default"),
                maria.statements(new AlterColumnOp(
                        "t",
                        "s",
                        new ColumnState(Types.VARCHAR(10), true, "'x'"),
                        new ColumnState(Types.VARCHAR(10), true, null))));
        // the same column type, spelled differently: nothing to do
        assertEquals(
                List.of(),
                maria.statements(new AlterColumnOp(
                        "t",
                        "n",
                        new ColumnState(Types.raw("bigint(20)"), true, "0.00"),
                        new ColumnState(Types.BIGINT, true, "0"))));
    }

    @Test
    void alterTypeOrNullabilityModifiesTheWholeColumn() {
        assertEquals(
                List.of("alter table t modify column qty integer default 0 not null comment 'how many'"),
                maria.statements(new AlterColumnOp(
                        "t",
                        "qty",
                        new ColumnState(Types.VARCHAR(10), true, "'0'", "how many"),
                        new ColumnState(Types.INTEGER, false, "0", "how many"))));
        assertEquals(
                List.of("alter table t modify column s varchar(10)"),
                maria.statements(new AlterColumnOp(
                        "t",
                        "s",
                        new ColumnState(Types.VARCHAR(10), true, null, "gone"),
                        new ColumnState(Types.VARCHAR(10), true, null))));
    }

    @Test
    void modifyKeepsAutoIncrementAndGenerationFromTheSchemaSoFar() {
        Table t = new Table(
                "t",
                List.of(
                        new Column("id", Types.INTEGER, false, null, true),
                        new Column("g", Types.INTEGER, true, null, false, null, "id + 1")),
                new PrimaryKey(null, List.of("id")),
                List.of(),
                List.of(),
                List.of());
        TableLookup current = TableLookup.of(new SchemaSnapshot(List.of(t)));
        assertEquals(
                List.of("alter table t modify column id bigint not null auto_increment"),
                maria.statements(
                        new AlterColumnOp(
                                "t",
                                "id",
                                new ColumnState(Types.INTEGER, false, null),
                                new ColumnState(Types.BIGINT, false, null)),
                        current));
        assertEquals(
                List.of("alter table t modify column id bigint not null"),
                maria.statements(
                        new AlterColumnOp(
                                "t",
                                "id",
                                new ColumnState(Types.INTEGER, false, null, null, true),
                                new ColumnState(Types.BIGINT, false, null, null, false)),
                        current));
        assertEquals(
                List.of("alter table t modify column n integer not null auto_increment"),
                maria.statements(new AlterColumnOp(
                        "t",
                        "n",
                        new ColumnState(Types.INTEGER, false, null, null, false),
                        new ColumnState(Types.INTEGER, false, null, null, true))));
        assertEquals(
                List.of("alter table t modify column g bigint as (id + 1) stored"),
                maria.statements(
                        new AlterColumnOp(
                                "t",
                                "g",
                                new ColumnState(Types.INTEGER, true, null),
                                new ColumnState(Types.BIGINT, true, null)),
                        current));
    }

    @Test
    void indexesAndUniques() {
        assertEquals(
                List.of("create unique index ux_t_a on t (a, `key`)"),
                maria.statements(new CreateIndexOp("t", new Index("ux_t_a", List.of("a", "key"), true))));
        assertEquals(
                List.of("drop index ux_t_a on t"),
                maria.statements(new DropIndexOp("t", new Index("ux_t_a", List.of("a"), true))));
        assertEquals(
                List.of("alter table t add constraint uq_t_ab unique (a, b)"),
                maria.statements(new AddUniqueOp("t", new UniqueConstraint("uq_t_ab", List.of("a", "b")))));
        assertEquals(
                List.of("alter table t drop index uq_t_ab"),
                maria.statements(new DropUniqueOp("t", new UniqueConstraint("uq_t_ab", List.of("a", "b")))));
        // MariaDB names an unnamed unique constraint after its first column
        assertEquals(
                List.of("alter table t drop index a"),
                maria.statements(new DropUniqueOp("t", new UniqueConstraint(null, List.of("a", "b")))));
    }

    @Test
    void anIndexAForeignKeyNeedsIsReplacedOffline() {
        Table child = new Table(
                "child",
                List.of(
                        new Column("id", Types.INTEGER, false, null, false),
                        new Column("parent_id", Types.INTEGER, true, null, false)),
                new PrimaryKey(null, List.of("id")),
                List.of(),
                List.of(new Index("ix_child_parent", List.of("parent_id", "id"), false)),
                List.of(new ForeignKey("fk_child_parent", List.of("parent_id"), "parent", List.of("id"), null, null)));
        TableLookup current = TableLookup.of(new SchemaSnapshot(List.of(child)));
        assertEquals(
                List.of("alter table child drop index ix_child_parent, add index fk_child_parent (parent_id)"),
                maria.statements(
                        new DropIndexOp("child", new Index("ix_child_parent", List.of("parent_id"), false)), current));
        // served by another index: a plain drop
        Table served =
                child.withIndexes(List.of(child.indexes().get(0), new Index("ix_other", List.of("parent_id"), false)));
        assertEquals(
                List.of("drop index ix_child_parent on child"),
                maria.statements(
                        new DropIndexOp("child", new Index("ix_child_parent", List.of("parent_id"), false)),
                        TableLookup.of(new SchemaSnapshot(List.of(served)))));
    }

    @Test
    void foreignKeysGoWithTheIndexMariaDbMadeForThem() {
        ForeignKey fk = new ForeignKey(
                "fk_t_user",
                List.of("user_id"),
                "user",
                List.of("id"),
                ReferentialAction.SET_NULL,
                ReferentialAction.CASCADE);
        assertEquals(
                List.of("alter table t add constraint fk_t_user foreign key (user_id) references user (id) "
                        + "on delete set null on update cascade"),
                maria.statements(new AddForeignKeyOp("t", fk)));
        assertEquals(
                List.of("alter table t drop foreign key fk_t_user, drop index if exists fk_t_user"),
                maria.statements(new DropForeignKeyOp("t", fk)));
        assertEquals(
                List.of("alter table t drop foreign key fk_t_user"), mysql.statements(new DropForeignKeyOp("t", fk)));
        ForeignKey unnamed = new ForeignKey(null, List.of("user_id"), "user", List.of("id"), null, null);
        assertThrows(IllegalArgumentException.class, () -> maria.statements(new DropForeignKeyOp("t", unnamed)));
    }

    @Test
    void checks() {
        CheckConstraint check = new CheckConstraint("ck_t_a", "a > 0");
        assertEquals(
                List.of("alter table t add constraint ck_t_a check (a > 0)"),
                maria.statements(new AddCheckOp("t", check)));
        assertEquals(List.of("alter table t drop constraint ck_t_a"), maria.statements(new DropCheckOp("t", check)));
        assertEquals(List.of("alter table t drop check ck_t_a"), mysql.statements(new DropCheckOp("t", check)));
    }

    @Test
    void sequencesOnMariaDbOnly() {
        Sequence seq = new Sequence("order_seq", 1, 50);
        assertEquals(
                List.of("create sequence order_seq start with 1 increment by 50 nocache"),
                maria.statements(new CreateSequenceOp(seq)));
        assertEquals(
                List.of("alter sequence order_seq start with 1 increment by 10"),
                maria.statements(new AlterSequenceOp(seq, new Sequence("order_seq", 1, 10))));
        assertEquals(
                List.of("alter sequence order_seq start with 1 increment by 50 nocache"),
                maria.statements(new AlterSequenceOp(
                        new Sequence("order_seq", 1, 50, 1000L), new Sequence("order_seq", 1, 50, 0L))));
        assertEquals(List.of("drop sequence order_seq"), maria.statements(new DropSequenceOp(seq)));
        UnsupportedOperationException e =
                assertThrows(UnsupportedOperationException.class, () -> mysql.statements(new CreateSequenceOp(seq)));
        assertTrue(e.getMessage().contains("MySQL has no sequences"), e.getMessage());
    }

    @Test
    void renames() {
        assertEquals(List.of("alter table a rename to `order`"), maria.statements(new RenameTableOp("a", "order")));
        assertEquals(
                List.of("alter table t rename column a to b"), maria.statements(new RenameColumnOp("t", "a", "b")));
    }
}
