package dev.autogen.databases.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.databases.contract.LiveReaderContract;
import dev.autogen.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live reader contract on a SQLite file per test, and what only SQLite reads. */
class SqliteLiveReaderTest extends LiveReaderContract {

    /** A table with every kind of check (on a column, named, on the table) and a generated column. */
    private static final String ITEM = """
            create table item (
                id bigint primary key,
                qty int not null check (qty >= 0),
                status varchar(10) constraint item_status_known check (status in ('NEW', 'OLD')),
                price numeric(10,2),
                doubled int generated always as (qty * 2) stored,
                check (price > 0 or qty = 0))""";

    private final SchemaDialect sqlite = SqliteDialect.INSTANCE;

    SqliteLiveReaderTest() {
        super(new SqliteDatabase(), TestDatabases::sqlite);
    }

    /** SQLite reads its main schema only: any other, even one attached, is an error. */
    @Override
    protected String unknownSchema() {
        return "aux";
    }

    @Override
    protected String unknownSchemaMessage() {
        return "SQLite schema 'aux' cannot be read; only 'main' is supported";
    }

    @Test
    void readsTheSchemaWithDialectTypes() throws Exception {
        exec(
                """
                create table "user" (
                    id integer not null,
                    email varchar(255) not null constraint uq_user_email unique,
                    status varchar(20) default 'draft' not null,
                    created timestamp(6) default CURRENT_TIMESTAMP,
                    primary key (id))""",
                """
                create table "order" (
                    tenant int not null,
                    number bigint not null,
                    user_id bigint,
                    total numeric(12,2) default 0,
                    constraint pk_order primary key (tenant, number),
                    constraint fk_order_user foreign key (user_id) references "user" (id) on delete set null)""",
                "create index ix_order_user on \"order\" (user_id)",
                "create table autogen_version (version_num varchar(32) not null primary key)");

        SchemaSnapshot snapshot = read(LiveReadOptions.defaults());

        assertEquals(List.of("order", "user"), names(snapshot));
        Table user = snapshot.table("user").orElseThrow();
        assertEquals(
                List.of(
                        new Column("id", sqlite.parseType("integer"), false, null, true),
                        new Column("email", sqlite.parseType("varchar(255)"), false, null, false),
                        new Column("status", sqlite.parseType("varchar(20)"), false, "'draft'", false),
                        new Column("created", sqlite.parseType("timestamp(6)"), true, "CURRENT_TIMESTAMP", false)),
                user.columns());
        assertEquals(List.of(new UniqueConstraint("uq_user_email", List.of("email"))), user.uniqueConstraints());
        Table order = snapshot.table("order").orElseThrow();
        assertEquals(new PrimaryKey("pk_order", List.of("tenant", "number")), order.primaryKey());
        assertEquals(List.of(new Index("ix_order_user", List.of("user_id"), false)), order.indexes());
        assertEquals(
                List.of(new ForeignKey(
                        "fk_order_user",
                        List.of("user_id"),
                        "user",
                        List.of("id"),
                        ReferentialAction.SET_NULL,
                        ReferentialAction.NO_ACTION)),
                order.foreignKeys());
        assertEquals(
                sqlite.parseType("numeric(12,2)"),
                order.column("total").orElseThrow().type());
    }

    @Test
    void appliesTheTableFilterAndVersionTableOption() throws Exception {
        exec(
                "create table autogen_version (version_num varchar(32) not null primary key)",
                "create table kept (id integer primary key)",
                "create table Skipped (id integer primary key)");

        assertEquals(
                List.of("kept"), names(read(LiveReadOptions.defaults().withTableFilter(n -> !n.equals("Skipped")))));
        assertEquals(
                List.of("Skipped", "autogen_version", "kept"),
                names(read(LiveReadOptions.defaults().withVersionTable(null))));
        assertEquals(
                List.of("Skipped", "kept"),
                names(read(LiveReadOptions.defaults().withSchema("main"))));
    }

    @Test
    void readsChecksAsWrittenAndGeneratedExpressions() throws Exception {
        exec(ITEM);

        SchemaSnapshot snapshot = read(LiveReadOptions.defaults());
        Table item = snapshot.table("item").orElseThrow();

        assertEquals(
                List.of(
                        new CheckConstraint(null, "qty >= 0"),
                        new CheckConstraint("item_status_known", "status in ('NEW', 'OLD')"),
                        new CheckConstraint(null, "price > 0 or qty = 0")),
                item.checks());
        assertEquals("qty * 2", item.column("doubled").orElseThrow().generated());
        assertNull(item.comment());
        assertEquals(List.of(), snapshot.sequences());
    }
}
