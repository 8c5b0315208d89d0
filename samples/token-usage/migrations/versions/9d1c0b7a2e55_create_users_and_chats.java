import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * create users and chats
 *
 * Revision ID: 9d1c0b7a2e55
 * Revises: (none)
 * Create Date: 2026-11-26T02:10:00Z
 */
@Revision(
        id = "9d1c0b7a2e55",
        revises = {},
        message = "create users and chats",
        created = "2026-11-26T02:10:00Z")
final class CreateUsersAndChats_9d1c0b7a2e55 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("users",
                column("id", BIGINT).notNull().identity(),
                column("created_at", TIMESTAMP_WITH_TIME_ZONE(6)).notNull(),
                column("display_name", VARCHAR(100)),
                column("email", VARCHAR(320)).notNull(),
                primaryKey("id"),
                unique(null, "email"));

        op.createTable("chats",
                column("id", BIGINT).notNull().identity(),
                column("created_at", TIMESTAMP_WITH_TIME_ZONE(6)).notNull(),
                column("title", VARCHAR(200)),
                column("owner_id", BIGINT).notNull(),
                primaryKey("id"),
                foreignKey("fk_chats_owner", "owner_id").references("users", "id"));

        op.createIndex("chats", index("idx_chats_owner", "owner_id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("chats", "idx_chats_owner");

        // DESTRUCTIVE: drops table "chats" and all its rows
        op.dropTable("chats");

        // DESTRUCTIVE: drops table "users" and all its rows
        op.dropTable("users");
    }
}
