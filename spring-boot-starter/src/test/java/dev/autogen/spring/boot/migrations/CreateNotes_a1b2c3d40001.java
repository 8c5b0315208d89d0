package dev.autogen.spring.boot.migrations;

import static dev.autogen.runtime.Schema.column;
import static dev.autogen.runtime.Schema.primaryKey;
import static dev.autogen.runtime.Types.BIGINT;
import static dev.autogen.runtime.Types.VARCHAR;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

@Revision(id = "a1b2c3d40001", message = "create notes")
final class CreateNotes_a1b2c3d40001 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable(
                "notes",
                column("id", BIGINT).notNull(),
                column("title", VARCHAR(100)).notNull(),
                primaryKey("id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("notes");
    }
}
