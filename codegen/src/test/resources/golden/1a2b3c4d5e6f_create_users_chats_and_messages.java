import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * Create users, chats and messages
 *
 * Revision ID: 1a2b3c4d5e6f
 * Revises: (none)
 * Create Date: 2025-03-14T09:26:53Z
 */
@Revision(
        id = "1a2b3c4d5e6f",
        revises = {},
        message = "Create users, chats and messages",
        created = "2025-03-14T09:26:53Z")
final class CreateUsersChatsAndMessages_1a2b3c4d5e6f implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                column("id", BIGINT).notNull().identity(),
                column("email", VARCHAR(320)).notNull(),
                column("nickname", VARCHAR(64)),
                column("created_at", TIMESTAMP_WITH_TIME_ZONE(6)).notNull().serverDefault("CURRENT_TIMESTAMP"),
                primaryKey("id"),
                unique("uk_users_email", "email"));

        op.createTable("chats",
                column("id", BIGINT).notNull().identity(),
                column("user_id", BIGINT).notNull(),
                column("title", VARCHAR(200)).notNull().serverDefault("'Untitled'"),
                namedPrimaryKey("pk_chats", "id"),
                foreignKey("fk_chats_user", "user_id").references("users", "id").onDelete(CASCADE),
                index("idx_chats_user", "user_id"));

        op.createTable("messages",
                column("id", BIGINT).notNull().identity(),
                column("chat_id", BIGINT).notNull(),
                column("role", VARCHAR(16)).notNull(),
                column("content", TEXT).notNull(),
                column("tokens", INTEGER),
                column("cost", DECIMAL(12, 2)).serverDefault("0"),
                column("metadata", raw("jsonb")),
                primaryKey("id"),
                foreignKey("fk_messages_chat", "chat_id")
                        .references("chats", "id")
                        .onDelete(CASCADE)
                        .onUpdate(RESTRICT),
                index("idx_messages_chat_role", "chat_id", "role"));

        op.createTable("token_usage",
                column("id", BIGINT).notNull().identity(),
                column("user_id", BIGINT).notNull(),
                column("model", VARCHAR(255)).notNull(),
                column("cost", DECIMAL(12, 2)).serverDefault("0"),
                primaryKey("id"),
                unique("uk_token_usage_key", "user_id", "model"),
                foreignKey("fk_token_usage_user", "user_id").references("users", "id").onDelete(CASCADE));

        op.createTable("legacy_audit",
                column("id", BIGINT).notNull().identity(),
                column("action", VARCHAR(50)).notNull(),
                column("payload", TEXT),
                column("at", TIMESTAMP).notNull().serverDefault("CURRENT_TIMESTAMP"),
                namedPrimaryKey("pk_legacy_audit", "id"),
                index("idx_legacy_audit_at", "at"));

        op.createIndex("token_usage", index("idx_token_usage_model", "model", "user_id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("token_usage", "idx_token_usage_model");

        // DESTRUCTIVE: drops table "legacy_audit" and all its rows
        op.dropTable("legacy_audit");

        // DESTRUCTIVE: drops table "token_usage" and all its rows
        op.dropTable("token_usage");

        // DESTRUCTIVE: drops table "messages" and all its rows
        op.dropTable("messages");

        // DESTRUCTIVE: drops table "chats" and all its rows
        op.dropTable("chats");

        // DESTRUCTIVE: drops table "users" and all its rows
        op.dropTable("users");
    }
}
