package dev.autogen.bench.online;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/**
 * The change on MariaDB in the forms the server runs without blocking writes, where it has them (10.11): the index
 * {@code ALGORITHM=INPLACE, LOCK=NONE}; the foreign key {@code INPLACE} with {@code foreign_key_checks=0}, which skips
 * checking the rows (a generated form would check them by a query first; these have no orphans); NOT NULL {@code INPLACE, LOCK=NONE}. A CHECK constraint has
 * no such form: it copies the table, blocking writes.
 */
@Revision(id = "0e1000000003", message = "index, foreign key, check and not null, online on MariaDB")
public final class MariaDbOnlineForms implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("ALTER TABLE orders ADD INDEX ix_orders_customer (customer_id), ALGORITHM=INPLACE, LOCK=NONE");
        op.execute("SET foreign_key_checks = 0");
        op.execute("ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id), ALGORITHM=INPLACE, LOCK=NONE");
        op.execute("SET foreign_key_checks = 1");
        op.execute("ALTER TABLE orders ADD CONSTRAINT ck_orders_amount CHECK (amount >= 0)");
        op.execute("ALTER TABLE orders MODIFY status varchar(20) NOT NULL, ALGORITHM=INPLACE, LOCK=NONE");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("ALTER TABLE orders MODIFY status varchar(20) NULL");
        op.execute("ALTER TABLE orders DROP CONSTRAINT ck_orders_amount");
        op.execute("ALTER TABLE orders DROP FOREIGN KEY fk_orders_customer");
        op.execute("ALTER TABLE orders DROP INDEX ix_orders_customer");
    }
}
