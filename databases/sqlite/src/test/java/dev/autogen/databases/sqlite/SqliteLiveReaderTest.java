package dev.autogen.databases.sqlite;

import dev.autogen.core.database.LiveReadOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.core.dialect.SchemaDialect;
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
        exec("""
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
        assertEquals(List.of(
                new Column("id", sqlite.parseType("integer"), false, null, true),
                new Column("email", sqlite.parseType("varchar(255)"), false, null, false),
                new Column("status", sqlite.parseType("varchar(20)"), false, "'draft'", false),
                new Column("created", sqlite.parseType("timestamp(6)"), true, "CURRENT_TIMESTAMP", false)), user.columns());
        assertEquals(List.of(new UniqueConstraint("uq_user_email", List.of("email"))), user.uniqueConstraints());
        Table order = snapshot.table("order").orElseThrow();
        assertEquals(new PrimaryKey("pk_order", List.of("tenant", "number")), order.primaryKey());
        assertEquals(List.of(new Index("ix_order_user", List.of("user_id"), false)), order.indexes());
        assertEquals(List.of(new ForeignKey("fk_order_user", List.of("user_id"), "user", List.of("id"),
                ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION)), order.foreignKeys());
        assertEquals(sqlite.parseType("numeric(12,2)"), order.column("total").orElseThrow().type());
    }

    @Test
    void appliesTheTableFilterAndVersionTableOption() throws Exception {
        exec("create table autogen_version (version_num varchar(32) not null primary key)",
                "create table kept (id integer primary key)",
                "create table Skipped (id integer primary key)");

        assertEquals(List.of("kept"), names(read(LiveReadOptions.defaults().withTableFilter(n -> !n.equals("Skipped")))));
        assertEquals(List.of("Skipped", "autogen_version", "kept"), names(read(LiveReadOptions.defaults().withVersionTable(null))));
        assertEquals(List.of("Skipped", "kept"), names(read(LiveReadOptions.defaults().withSchema("main"))));
    }
}
