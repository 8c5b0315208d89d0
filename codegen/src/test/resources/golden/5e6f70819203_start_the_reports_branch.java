import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * Start the reports branch
 *
 * Revision ID: 5e6f70819203
 * Revises: 3c4d5e6f7081
 * Create Date: 2025-03-18T09:26:53Z
 */
@Revision(
        id = "5e6f70819203",
        revises = {"3c4d5e6f7081"},
        branchLabels = {"reports"},
        message = "Start the reports branch",
        created = "2025-03-18T09:26:53Z")
final class StartTheReportsBranch_5e6f70819203 implements Migration {

    @Override
    public void upgrade(Operations op) {
        // No changes.
    }

    @Override
    public void downgrade(Operations op) {
        // No changes.
    }
}
