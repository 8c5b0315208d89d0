package dev.autogen.databases.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqliteSchemaReaderTest {

    private TestDatabases.Db db;
    private Connection connection;

    @BeforeEach
    void open() throws Exception {
        db = TestDatabases.sqlite();
        connection = db.connect();
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
        db.close();
    }

    private void exec(String... statements) throws Exception {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private SqliteSchemaReader reader() {
        return new SqliteSchemaReader(connection, null);
    }

    private static Table table(SchemaSnapshot snapshot, String name) {
        return snapshot.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + snapshot));
    }

    @Test
    void readsColumnsTypesDefaultsAndNullability() throws Exception {
        exec("""
                create table "user" (
                    id integer,
                    email varchar(255) not null,
                    status varchar(20) default 'draft' not null,
                    score numeric(12, 2) default 0,
                    created timestamp(6) default CURRENT_TIMESTAMP,
                    note   text,
                    big bigint,
                    untyped,
                    primary key (id))""");

        Table user = table(reader().read(), "user");

        assertEquals(
                List.of(
                        new Column("id", ColumnType.raw("integer"), false, null, true),
                        new Column("email", ColumnType.raw("varchar(255)"), false, null, false),
                        new Column("status", ColumnType.raw("varchar(20)"), false, "'draft'", false),
                        new Column("score", ColumnType.raw("numeric(12, 2)"), true, "0", false),
                        new Column("created", ColumnType.raw("timestamp(6)"), true, "CURRENT_TIMESTAMP", false),
                        new Column("note", ColumnType.raw("text"), true, null, false),
                        new Column("big", ColumnType.raw("bigint"), true, null, false),
                        new Column("untyped", ColumnType.raw("BLOB"), true, null, false)),
                user.columns());
        assertEquals(new PrimaryKey(null, List.of("id")), user.primaryKey());
        assertEquals(List.of(), user.indexes());
        assertEquals(List.of(), user.uniqueConstraints());
    }

    @Test
    void namedAndUnnamedConstraintsCompositeForeignKeysAndIndexes() throws Exception {
        exec(
                """
                create table "user" (
                    id integer primary key autoincrement,
                    handle varchar(50) constraint uq_user_handle unique,
                    email varchar(255) unique,
                    tenant int not null,
                    constraint uq_user_tenant_email unique (tenant, email))""",
                """
                create table "order" (
                    tenant int not null,
                    number bigint not null,
                    user_id int,
                    -- constraint fake unique (tenant) in a comment must not count
                    constraint pk_order primary key (tenant, number),
                    constraint "fk order user" foreign key (user_id) references "USER" (ID) on delete set null)""",
                """
                create table order_line (
                    id integer primary key,
                    order_tenant int not null,
                    order_number bigint not null,
                    line int not null,
                    product varchar(40) not null,
                    constraint fk_line_order foreign key (order_tenant, order_number)
                        references "order" (tenant, number) on delete cascade on update restrict,
                    unique (order_tenant, order_number, line))""",
                "create index ix_line_product on order_line (product)",
                "create unique index ux_line_product_line on order_line (product desc, line)",
                "create index ix_line_lower on order_line (lower(product))",
                "create index ix_line_partial on order_line (line) where line > 0");

        SchemaSnapshot snapshot = reader().read();
        assertEquals(
                List.of("order", "order_line", "user"),
                snapshot.tables().stream().map(Table::name).toList());

        Table user = table(snapshot, "user");
        assertTrue(user.column("id").orElseThrow().identity());
        assertEquals(
                List.of(
                        new UniqueConstraint("uq_user_handle", List.of("handle")),
                        new UniqueConstraint(null, List.of("email")),
                        new UniqueConstraint("uq_user_tenant_email", List.of("tenant", "email"))),
                user.uniqueConstraints());
        assertEquals(List.of(), user.indexes());

        Table order = table(snapshot, "order");
        assertEquals(new PrimaryKey("pk_order", List.of("tenant", "number")), order.primaryKey());
        assertEquals(List.of(), order.uniqueConstraints());
        assertEquals(List.of(), order.indexes());
        assertEquals(
                List.of(new ForeignKey(
                        "fk order user",
                        List.of("user_id"),
                        "user",
                        List.of("id"),
                        ReferentialAction.SET_NULL,
                        ReferentialAction.NO_ACTION)),
                order.foreignKeys());
        assertFalse(order.column("number").orElseThrow().identity());
        assertFalse(order.column("number").orElseThrow().nullable());

        Table line = table(snapshot, "order_line");
        assertEquals(
                List.of(new ForeignKey(
                        "fk_line_order",
                        List.of("order_tenant", "order_number"),
                        "order",
                        List.of("tenant", "number"),
                        ReferentialAction.CASCADE,
                        ReferentialAction.RESTRICT)),
                line.foreignKeys());
        assertEquals(
                List.of(new UniqueConstraint(null, List.of("order_tenant", "order_number", "line"))),
                line.uniqueConstraints());
        assertEquals(
                List.of(
                        new Index("ix_line_partial", List.of("line"), false),
                        new Index("ix_line_product", List.of("product"), false),
                        new Index("ux_line_product_line", List.of("product", "line"), true, List.of("product"))),
                line.indexes());
    }

    @Test
    void columnLevelReferencesAndImplicitParentKey() throws Exception {
        exec("create table Parent (Code varchar(10) not null, constraint pk_parent primary key (Code))", """
                create table child (
                    id integer primary key,
                    a varchar(10) constraint fk_child_a references PARENT,
                    b varchar(10) references parent (code) on delete cascade,
                    c varchar(10),
                    foreign key (c) references parent)""");

        Table child = table(reader().read(), "child");

        assertEquals(
                List.of(
                        new ForeignKey("fk_child_a", List.of("a"), "Parent", List.of("Code"), null, null),
                        new ForeignKey(null, List.of("b"), "Parent", List.of("Code"), ReferentialAction.CASCADE, null),
                        new ForeignKey(null, List.of("c"), "Parent", List.of("Code"), null, null)),
                child.foreignKeys());
        Table parent = table(reader().read(), "Parent");
        assertEquals(new PrimaryKey("pk_parent", List.of("Code")), parent.primaryKey());
        assertFalse(parent.column("Code").orElseThrow().identity());
    }

    @Test
    void foreignKeyNamesFollowTheirOwnColumns() throws Exception {
        // sqlite-jdbc's getImportedKeys puts fk_book_author on co_author_id; the PRAGMA-based reader must not.
        exec("create table author (id integer primary key)", """
                create table book (
                    id integer primary key,
                    author_id int not null,
                    co_author_id int,
                    constraint fk_book_author foreign key (author_id) references author (id),
                    constraint fk_book_co_author foreign key (co_author_id) references author (id) on delete set null)""");

        List<ForeignKey> fks = table(reader().read(), "book").foreignKeys();

        assertEquals(
                List.of(
                        new ForeignKey("fk_book_author", List.of("author_id"), "author", List.of("id"), null, null),
                        new ForeignKey(
                                "fk_book_co_author",
                                List.of("co_author_id"),
                                "author",
                                List.of("id"),
                                ReferentialAction.SET_NULL,
                                null)),
                fks);
    }

    @Test
    void identityIsTheRowidAliasOnly() throws Exception {
        exec(
                "create table hibernate_style (id integer not null, name varchar(255), primary key (id))",
                "create table auto_inc (id INTEGER PRIMARY KEY AUTOINCREMENT, v int)",
                "create table big_key (id bigint primary key, v int)",
                "create table desc_key (id integer primary key desc, v int)",
                "create table no_rowid (id integer primary key, v int) without rowid",
                "create table composite (a integer, b integer, primary key (a, b))",
                "create table named_pk (id integer constraint pk_named primary key)");

        SchemaSnapshot snapshot = reader().read();

        assertTrue(table(snapshot, "hibernate_style").column("id").orElseThrow().identity());
        Column autoInc = table(snapshot, "auto_inc").column("id").orElseThrow();
        assertTrue(autoInc.identity());
        assertFalse(autoInc.nullable());
        Column big = table(snapshot, "big_key").column("id").orElseThrow();
        assertFalse(big.identity());
        assertTrue(big.nullable(), "SQLite keeps a non-integer primary key column nullable unless declared NOT NULL");
        assertFalse(table(snapshot, "desc_key").column("id").orElseThrow().identity());
        assertFalse(table(snapshot, "no_rowid").column("id").orElseThrow().identity());
        assertFalse(table(snapshot, "composite").column("a").orElseThrow().identity());
        Table named = table(snapshot, "named_pk");
        assertTrue(named.column("id").orElseThrow().identity());
        assertEquals(new PrimaryKey("pk_named", List.of("id")), named.primaryKey());
        assertEquals(List.of(), table(snapshot, "big_key").indexes());
        assertEquals(List.of(), table(snapshot, "no_rowid").uniqueConstraints());
    }

    @Test
    void skipsInternalAndVersionTablesAndAppliesTheFilter() throws Exception {
        exec(
                "create table autogen_version (version_num varchar(32) not null primary key)",
                "create table kept (id integer primary key autoincrement)",
                "create table skipped_by_filter (id integer primary key)",
                "create view a_view as select id from kept",
                "insert into kept default values");

        SchemaSnapshot all = reader().read();
        assertEquals(
                List.of("kept", "skipped_by_filter"),
                all.tables().stream().map(Table::name).toList());

        SchemaSnapshot filtered = reader().read(name -> !name.startsWith("skipped"));
        assertEquals(
                List.of("kept"), filtered.tables().stream().map(Table::name).toList());

        SchemaSnapshot otherVersionTable = new SqliteSchemaReader(connection, null, "kept").read();
        assertEquals(
                List.of("autogen_version", "skipped_by_filter"),
                otherVersionTable.tables().stream().map(Table::name).toList());
    }

    @Test
    void readTableMatchesNamesIgnoringCase() throws Exception {
        exec("create table [Weird Name] (`select` text default 'it''s', \"from\" int constraint \"u,q\" unique)");

        Table weird = reader().readTable("weird name").orElseThrow();

        assertEquals("Weird Name", weird.name());
        assertEquals(
                List.of(
                        new Column("select", ColumnType.raw("text"), true, "'it''s'", false),
                        new Column("from", ColumnType.raw("int"), true, null, false)),
                weird.columns());
        assertEquals(List.of(new UniqueConstraint("u,q", List.of("from"))), weird.uniqueConstraints());
        assertNull(weird.primaryKey());
        assertTrue(reader().readTable("missing").isEmpty());
        assertTrue(reader().readTable("sqlite_master").isEmpty());
    }
}
