package dev.autogen.databases.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.OnlineForm;
import dev.autogen.core.database.TableLookup;
import dev.autogen.core.database.WriteBlock;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.Operation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The statements of PostgreSQL's online forms, and what blocks writes in the plain ones. */
class PostgresOnlineTest {

    private final PostgresDialect pg = PostgresDialect.INSTANCE;

    private OnlineForm form(Operation op) {
        return pg.onlineForm(op, TableLookup.none()).orElseThrow();
    }

    private Optional<WriteBlock.Kind> blocks(Operation op, boolean online) {
        return pg.blocksWrites(op, online).map(WriteBlock::kind);
    }

    private static ColumnState state(String type, boolean nullable) {
        return new ColumnState(ColumnType.raw(type), nullable, null);
    }

    @Test
    void indexesAreBuiltAndDroppedConcurrentlyOutsideTheTransaction() {
        CreateIndexOp create =
                new CreateIndexOp("orders", new Index("ix_orders_customer", List.of("customer_id"), true));
        assertEquals(
                new OnlineForm(
                        List.of("create unique index concurrently ix_orders_customer on orders (customer_id)"), true),
                form(create));
        assertEquals(
                List.of("drop index concurrently ix_orders_customer"),
                form(create.reverse()).statements());
        assertEquals(Optional.of(WriteBlock.Kind.INDEX_BUILD), blocks(create, false));
        assertEquals(Optional.empty(), blocks(create, true));
        assertEquals(Optional.empty(), blocks(new DropIndexOp("orders", create.index()), false));
    }

    @Test
    void constraintsAreAddedNotValidThenValidatedEachInItsOwnTransaction() {
        AddForeignKeyOp fk = new AddForeignKeyOp(
                "orders",
                new ForeignKey("fk_orders_customer", List.of("customer_id"), "customers", List.of("id"), null, null));
        OnlineForm form = form(fk);
        assertTrue(form.separateTransactions());
        assertEquals(
                List.of(
                        "alter table orders add constraint fk_orders_customer foreign key (customer_id) references"
                                + " customers (id) not valid",
                        "alter table orders validate constraint fk_orders_customer"),
                form.statements());
        assertEquals(Optional.of(WriteBlock.Kind.CONSTRAINT_SCAN), blocks(fk, false));
        assertEquals(Optional.empty(), blocks(fk, true));

        AddCheckOp named = new AddCheckOp("orders", new CheckConstraint("ck_amount", "amount >= 0"));
        assertEquals(
                List.of(
                        "alter table orders add constraint ck_amount check (amount >= 0) not valid",
                        "alter table orders validate constraint ck_amount"),
                form(named).statements());
        // an unnamed check gets the name PostgreSQL would give it, so that VALIDATE can name it
        assertEquals(
                "alter table orders add constraint orders_amount_check check (length(amount) > 0 AND amount IS NOT"
                        + " NULL) not valid",
                form(new AddCheckOp("orders", new CheckConstraint(null, "length(amount) > 0 AND amount IS NOT NULL")))
                        .statements()
                        .get(0));
        assertEquals(
                "alter table orders add constraint orders_check check (a > b) not valid",
                form(new AddCheckOp("orders", new CheckConstraint(null, "a > b")))
                        .statements()
                        .get(0));
    }

    @Test
    void aUniqueConstraintIsBuiltFromAnIndexBuiltConcurrently() {
        AddUniqueOp unique = new AddUniqueOp("orders", new UniqueConstraint("uk_orders_ref", List.of("ref")));
        assertEquals(
                List.of(
                        "create unique index concurrently uk_orders_ref on orders (ref)",
                        "alter table orders add constraint uk_orders_ref unique using index uk_orders_ref"),
                form(unique).statements());
        assertEquals(Optional.of(WriteBlock.Kind.INDEX_BUILD), blocks(unique, false));
        assertEquals(Optional.empty(), blocks(unique, true));
    }

    @Test
    void notNullIsProvedByAValidatedCheckFirst() {
        AlterColumnOp notNull =
                new AlterColumnOp("orders", "status", state("varchar(20)", true), state("varchar(20)", false));
        assertEquals(
                List.of(
                        "alter table orders add constraint orders_status_not_null check (status is not null) not valid",
                        "alter table orders validate constraint orders_status_not_null",
                        "alter table orders alter column status set not null",
                        "alter table orders drop constraint orders_status_not_null"),
                form(notNull).statements());
        assertEquals(Optional.of(WriteBlock.Kind.NOT_NULL_SCAN), blocks(notNull, false));
        assertEquals(Optional.empty(), blocks(notNull, true));
        assertFalse(pg.onlineForm(notNull.reverse(), TableLookup.none()).isPresent(), "DROP NOT NULL scans nothing");
    }

    @Test
    void typeChangesThatRewriteTheTableAreNamed() {
        assertEquals(
                Optional.of(WriteBlock.Kind.TABLE_REWRITE),
                blocks(new AlterColumnOp("t", "n", state("integer", true), state("bigint", true)), true));
        assertEquals(
                Optional.empty(),
                blocks(new AlterColumnOp("t", "s", state("varchar(20)", true), state("varchar(40)", true)), true));
        assertEquals(
                Optional.empty(),
                blocks(new AlterColumnOp("t", "s", state("varchar(20)", true), state("text", true)), true));
        assertEquals(
                Optional.of(WriteBlock.Kind.TABLE_REWRITE),
                blocks(new AlterColumnOp("t", "s", state("varchar(40)", true), state("varchar(20)", true)), true));
        assertEquals(
                Optional.empty(),
                blocks(new AlterColumnOp("t", "d", state("numeric(10,2)", true), state("numeric(12,2)", true)), true));
        assertEquals(
                Optional.of(WriteBlock.Kind.TABLE_REWRITE),
                blocks(new AlterColumnOp("t", "d", state("numeric(10,2)", true), state("numeric(12,3)", true)), true));
    }

    @Test
    void aVolatileDefaultOrAnIdentityOnANewColumnRewritesTheTable() {
        assertEquals(
                Optional.of(WriteBlock.Kind.TABLE_REWRITE),
                blocks(
                        new AddColumnOp("t", new Column("u", ColumnType.raw("uuid"), true, "gen_random_uuid()", false)),
                        true));
        assertEquals(
                Optional.empty(),
                blocks(
                        new AddColumnOp("t", new Column("at", ColumnType.raw("timestamp"), true, "now()", false)),
                        true));
        assertEquals(
                Optional.of(WriteBlock.Kind.TABLE_REWRITE),
                blocks(new AddColumnOp("t", new Column("n", ColumnType.raw("bigint"), false, null, true)), true));
        assertNull(PostgresOnline.volatileCall("'random()'::text"), "a call in a string is no call");
    }
}
