import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

@Revision(id = "5a0000000003", revises = {"5a0000000002"}, message = "orders")
final class M_5a0000000003 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("orders", column("id", BIGINT).notNull(), column("item_id", BIGINT),
                primaryKey("id"), foreignKey("fk_orders_item", "item_id").references("items", "id"));
        op.createIndex("orders", index("ix_orders_item", "item_id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("orders");
    }
}
