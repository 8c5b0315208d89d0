import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * Drop legacy tables
 *
 * The audit log moved to its own service; token usage is now billed.
 *
 * Revision ID: 3c4d5e6f7081
 * Revises: 2b3c4d5e6f70
 * Create Date: 2025-03-16T09:26:53Z
 */
@Revision(
        id = "3c4d5e6f7081",
        revises = {"2b3c4d5e6f70"},
        message = "Drop legacy tables\n"
            + "\n"
            + "The audit log moved to its own service; token usage is now billed.",
        created = "2025-03-16T09:26:53Z")
final class DropLegacyTables_3c4d5e6f7081 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.dropForeignKey("messages", "fk_messages_chat");
        op.dropIndex("chats", "idx_chats_user");

        // DESTRUCTIVE: drops table "token_usage" and all its rows
        op.dropTable("token_usage");

        // DESTRUCTIVE: drops table "legacy_audit" and all its rows
        op.dropTable("legacy_audit");
    }

    @Override
    public void downgrade(Operations op) {
        op.createTable("legacy_audit",
                column("id", BIGINT).notNull().identity(),
                column("action", VARCHAR(50)).notNull(),
                column("payload", TEXT),
                column("at", TIMESTAMP).notNull().serverDefault("CURRENT_TIMESTAMP"),
                namedPrimaryKey("pk_legacy_audit", "id"),
                index("idx_legacy_audit_at", "at"));

        op.createTable("token_usage",
                column("id", BIGINT).notNull().identity(),
                column("user_id", BIGINT).notNull(),
                column("model", VARCHAR(255)).notNull(),
                column("cost", DECIMAL(12, 2)).serverDefault("0"),
                primaryKey("id"),
                unique("uk_token_usage_key", "user_id", "model"),
                foreignKey("fk_token_usage_user", "user_id").references("users", "id").onDelete(CASCADE),
                index("idx_token_usage_model", "model", "user_id"));

        op.createIndex("chats", index("idx_chats_user", "user_id"));

        // DATA-DEPENDENT: adds foreign key fk_messages_chat on messages(chat_id) referencing chats(id); fails if rows reference missing keys
        op.createForeignKey("messages",
                foreignKey("fk_messages_chat", "chat_id")
                        .references("chats", "id")
                        .onDelete(CASCADE)
                        .onUpdate(RESTRICT));
    }
}
