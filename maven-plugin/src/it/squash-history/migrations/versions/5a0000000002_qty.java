import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

@Revision(id = "5a0000000002", revises = {"5a0000000001"}, message = "qty")
final class M_5a0000000002 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("items", column("qty", INTEGER).notNull().serverDefault("0"));
        op.execute("UPDATE items SET qty = 2 WHERE id = 1");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("items", "qty");
    }
}
