import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * Nothing left to change
 *
 * Revision ID: 4d5e6f708192
 * Revises: 3c4d5e6f7081
 * Create Date: 2025-03-17T09:26:53Z
 */
@Revision(
        id = "4d5e6f708192",
        revises = {"3c4d5e6f7081"},
        message = "Nothing left to change",
        created = "2025-03-17T09:26:53Z")
final class NothingLeftToChange_4d5e6f708192 implements Migration {

    @Override
    public void upgrade(Operations op) {
        // No changes.
    }

    @Override
    public void downgrade(Operations op) {
        // No changes.
    }
}
