package dev.autogen.databases.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.databases.contract.LiveReaderContract;
import dev.autogen.runtime.Types;
import dev.autogen.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live reader on a real MariaDB: one fresh database per test, read as the schema. */
class MariaDbLiveReaderTest extends LiveReaderContract {

    private final MariaDbDialect maria = MariaDbDialect.MARIADB;

    MariaDbLiveReaderTest() {
        super(new MariaDbDatabase(), TestDatabases::mariadb);
    }

    @Override
    protected String unknownSchema() {
        return "no_such_database_h9";
    }

    @Override
    protected String unknownSchemaMessage() {
        return "database 'no_such_database_h9' does not exist";
    }

    @Test
    void readsColumnsKeysConstraintsAndIndexes() throws Exception {
        exec(
                """
                create table user (
                    id bigint not null auto_increment,
                    email varchar(255) not null comment 'login',
                    status varchar(20) default 'draft' not null,
                    b int,
                    a int,
                    primary key (id),
                    constraint uq_user_ba unique (b, a)) comment='people'""",
                """
                create table `order` (
                    tenant int not null,
                    number bigint not null,
                    user_id bigint,
                    total decimal(12, 2) default 0,
                    placed datetime(6) default current_timestamp(6),
                    primary key (tenant, number),
                    foreign key (user_id) references user (id) on delete set null)""",
                """
                create table Line (
                    id integer not null auto_increment,
                    order_tenant int not null,
                    order_number bigint not null,
                    Note varchar(100) unique,
                    primary key (id),
                    constraint fk_line_order foreign key (order_tenant, order_number)
                        references `order` (tenant, number) on delete cascade on update restrict)""",
                "create index ix_line_note on Line (Note desc, order_tenant)",
                "create unique index ux_line_order on Line (order_number, order_tenant)");

        SchemaSnapshot snapshot = read(LiveReadOptions.defaults());

        assertEquals(List.of("Line", "order", "user"), names(snapshot));
        Table user = table(snapshot, "user");
        assertEquals(
                List.of(
                        new Column("id", Types.BIGINT, false, null, true),
                        new Column("email", Types.VARCHAR(255), false, null, false, "login", null),
                        new Column("status", Types.VARCHAR(20), false, "'draft'", false),
                        new Column("b", Types.INTEGER, true, "NULL", false),
                        new Column("a", Types.INTEGER, true, "NULL", false)),
                user.columns());
        assertEquals("people", user.comment());
        assertEquals(new PrimaryKey("PRIMARY", List.of("id")), user.primaryKey());
        assertEquals(List.of(new UniqueConstraint("uq_user_ba", List.of("b", "a"))), user.uniqueConstraints());
        assertEquals(List.of(), user.indexes());
        assertEquals(List.of(), user.foreignKeys());

        Table order = table(snapshot, "order");
        assertEquals(
                List.of(
                        new Column("tenant", Types.INTEGER, false, null, false),
                        new Column("number", Types.BIGINT, false, null, false),
                        new Column("user_id", Types.BIGINT, true, "NULL", false),
                        new Column("total", Types.DECIMAL(12, 2), true, "0.00", false),
                        new Column("placed", Types.TIMESTAMP(6), true, "current_timestamp(6)", false)),
                order.columns());
        assertEquals(new PrimaryKey("PRIMARY", List.of("tenant", "number")), order.primaryKey());
        // the unnamed key is named by MariaDB; the index it made for it (user_id) is the key's, not reported
        assertEquals(
                List.of(new ForeignKey(
                        "order_ibfk_1",
                        List.of("user_id"),
                        "user",
                        List.of("id"),
                        ReferentialAction.SET_NULL,
                        ReferentialAction.RESTRICT)),
                order.foreignKeys());
        assertEquals(List.of(), order.indexes());
        assertNull(order.comment());

        Table line = table(snapshot, "Line");
        assertEquals(
                List.of("id", "order_tenant", "order_number", "Note"),
                line.columns().stream().map(Column::name).toList());
        assertTrue(line.column("id").orElseThrow().identity());
        // a unique index and a unique constraint are one thing here: both are unique constraints
        assertEquals(
                List.of(
                        new UniqueConstraint("Note", List.of("Note")),
                        new UniqueConstraint("ux_line_order", List.of("order_number", "order_tenant"))),
                line.uniqueConstraints());
        // no index starts with (order_tenant, order_number): MariaDB made fk_line_order for the key, not reported
        assertEquals(
                List.of(new Index("ix_line_note", List.of("Note", "order_tenant"), false, List.of("Note"))),
                line.indexes());
        assertEquals(
                List.of(new ForeignKey(
                        "fk_line_order",
                        List.of("order_tenant", "order_number"),
                        "order",
                        List.of("tenant", "number"),
                        ReferentialAction.CASCADE,
                        ReferentialAction.RESTRICT)),
                line.foreignKeys());
    }

