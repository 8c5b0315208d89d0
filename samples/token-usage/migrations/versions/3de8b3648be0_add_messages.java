import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * add messages
 *
 * Revision ID: 3de8b3648be0
 * Revises: 33c49dcf0111
 * Create Date: 2026-11-26T02:07:37Z
 */
@Revision(
        id = "3de8b3648be0",
        revises = {"33c49dcf0111"},
        message = "add messages",
        created = "2026-11-26T02:07:37Z")
final class AddMessages_3de8b3648be0 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("messages",
                column("id", INTEGER).notNull().identity(),
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
