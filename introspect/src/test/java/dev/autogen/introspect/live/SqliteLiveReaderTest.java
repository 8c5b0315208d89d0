package dev.autogen.introspect.live;

import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.database.LiveReadException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.databases.sqlite.SqliteCatalogReader;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.testing.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteLiveReaderTest extends LiveReaderTestBase {

    private final SchemaDialect sqlite = Dialects.forName("sqlite");

    SqliteLiveReaderTest() {
        super(TestDatabases::sqlite, Dialects.forName("sqlite"));
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

    @Test
    void rejectsOtherSchemasAndUnsupportedDialects() {
        LiveReadException schema = assertThrows(LiveReadException.class,
                () -> read(LiveReadOptions.defaults().withSchema("aux")));
        assertEquals("SQLite schema 'aux' cannot be read; only 'main' is supported", schema.getMessage());

        LiveReader sqliteOnly = new LiveReader(List.of(new SqliteCatalogReader()));
        LiveReadException dialect = assertThrows(LiveReadException.class,
                () -> sqliteOnly.read(connection, Dialects.forName("postgresql"), LiveReadOptions.defaults()));
        assertEquals("cannot read a live postgresql database; supported: sqlite", dialect.getMessage());
    }
}