    @Test
    void typesDefaultsIdentityAndComputedColumnsCompareAsTheDialectSays() throws Exception {
        exec("""
                create table t (
                    id bigint(20) not null auto_increment primary key,
                    flag bit(1) default b'1' not null,
                    tiny tinyint(1),
                    amount double,
                    price decimal(10,2) default 9.90,
                    created datetime(6) default current_timestamp(6),
                    label varchar(10) default 'it''s',
                    kind enum('A','B') default 'A',
                    doc json,
                    uid uuid,
                    doubled decimal(12,2) as (price * 2) stored)""");

        Table t = table(read(LiveReadOptions.defaults()), "t");

        assertEquals(Types.BIGINT, t.column("id").orElseThrow().type());
        assertTrue(t.column("id").orElseThrow().identity());
        assertEquals(Types.BOOLEAN, t.column("flag").orElseThrow().type());
        assertEquals("b'1'", t.column("flag").orElseThrow().serverDefault());
        assertEquals(
                maria.normalizeDefault("true"),
                maria.normalizeDefault(t.column("flag").orElseThrow().serverDefault()));
        assertEquals(Types.TINYINT, t.column("tiny").orElseThrow().type());
        assertEquals(
                maria.canonicalType(Types.FLOAT(53)),
                maria.canonicalType(t.column("amount").orElseThrow().type()));
        assertEquals(
                maria.normalizeDefault("9.9"),
                maria.normalizeDefault(t.column("price").orElseThrow().serverDefault()));
        assertEquals(
                maria.normalizeDefault("CURRENT_TIMESTAMP(6)"),
                maria.normalizeDefault(t.column("created").orElseThrow().serverDefault()));
        assertEquals(
                maria.normalizeDefault("'it''s'"),
                maria.normalizeDefault(t.column("label").orElseThrow().serverDefault()));
        assertEquals(Types.ENUM("A", "B"), t.column("kind").orElseThrow().type());
        assertEquals(
                maria.canonicalType(Types.JSON),
                maria.canonicalType(t.column("doc").orElseThrow().type()));
        assertEquals(Types.UUID, t.column("uid").orElseThrow().type());
        Column doubled = t.column("doubled").orElseThrow();
        assertEquals("`price` * 2", doubled.generated());
        assertNull(doubled.serverDefault());
        // json's own json_valid check is part of the type, not a check constraint of the table
        assertEquals(List.of(), t.checks());
    }

