import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * Online changes
 *
 * Revision ID: 8192031425b6
 * Revises: 6f7081920314
 * Create Date: 2025-03-20T09:26:53Z
 */
@Revision(
        id = "8192031425b6",
        revises = {"6f7081920314"},
        message = "Online changes",
        created = "2025-03-20T09:26:53Z")
final class OnlineChanges_8192031425b6 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.online().createIndex("chats", index("idx_chats_user_title", "user_id", "title"));

        // DATA-DEPENDENT: adds foreign key fk_messages_chat on messages(chat_id) referencing chats(id); fails if rows reference missing keys
        op.online().createForeignKey("messages",
                foreignKey("fk_messages_chat", "chat_id")
                        .references("chats", "id")
                        .onDelete(CASCADE)
                        .onUpdate(RESTRICT));

        // DATA-DEPENDENT: adds check constraint ck_messages_tokens on messages (tokens >= 0); fails if existing rows break it
        // Blocks writes on MariaDB: adding a check constraint takes ALGORITHM=COPY, which copies messages while writes to it wait
        op.online().createCheckConstraint("messages", check("ck_messages_tokens", "tokens >= 0"));

        // DATA-DEPENDENT: makes chats.archived_at NOT NULL; fails if it holds NULL values
        op.online().alterColumn("chats", "archived_at", from(TIMESTAMP(6)), to(TIMESTAMP(6)).notNull());
    }

    @Override
    public void downgrade(Operations op) {
        op.online().alterColumn("chats", "archived_at", from(TIMESTAMP(6)).notNull(), to(TIMESTAMP(6)));
        op.dropCheckConstraint("messages", "ck_messages_tokens");
        op.dropForeignKey("messages", "fk_messages_chat");
        op.online().dropIndex("chats", "idx_chats_user_title");
    }
}
