import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

@Revision(id = "5b0000000001", revises = {}, message = "audit")
final class M_5b0000000001 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DROP TABLE audit");
    }
}
