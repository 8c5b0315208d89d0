package dev.autogen.spring.boot.migrations;

import static dev.autogen.runtime.Schema.column;
import static dev.autogen.runtime.Types.VARCHAR;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

@Revision(id = "a1b2c3d40002", revises = "a1b2c3d40001", message = "add note body")
final class AddNoteBody_a1b2c3d40002 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("notes", column("body", VARCHAR(500)));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("notes", "body");
    }
}
