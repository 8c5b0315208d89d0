import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * Merge heads
 *
 * Revision ID: 4d5e6f708192
 * Revises: 3c4d5e6f7081, 0f1e2d3c4b5a
 * Create Date: 2025-03-17T09:26:53Z
 */
@Revision(
        id = "4d5e6f708192",
        revises = {"3c4d5e6f7081", "0f1e2d3c4b5a"},
        message = "Merge heads",
        created = "2025-03-17T09:26:53Z")
final class MergeHeads_4d5e6f708192 implements Migration {

    @Override
    public void upgrade(Operations op) {
        // No changes.
    }

    @Override
    public void downgrade(Operations op) {
        // No changes.
    }
}
