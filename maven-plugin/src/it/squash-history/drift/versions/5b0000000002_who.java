import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

@Revision(id = "5b0000000002", revises = {"5b0000000001"}, message = "who")
final class M_5b0000000002 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("audit", column("who", VARCHAR(20)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("audit", "who");
    }
}
