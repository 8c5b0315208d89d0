import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

@Revision(id = "5a0000000001", revises = {}, message = "items")
final class M_5a0000000001 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("items", column("id", BIGINT).notNull(), column("name", VARCHAR(50)), primaryKey("id"));
        op.execute("INSERT INTO items (id, name) VALUES (1, 'a')");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("items");
    }
}
