package dev.autogen.bench.online;

import static dev.autogen.runtime.Schema.check;
import static dev.autogen.runtime.Schema.foreignKey;
import static dev.autogen.runtime.Schema.from;
import static dev.autogen.runtime.Schema.index;
import static dev.autogen.runtime.Schema.to;
import static dev.autogen.runtime.Types.VARCHAR;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/** The change in the forms autogenerate writes today: one transaction, each statement locking the table. */
@Revision(id = "0e1000000001", message = "index, foreign key, check and not null, plain")
public final class PlainForms implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createIndex("orders", index("ix_orders_customer", "customer_id"));
        op.createForeignKey(
                "orders", foreignKey("fk_orders_customer", "customer_id").references("customers", "id"));
        op.createCheckConstraint("orders", check("ck_orders_amount", "amount >= 0"));
        op.alterColumn("orders", "status", from(VARCHAR(20)), to(VARCHAR(20)).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.alterColumn("orders", "status", from(VARCHAR(20)).notNull(), to(VARCHAR(20)));
        op.dropCheckConstraint("orders", "ck_orders_amount");
        op.dropForeignKey("orders", "fk_orders_customer");
        op.dropIndex("orders", "ix_orders_customer");
    }
}
