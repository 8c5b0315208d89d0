package dev.autogen.codegen;

import static dev.autogen.runtime.Types.BIGINT;
import static dev.autogen.runtime.Types.DECIMAL;
import static dev.autogen.runtime.Types.INTEGER;
import static dev.autogen.runtime.Types.TEXT;
import static dev.autogen.runtime.Types.TIMESTAMP_WITH_TIME_ZONE;
import static dev.autogen.runtime.Types.VARCHAR;
import static dev.autogen.runtime.Types.raw;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import java.util.List;

/** Model values shared by the tests: a small chat application's tables. */
final class Samples {

    private Samples() {}

    static Column col(String name, ColumnType type) {
        return new Column(name, type, true, null, false);
    }

    static Column notNull(String name, ColumnType type) {
        return new Column(name, type, false, null, false);
    }

    static Column id() {
        return new Column("id", BIGINT, false, null, true);
    }

    static ForeignKey fk(String name, String column, String table, ReferentialAction onDelete) {
        return new ForeignKey(name, List.of(column), table, List.of("id"), onDelete, ReferentialAction.NO_ACTION);
    }

    static Table users() {
        return new Table(
                "users",
                List.of(
                        id(),
                        notNull("email", VARCHAR(320)),
                        col("nickname", VARCHAR(64)),
                        new Column("created_at", TIMESTAMP_WITH_TIME_ZONE(6), false, "CURRENT_TIMESTAMP", false)),
                new PrimaryKey(null, List.of("id")),
                List.of(new UniqueConstraint("uk_users_email", List.of("email"))),
                List.of(),
                List.of());
    }

    static Table chats() {
        return new Table(
                "chats",
                List.of(
                        id(),
                        notNull("user_id", BIGINT),
                        new Column("title", VARCHAR(200), false, "'Untitled'", false)),
                new PrimaryKey("pk_chats", List.of("id")),
                List.of(),
                List.of(new Index("idx_chats_user", List.of("user_id"), false)),
                List.of(fk("fk_chats_user", "user_id", "users", ReferentialAction.CASCADE)));
    }

    static Table messages() {
        return new Table(
                "messages",
                List.of(
                        id(),
                        notNull("chat_id", BIGINT),
                        notNull("role", VARCHAR(16)),
                        notNull("content", TEXT),
                        col("tokens", INTEGER),
                        new Column("cost", DECIMAL(12, 2), true, "0", false),
                        col("metadata", raw("jsonb"))),
                new PrimaryKey(null, List.of("id")),
                List.of(),
                List.of(new Index("idx_messages_chat_role", List.of("chat_id", "role"), false)),
                List.of(new ForeignKey(
                        "fk_messages_chat",
                        List.of("chat_id"),
                        "chats",
                        List.of("id"),
                        ReferentialAction.CASCADE,
                        ReferentialAction.RESTRICT)));
    }

    /** The table of the task's example. */
    static Table tokenUsage() {
        return new Table(
                "token_usage",
                List.of(
                        id(),
                        notNull("user_id", BIGINT),
                        notNull("model", VARCHAR(255)),
                        new Column("cost", DECIMAL(12, 2), true, "0", false)),
                new PrimaryKey(null, List.of("id")),
                List.of(new UniqueConstraint("uk_token_usage_key", List.of("user_id", "model"))),
                List.of(),
                List.of(fk("fk_token_usage_user", "user_id", "users", ReferentialAction.CASCADE)));
    }
}
