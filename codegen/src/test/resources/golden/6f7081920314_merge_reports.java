import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * Merge reports
 *
 * Revision ID: 6f7081920314
 * Revises: 4d5e6f708192, 5e6f70819203
 * Create Date: 2025-03-19T09:26:53Z
 */
@Revision(
        id = "6f7081920314",
        revises = {"4d5e6f708192", "5e6f70819203"},
        message = "Merge reports",
        created = "2025-03-19T09:26:53Z")
final class MergeReports_6f7081920314 implements Migration {

    @Override
    public void upgrade(Operations op) {
        // No changes.
    }

    @Override
    public void downgrade(Operations op) {
        // No changes.
    }
}