    @Test
    void readsChecksPerTableAndSequences() throws Exception {
        exec(
                "create table a (x int check (x > 0), y int, constraint ck_y check (y between 0 and 2))",
                "create table b (x int, check (x <> 1))",
                "create sequence order_seq start with 5 increment by 50");

        SchemaSnapshot snapshot = read(LiveReadOptions.defaults());

        // MariaDB names a column check after its column and an unnamed table check CONSTRAINT_n, per table: both read
        // as unnamed, as Hibernate leaves them, the column check with its column
        assertEquals(
                List.of(new CheckConstraint("ck_y", "`y` between 0 and 2"), new CheckConstraint(null, "`x` > 0", "x")),
                table(snapshot, "a").checks());
        assertEquals(
                List.of(new CheckConstraint(null, "`x` <> 1")),
                table(snapshot, "b").checks());
        assertEquals(maria.normalizeCheck("y between 0 and 2"), maria.normalizeCheck("`y` between 0 and 2"));
        assertEquals(List.of(new Sequence("order_seq", 5, 50, 1000L)), snapshot.sequences());
        assertEquals(List.of("a", "b"), names(snapshot), "a sequence is no table");
    }

    @Test
    void readsOnlyTheRequestedDatabase() throws Exception {
        String other = db.schema() + "_other";
        exec(
                "create table here (id int primary key)",
                "create database " + other,
                "create table " + other + ".there (id int primary key, here_id int, "
                        + "constraint fk_there_here foreign key (here_id) references " + db.schema() + ".here (id))");
        try {
            assertEquals(List.of("here"), names(read(LiveReadOptions.defaults())));

            SchemaSnapshot otherSnapshot = read(LiveReadOptions.defaults().withSchema(other));
            assertEquals(List.of("there"), names(otherSnapshot));
            assertEquals(
                    db.schema(), connection.getCatalog(), "reading another database must not switch the connection's");
            // a table of another database is named with its database
            assertEquals(
                    List.of(new ForeignKey(
                            "fk_there_here",
                            List.of("here_id"),
                            db.schema() + ".here",
                            List.of("id"),
                            ReferentialAction.RESTRICT,
                            ReferentialAction.RESTRICT)),
                    table(otherSnapshot, "there").foreignKeys());
            assertEquals(List.of(), table(otherSnapshot, "there").indexes());
        } finally {
            exec("drop database " + other);
        }
    }

    @Test
    void tableNamesAreCaseSensitive() throws Exception {
        exec("create table Item (id int primary key)", "create table item (id int primary key, Item_id int)");

        assertEquals(List.of("Item", "item"), names(read(LiveReadOptions.defaults())));
    }

    /**
     * MariaDB names an unnamed column check after its column and an unnamed table check CONSTRAINT_n: both read as
     * unnamed, as Hibernate leaves them (the column check with its column); DESC index columns and the sequence cache
     * are reported.
     */
    @Test
    void readsUnnamedChecksDescendingIndexColumnsAndSequenceCaches() throws Exception {
        exec(
                "create table item (id bigint primary key, type varchar(10) check (type in ('group')),"
                        + " note varchar(20), created_at datetime(6), constraint item_note_set check (note <> ''),"
                        + " check (note <> 'it''s'))",
                "create index ix_item_created on item (created_at desc, type)",
                "create sequence item_seq start with 1 increment by 1 nocache",
                "create sequence other_seq");

        SchemaSnapshot snapshot = read(LiveReadOptions.defaults());
        Table item = snapshot.table("item").orElseThrow();

        assertEquals(
                List.of(
                        new CheckConstraint(null, "`note` <> 'it\\'s'"),
                        new CheckConstraint("item_note_set", "`note` <> ''"),
                        new CheckConstraint(null, "`type` = 'group'", "type")),
                item.checks());
        assertEquals(
                maria.normalizeCheck("note <> 'it''s'"),
                maria.normalizeCheck(item.checks().get(0).expression()));
        assertEquals(
                maria.normalizeCheck("type in ('group')"),
                maria.normalizeCheck(item.checks().get(2).expression()));
        assertEquals(List.of("created_at"), item.indexes().get(0).descending());
        assertEquals(
                List.of(new Sequence("item_seq", 1, 1, 0L), new Sequence("other_seq", 1, 1, 1000L)),
                snapshot.sequences());
    }
}
