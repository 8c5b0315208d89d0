package dev.autogen.bench.online;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/**
 * The same change in forms that do not block writes, by hand until autogenerate writes them: each statement commits
 * on its own; the index is built concurrently; the constraints are added NOT VALID, which takes a brief lock, and
 * validated apart, which scans without blocking writes; NOT NULL goes through a validated check, so that SET NOT NULL
 * does not scan.
 */
@Revision(id = "0e1000000002", message = "index, foreign key, check and not null, online", transactional = false)
public final class OnlineForms implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE INDEX CONCURRENTLY ix_orders_customer ON orders (customer_id)");
        op.execute("ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id) NOT VALID");
        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer");
        op.execute("ALTER TABLE orders ADD CONSTRAINT ck_orders_amount CHECK (amount >= 0) NOT VALID");
        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_amount");
        op.execute("ALTER TABLE orders ADD CONSTRAINT nn_orders_status CHECK (status IS NOT NULL) NOT VALID");
        op.execute("ALTER TABLE orders VALIDATE CONSTRAINT nn_orders_status");
        op.execute("ALTER TABLE orders ALTER COLUMN status SET NOT NULL");
        op.execute("ALTER TABLE orders DROP CONSTRAINT nn_orders_status");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("ALTER TABLE orders ALTER COLUMN status DROP NOT NULL");
        op.execute("ALTER TABLE orders DROP CONSTRAINT ck_orders_amount");
        op.execute("ALTER TABLE orders DROP CONSTRAINT fk_orders_customer");
        op.execute("DROP INDEX CONCURRENTLY ix_orders_customer");
    }
}
