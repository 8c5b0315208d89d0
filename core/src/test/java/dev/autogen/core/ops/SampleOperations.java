package dev.autogen.core.ops;

import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.InitialRows;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.model.UniqueConstraint;
import java.util.List;

/** Fully populated operations, one or more of each kind, for the tests of reverse and safety. */
final class SampleOperations {

    private SampleOperations() {}

    static final Column ID = new Column("id", ColumnType.of(TypeKind.BIGINT), false, null, true);
    static final Column EMAIL = new Column(
            "email", ColumnType.withLength(TypeKind.VARCHAR, 320), false, "'nobody'", false, "where receipts go", null);
    static final Column TOTAL = new Column("total", ColumnType.decimal(12, 2), true, null, false, null, "price * qty");

    static final ForeignKey CUSTOMER_FK = new ForeignKey(
            "fk_orders_customer",
            List.of("customer_id"),
            "sales.customers",
            List.of("id"),
            ReferentialAction.CASCADE,
            ReferentialAction.SET_NULL);
    static final Index CREATED_DESC =
            new Index("ix_orders_created", List.of("customer_id", "created_at"), false, List.of("created_at"));
    static final UniqueConstraint EMAIL_UNIQUE = new UniqueConstraint("uq_orders_email", List.of("email"));
    static final CheckConstraint STATUS_CHECK =
            new CheckConstraint("ck_orders_status", "status in ('NEW','DONE')", "status");

    /** A table with every part filled: a drop must keep all of it for the reverse to recreate. */
    static final Table ORDERS = new Table(
            "sales.orders",
            List.of(ID, EMAIL, TOTAL, new Column("customer_id", ColumnType.of(TypeKind.BIGINT), true, null, false)),
            new PrimaryKey("pk_orders", List.of("id")),
            List.of(EMAIL_UNIQUE),
            List.of(CREATED_DESC),
            List.of(CUSTOMER_FK),
            List.of(STATUS_CHECK),
            "one row per order",
            InitialRows.of(List.of("id"), List.of(List.of(1))));

    static final Sequence ORDER_SEQ = new Sequence("sales.order_seq", 1000, 50, 0L);

    static final ColumnState SHORT_NAME =
            new ColumnState(ColumnType.withLength(TypeKind.VARCHAR, 40), true, "'x'", "old", false);
    static final ColumnState LONG_NAME =
            new ColumnState(ColumnType.withLength(TypeKind.VARCHAR, 200), false, null, "new", false);

    /** Every kind of operation, each with non-default values in every field. */
    static List<Operation> oneOfEach() {
        return List.of(
                new CreateTableOp(ORDERS),
                new DropTableOp(ORDERS),
                new AddColumnOp("sales.orders", EMAIL),
                new DropColumnOp("sales.orders", TOTAL),
                new AlterColumnOp(
                        "orders",
                        "name",
                        SHORT_NAME,
                        LONG_NAME,
                        new Conversion(null, Safety.SAFE, null, Safety.DATA_DEPENDENT, "fails for longer names")),
                new CreateIndexOp("orders", CREATED_DESC),
                new DropIndexOp("orders", new Index("ux_orders_code", List.of("code"), true)),
                new AddUniqueOp("orders", EMAIL_UNIQUE),
                new DropUniqueOp("orders", EMAIL_UNIQUE),
                new AddForeignKeyOp("orders", CUSTOMER_FK),
                new DropForeignKeyOp("orders", CUSTOMER_FK),
                new AddCheckOp("orders", STATUS_CHECK),
                new DropCheckOp("orders", STATUS_CHECK),
                new CreateSequenceOp(ORDER_SEQ),
                new DropSequenceOp(ORDER_SEQ),
                new AlterSequenceOp(ORDER_SEQ, new Sequence("sales.order_seq", 1, 1, null)),
                new AlterTableCommentOp("orders", null, "one row per order"),
                new RenameTableOp("orders", "purchases"),
                new RenameColumnOp("orders", "name", "full_name"));
    }
}
