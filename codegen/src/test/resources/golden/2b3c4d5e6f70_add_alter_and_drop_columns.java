import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * Add, alter and drop columns
 *
 * Revision ID: 2b3c4d5e6f70
 * Revises: 1a2b3c4d5e6f
 * Create Date: 2025-03-15T09:26:53Z
 */
@Revision(
        id = "2b3c4d5e6f70",
        revises = {"1a2b3c4d5e6f"},
        message = "Add, alter and drop columns",
        created = "2025-03-15T09:26:53Z")
final class AddAlterAndDropColumns_2b3c4d5e6f70 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("users", column("locale", VARCHAR(8)).notNull().serverDefault("'en'"));
        op.addColumn("chats", column("archived", BOOLEAN).notNull().serverDefault("FALSE"));
        op.addColumn("chats", column("archived_at", TIMESTAMP(6)));
        op.alterColumn("users", "nickname", from(VARCHAR(64)), to(VARCHAR(128)));

        op.alterColumn("chats", "title",
                from(VARCHAR(200)).notNull().serverDefault("'Untitled'"),
                to(VARCHAR(200)).notNull().serverDefault("'New chat'"));

        // DATA-DEPENDENT: makes messages.tokens NOT NULL; fails if it holds NULL values
        op.alterColumn("messages", "tokens", from(INTEGER), to(BIGINT).notNull().serverDefault("0"));

        // DESTRUCTIVE: drops column messages.metadata and all its values
        op.dropColumn("messages", "metadata");

        // DATA-DEPENDENT: adds unique constraint uk_users_nickname on users(nickname); fails if duplicate values exist
        op.createUniqueConstraint("users", unique("uk_users_nickname", "nickname"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropUniqueConstraint("users", "uk_users_nickname");
        op.addColumn("messages", column("metadata", raw("jsonb")));

        // DATA-DEPENDENT: narrows messages.tokens from BIGINT to INTEGER; fails if values are out of range
        op.alterColumn("messages", "tokens", from(BIGINT).notNull().serverDefault("0"), to(INTEGER));

        op.alterColumn("chats", "title",
                from(VARCHAR(200)).notNull().serverDefault("'New chat'"),
                to(VARCHAR(200)).notNull().serverDefault("'Untitled'"));

        // DATA-DEPENDENT: narrows users.nickname from VARCHAR(128) to VARCHAR(64); fails or truncates if longer values exist
        op.alterColumn("users", "nickname", from(VARCHAR(128)), to(VARCHAR(64)));

        // DESTRUCTIVE: drops column chats.archived_at and all its values
        op.dropColumn("chats", "archived_at");

        // DESTRUCTIVE: drops column chats.archived and all its values
        op.dropColumn("chats", "archived");

        // DESTRUCTIVE: drops column users.locale and all its values
        op.dropColumn("users", "locale");
    }
}
