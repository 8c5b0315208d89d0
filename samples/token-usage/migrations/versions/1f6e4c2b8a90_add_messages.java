import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * add messages
 *
 * Revision ID: 1f6e4c2b8a90
 * Revises: 9d1c0b7a2e55
 * Create Date: 2026-11-26T02:10:02Z
 */
@Revision(
        id = "1f6e4c2b8a90",
        revises = {"9d1c0b7a2e55"},
        message = "add messages",
        created = "2026-11-26T02:10:02Z")
final class AddMessages_1f6e4c2b8a90 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("messages",
                column("id", BIGINT).notNull().identity(),
                column("content", VARCHAR(20000)).notNull(),
                column("created_at", TIMESTAMP_WITH_TIME_ZONE(6)).notNull(),
                column("role", VARCHAR(16)).notNull(),
                column("chat_id", BIGINT).notNull(),
                primaryKey("id"),
                foreignKey("fk_messages_chat", "chat_id").references("chats", "id"));

        op.createIndex("messages", index("idx_messages_chat", "chat_id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("messages", "idx_messages_chat");

        // DESTRUCTIVE: drops table "messages" and all its rows
        op.dropTable("messages");
    }
}
