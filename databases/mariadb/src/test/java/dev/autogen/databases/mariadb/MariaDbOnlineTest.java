package dev.autogen.databases.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.autogen.core.database.OnlineForm;
import dev.autogen.core.database.TableLookup;
import dev.autogen.core.database.WriteBlock;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.Operation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The statements of MariaDB's and MySQL's online forms, and the changes only the copy algorithm makes. */
class MariaDbOnlineTest {

    private final MariaDbDialect maria = MariaDbDialect.MARIADB;
    private final MariaDbDialect mysql = MariaDbDialect.MYSQL;

    private static ColumnState state(String type, boolean nullable) {
        return new ColumnState(ColumnType.raw(type), nullable, null);
    }

    private static Optional<List<String>> statements(MariaDbDialect dialect, Operation op) {
        return dialect.onlineForm(op, TableLookup.none()).map(OnlineForm::statements);
    }

    private static Optional<WriteBlock.Kind> blocks(MariaDbDialect dialect, Operation op) {
        return dialect.blocksWrites(op, true).map(WriteBlock::kind);
    }

    @Test
    void indexesAndNullabilityRunInPlaceWithoutALock() {
        assertEquals(
                Optional.of(
                        List.of("create index ix_orders_customer on orders (customer_id) algorithm=inplace lock=none")),
                statements(
                        maria,
                        new CreateIndexOp("orders", new Index("ix_orders_customer", List.of("customer_id"), false))));
        AlterColumnOp notNull =
                new AlterColumnOp("orders", "status", state("varchar(20)", true), state("varchar(20)", false));
        assertEquals(
                Optional.of(List.of("alter table orders modify column status varchar(20) not null, algorithm=inplace,"
                        + " lock=none")),
                statements(maria, notNull));
        assertFalse(maria.onlineForm(notNull, TableLookup.none()).orElseThrow().separateTransactions());
    }

    @Test
    void aForeignKeyIsCheckedByAQueryThenAddedInPlaceOnMariaDbOnly() {
        AddForeignKeyOp fk = new AddForeignKeyOp(
                "orders",
                new ForeignKey("fk_orders_customer", List.of("customer_id"), "customers", List.of("id"), null, null));
        assertEquals(
                Optional.of(List.of(
                        "select exists (select 1 from orders c where c.customer_id is not null and not exists (select 1"
                                + " from customers p where p.id = c.customer_id) limit 1) into @autogen_orphans",
                        "if @autogen_orphans then signal sqlstate '23000' set message_text = 'cannot add foreign key"
                                + " fk_orders_customer: rows of orders reference no row of customers; delete or fix"
                                + " them (or set their customer_id to NULL) and run again'; end if",
                        "set statement foreign_key_checks=0 for alter table orders add constraint fk_orders_customer"
                                + " foreign key (customer_id) references customers (id), algorithm=inplace,"
                                + " lock=none")),
                statements(maria, fk));
        assertEquals(Optional.empty(), blocks(maria, fk));
        assertEquals(Optional.empty(), statements(mysql, fk));
        assertEquals(Optional.of(WriteBlock.Kind.TABLE_COPY), blocks(mysql, fk));
        assertEquals(
                Optional.of(WriteBlock.Kind.TABLE_COPY),
                maria.blocksWrites(fk, false).map(WriteBlock::kind));
    }

    @Test
    void whatOnlyTheCopyAlgorithmMakesKeepsItsPlainFormAndSaysSo() {
        AddCheckOp check = new AddCheckOp("orders", new CheckConstraint("ck_amount", "amount >= 0"));
        assertEquals(Optional.empty(), statements(maria, check));
        assertEquals(Optional.of(WriteBlock.Kind.TABLE_COPY), blocks(maria, check));
        AlterColumnOp widen = new AlterColumnOp("t", "s", state("varchar(20)", true), state("varchar(60)", true));
        assertEquals(Optional.empty(), blocks(maria, widen), "both lengths fit one length byte");
        AlterColumnOp across = new AlterColumnOp("t", "s", state("varchar(60)", true), state("varchar(100)", true));
        assertEquals(Optional.of(WriteBlock.Kind.TABLE_COPY), blocks(maria, across), "255 bytes crossed");
        assertEquals(Optional.empty(), statements(maria, across));
        dev.autogen.core.ops.AddColumnOp stored = new dev.autogen.core.ops.AddColumnOp(
                "t", new dev.autogen.core.model.Column("d", ColumnType.raw("int"), true, null, false, null, "q * 3"));
        assertEquals(Optional.of(WriteBlock.Kind.TABLE_COPY), blocks(maria, stored));
        assertEquals(Optional.empty(), statements(maria, stored), "the server copies: the plain form, marked");
        AlterColumnOp type = new AlterColumnOp("t", "n", state("int", true), state("bigint", true));
        assertEquals(Optional.of(WriteBlock.Kind.TABLE_COPY), blocks(maria, type));
    }
}
