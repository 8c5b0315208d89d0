package dev.autogen.codegen;

import static dev.autogen.codegen.Samples.col;
import static dev.autogen.codegen.Samples.notNull;
import static dev.autogen.runtime.Types.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropForeignKeyOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.DropUniqueOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per operation kind: the exact upgrade text and the exact downgrade text derived from its reverse. The last
 * test compiles a migration file for every case here and runs it against {@link RecordingOperations}.
 */
class OperationRendererTest {

    // ---- cases, shared with the compile test at the end ----

    static final Operation CREATE_TOKEN_USAGE = new CreateTableOp(Samples.tokenUsage());
    static final Operation CREATE_CHATS = new CreateTableOp(Samples.chats());
    static final Operation DROP_USERS = new DropTableOp(Samples.users());
    static final Operation ADD_NICKNAME = new AddColumnOp("users", col("nickname", VARCHAR(64)));
    static final Operation ADD_STATUS =
            new AddColumnOp("orders", new Column("status", VARCHAR(16), false, "'draft'", false));
    static final Operation DROP_FLAG = new DropColumnOp("users", notNull("legacy_flag", BOOLEAN));
    static final Operation ALTER_EMAIL = new AlterColumnOp(
            "users", "email", new ColumnState(VARCHAR(255), true, null), new ColumnState(VARCHAR(320), false, null));
    static final Operation ALTER_DEFAULT = new AlterColumnOp(
            "orders",
            "status",
            new ColumnState(VARCHAR(16), false, "'draft'"),
            new ColumnState(VARCHAR(16), false, "'new'"));
    static final Operation ALTER_TYPE = new AlterColumnOp(
            "orders", "code", new ColumnState(VARCHAR(20), true, null), new ColumnState(INTEGER, true, null));
    static final Operation ALTER_BIGINT = new AlterColumnOp(
            "orders", "total", new ColumnState(BIGINT, true, null), new ColumnState(INTEGER, true, null));
    static final Operation ALTER_DECIMAL = new AlterColumnOp(
            "orders",
            "price",
            new ColumnState(DECIMAL(12, 2), false, "0"),
            new ColumnState(DECIMAL(10, 2), false, "0"));
    static final Operation CREATE_INDEX =
            new CreateIndexOp("chats", new Index("idx_chats_user", List.of("user_id"), false));
    static final Operation CREATE_UNIQUE_INDEX =
            new CreateIndexOp("users", new Index("ux_users_nick", List.of("nickname", "email"), true));
    static final Operation DROP_INDEX =
            new DropIndexOp("chats", new Index("idx_chats_user", List.of("user_id"), false));
    static final Operation ADD_UNIQUE =
            new AddUniqueOp("users", new UniqueConstraint("uk_users_email", List.of("email")));
    static final Operation ADD_UNNAMED_UNIQUE =
            new AddUniqueOp("users", new UniqueConstraint(null, List.of("nickname", "email")));
    static final Operation DROP_UNIQUE =
            new DropUniqueOp("users", new UniqueConstraint("uk_users_email", List.of("email")));
    static final Operation ADD_FK = new AddForeignKeyOp(
            "messages",
            new ForeignKey(
                    "fk_messages_chat",
                    List.of("chat_id"),
                    "chats",
                    List.of("id"),
                    ReferentialAction.CASCADE,
                    ReferentialAction.RESTRICT));
    static final Operation ADD_COMPOSITE_FK = new AddForeignKeyOp(
            "a",
            new ForeignKey(
                    "fk_a_b",
                    List.of("x", "y"),
                    "b",
                    List.of("x", "y"),
                    ReferentialAction.NO_ACTION,
                    ReferentialAction.SET_NULL));
    static final Operation DROP_UNNAMED_FK = new DropForeignKeyOp(
            "a",
            new ForeignKey(
                    null, List.of("x"), "b", List.of("x"), ReferentialAction.SET_DEFAULT, ReferentialAction.NO_ACTION));
    static final Operation CREATE_ALL_TYPES = new CreateTableOp(new Table(
            "all_types",
            List.of(
                    col("c_boolean", BOOLEAN),
                    col("c_tinyint", TINYINT),
                    col("c_smallint", SMALLINT),
                    col("c_integer", INTEGER),
                    col("c_bigint", BIGINT),
                    col("c_real", REAL),
                    col("c_double", DOUBLE),
                    col("c_float", FLOAT(53)),
                    col("c_decimal", DECIMAL(12, 2)),
                    col("c_numeric", NUMERIC(38, 0)),
                    col("c_char", CHAR(2)),
                    col("c_varchar", VARCHAR(255)),
                    col("c_nchar", NCHAR(3)),
                    col("c_nvarchar", NVARCHAR(100)),
                    col("c_text", TEXT),
                    col("c_clob", CLOB),
                    col("c_nclob", NCLOB),
                    col("c_binary", BINARY(16)),
                    col("c_varbinary", VARBINARY(1024)),
                    col("c_longvarbinary", LONGVARBINARY),
                    col("c_blob", BLOB),
                    col("c_date", DATE),
                    col("c_time", TIME),
                    col("c_time3", TIME(3)),
                    col("c_timetz", TIME_WITH_TIME_ZONE),
                    col("c_timetz3", TIME_WITH_TIME_ZONE(3)),
                    col("c_ts", TIMESTAMP),
                    col("c_ts6", TIMESTAMP(6)),
                    col("c_tstz", TIMESTAMP_WITH_TIME_ZONE),
                    col("c_tstz6", TIMESTAMP_WITH_TIME_ZONE(6)),
                    col("c_uuid", UUID),
                    col("c_json", JSON),
                    col("c_jsonb", raw("jsonb")),
                    col("c_enum", raw("enum('a', \"b\")")),
                    col("c_varchar_bare", ColumnType.of(TypeKind.VARCHAR)),
                    col("c_decimal_p", new ColumnType(TypeKind.DECIMAL, null, 10, null, null)),
                    col("c_raw_padded", new ColumnType(TypeKind.RAW, null, null, null, " int4 "))),
            null,
            List.of(),
            List.of(),
            List.of()));
    /**
     * Quotes, backslashes, a dollar, non-ASCII, SQL keywords, and the line and paragraph separators (which JavaPoet
     * would write raw) in names and defaults.
     */
    static final Operation CREATE_ODD_NAMES = new CreateTableOp(new Table(
            "user",
            List.of(
                    new Column("order", VARCHAR(20), false, "'it''s \"quoted\"'", false),
                    new Column("path\\to$1", TEXT, true, "'C:\\temp\\u0041'", false),
                    new Column("prénom_名前", NVARCHAR(40), true, null, false),
                    new Column("sep", TEXT, true, "'a\u2028b\u2029'", false)),
            new PrimaryKey("user's pk", List.of("order")),
            List.of(),
            List.of(),
            List.of()));
    /** Line breaks and a backslash-u in a name and a default: literals split, comments escaped. */
    static final Operation DROP_MULTILINE_NAME = new DropTableOp(new Table(
            "bad\nname\\u0041*/",
            List.of(new Column("v", VARCHAR(10), true, "'line1\nline2'", false)),
            null,
            null,
            null,
            null));

    /** A generator table with the rows Hibernate's export inserts: strings escaped, a value beyond int, a null. */
    static final Operation CREATE_ID_BLOCKS = new CreateTableOp(new Table(
            "id_blocks",
            List.of(
                    new Column("block", VARCHAR(255), false, null, false),
                    new Column("next_id", BIGINT, true, null, false)),
            new PrimaryKey(null, List.of("block")),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            dev.autogen.core.model.InitialRows.of(
                    List.of("block", "next_id"),
                    List.of(List.of("it's \"x\"", 5_000_000_000L), java.util.Arrays.asList("receipt", null)))));

    static List<Operation> allCases() {
        return List.of(
                CREATE_TOKEN_USAGE,
                CREATE_CHATS,
                DROP_USERS,
                ADD_NICKNAME,
                ADD_STATUS,
                DROP_FLAG,
                ALTER_EMAIL,
                ALTER_DEFAULT,
                ALTER_TYPE,
                ALTER_BIGINT,
                ALTER_DECIMAL,
                CREATE_INDEX,
                CREATE_UNIQUE_INDEX,
                DROP_INDEX,
                ADD_UNIQUE,
                ADD_UNNAMED_UNIQUE,
                DROP_UNIQUE,
                ADD_FK,
                ADD_COMPOSITE_FK,
                DROP_UNNAMED_FK,
                CREATE_ALL_TYPES,
                CREATE_ODD_NAMES,
                DROP_MULTILINE_NAME,
                CREATE_ID_BLOCKS);
    }

    private static void assertRenders(Operation op, String upgrade, String downgrade) {
        OperationRenderer renderer = new OperationRenderer();
        MigrationPlan plan = new MigrationPlan(List.of(op));
        assertEquals(upgrade, renderer.render(plan).toString(), "upgrade of " + op.kind());
        assertEquals(downgrade, renderer.render(plan.reverse()).toString(), "downgrade of " + op.kind());
    }

    // ---- one test per operation kind ----

    @Test
    void createTableWithInlineKeysAndDropInDowngrade() {
        assertRenders(CREATE_TOKEN_USAGE, """
                op.createTable("token_usage",
                        column("id", BIGINT).notNull().identity(),
                        column("user_id", BIGINT).notNull(),
                        column("model", VARCHAR(255)).notNull(),
                        column("cost", DECIMAL(12, 2)).serverDefault("0"),
                        primaryKey("id"),
                        unique("uk_token_usage_key", "user_id", "model"),
                        foreignKey("fk_token_usage_user", "user_id").references("users", "id").onDelete(CASCADE));
                """, """
                // DESTRUCTIVE: drops table "token_usage" and all its rows
                op.dropTable("token_usage");
                """);
    }

    @Test
    void createTableWithInitialRows() {
        assertRenders(CREATE_ID_BLOCKS, """
                op.createTable("id_blocks",
                        column("block", VARCHAR(255)).notNull(),
                        column("next_id", BIGINT),
                        primaryKey("block"),
                        rows("block", "next_id").values("it's \\"x\\"", 5000000000L).values("receipt", null));
                """, """
                // DESTRUCTIVE: drops table "id_blocks" and all its rows
                op.dropTable("id_blocks");
                """);
    }

    @Test
    void createTableWithNamedPrimaryKeyAndIndex() {
        assertRenders(CREATE_CHATS, """
                op.createTable("chats",
                        column("id", BIGINT).notNull().identity(),
                        column("user_id", BIGINT).notNull(),
                        column("title", VARCHAR(200)).notNull().serverDefault("'Untitled'"),
                        namedPrimaryKey("pk_chats", "id"),
                        foreignKey("fk_chats_user", "user_id").references("users", "id").onDelete(CASCADE),
                        index("idx_chats_user", "user_id"));
                """, """
                // DESTRUCTIVE: drops table "chats" and all its rows
                op.dropTable("chats");
                """);
    }

    @Test
    void dropTableIsMarkedAndItsDowngradeRecreatesTheTable() {
        assertRenders(DROP_USERS, """
                // DESTRUCTIVE: drops table "users" and all its rows
                op.dropTable("users");
                """, """
                op.createTable("users",
                        column("id", BIGINT).notNull().identity(),
                        column("email", VARCHAR(320)).notNull(),
                        column("nickname", VARCHAR(64)),
                        column("created_at", TIMESTAMP_WITH_TIME_ZONE(6)).notNull().serverDefault("CURRENT_TIMESTAMP"),
                        primaryKey("id"),
                        unique("uk_users_email", "email"));
                """);
    }

    @Test
    void addColumn() {
        assertRenders(ADD_NICKNAME, """
                op.addColumn("users", column("nickname", VARCHAR(64)));
                """, """
                // DESTRUCTIVE: drops column users.nickname and all its values
                op.dropColumn("users", "nickname");
                """);
        assertRenders(ADD_STATUS, """
                op.addColumn("orders", column("status", VARCHAR(16)).notNull().serverDefault("'draft'"));
                """, """
                // DESTRUCTIVE: drops column orders.status and all its values
                op.dropColumn("orders", "status");
                """);
    }

    @Test
    void dropColumn() {
        assertRenders(DROP_FLAG, """
                // DESTRUCTIVE: drops column users.legacy_flag and all its values
                op.dropColumn("users", "legacy_flag");
                """, """
                // DATA-DEPENDENT: adds column users.legacy_flag as NOT NULL without a default; fails if the table has rows
                op.addColumn("users", column("legacy_flag", BOOLEAN).notNull());
                """);
    }

    @Test
    void alterColumnWidenAndSetNotNull() {
        assertRenders(ALTER_EMAIL, """
                // DATA-DEPENDENT: makes users.email NOT NULL; fails if it holds NULL values
                op.alterColumn("users", "email", from(VARCHAR(255)), to(VARCHAR(320)).notNull());
                """, """
                // DATA-DEPENDENT: narrows users.email from VARCHAR(320) to VARCHAR(255); fails or truncates if longer values exist
                op.alterColumn("users", "email", from(VARCHAR(320)).notNull(), to(VARCHAR(255)));
                """);
    }

    @Test
    void alterColumnDefaultWrapsWhenLong() {
        assertRenders(ALTER_DEFAULT, """
                op.alterColumn("orders", "status",
                        from(VARCHAR(16)).notNull().serverDefault("'draft'"),
                        to(VARCHAR(16)).notNull().serverDefault("'new'"));
                """, """
                op.alterColumn("orders", "status",
                        from(VARCHAR(16)).notNull().serverDefault("'new'"),
                        to(VARCHAR(16)).notNull().serverDefault("'draft'"));
                """);
    }

    @Test
    void alterColumnTypeChanges() {
        assertRenders(ALTER_TYPE, """
                // DATA-DEPENDENT: changes the type of orders.code from VARCHAR(20) to INTEGER; fails if existing values do not convert
                op.alterColumn("orders", "code", from(VARCHAR(20)), to(INTEGER));
                """, """
                // DATA-DEPENDENT: changes the type of orders.code from INTEGER to VARCHAR(20); fails if existing values do not convert
                op.alterColumn("orders", "code", from(INTEGER), to(VARCHAR(20)));
                """);
        assertRenders(ALTER_BIGINT, """
                // DATA-DEPENDENT: narrows orders.total from BIGINT to INTEGER; fails if values are out of range
                op.alterColumn("orders", "total", from(BIGINT), to(INTEGER));
                """, """
                op.alterColumn("orders", "total", from(INTEGER), to(BIGINT));
                """);
        assertRenders(ALTER_DECIMAL, """
                // DATA-DEPENDENT: narrows orders.price from DECIMAL(12,2) to DECIMAL(10,2); fails or rounds values that do not fit
                op.alterColumn("orders", "price",
                        from(DECIMAL(12, 2)).notNull().serverDefault("0"),
                        to(DECIMAL(10, 2)).notNull().serverDefault("0"));
                """, """
                op.alterColumn("orders", "price",
                        from(DECIMAL(10, 2)).notNull().serverDefault("0"),
                        to(DECIMAL(12, 2)).notNull().serverDefault("0"));
                """);
    }

    @Test
    void createAndDropIndex() {
        assertRenders(CREATE_INDEX, """
                op.createIndex("chats", index("idx_chats_user", "user_id"));
                """, """
                op.dropIndex("chats", "idx_chats_user");
                """);
        assertRenders(CREATE_UNIQUE_INDEX, """
                // DATA-DEPENDENT: creates unique index ux_users_nick on users(nickname, email); fails if duplicate values exist
                op.createIndex("users", uniqueIndex("ux_users_nick", "nickname", "email"));
                """, """
                op.dropIndex("users", "ux_users_nick");
                """);
        assertRenders(DROP_INDEX, """
                op.dropIndex("chats", "idx_chats_user");
                """, """
                op.createIndex("chats", index("idx_chats_user", "user_id"));
                """);
    }

    @Test
    void addAndDropUniqueConstraint() {
        assertRenders(ADD_UNIQUE, """
                // DATA-DEPENDENT: adds unique constraint uk_users_email on users(email); fails if duplicate values exist
                op.createUniqueConstraint("users", unique("uk_users_email", "email"));
                """, """
                op.dropUniqueConstraint("users", "uk_users_email");
                """);
        assertRenders(DROP_UNIQUE, """
                op.dropUniqueConstraint("users", "uk_users_email");
                """, """
                // DATA-DEPENDENT: adds unique constraint uk_users_email on users(email); fails if duplicate values exist
                op.createUniqueConstraint("users", unique("uk_users_email", "email"));
                """);
    }

    @Test
    void unnamedUniqueConstraintPassesNullAndIsDroppedByItsColumns() {
        assertRenders(ADD_UNNAMED_UNIQUE, """
                // DATA-DEPENDENT: adds an unnamed unique constraint on users(nickname, email); fails if duplicate values exist
                op.createUniqueConstraint("users", unique(null, "nickname", "email"));
                """, """
                op.dropUniqueConstraint("users", unique(null, "nickname", "email"));
                """);
    }

    @Test
    void addAndDropForeignKey() {
        assertRenders(ADD_FK, """
                // DATA-DEPENDENT: adds foreign key fk_messages_chat on messages(chat_id) referencing chats(id); fails if rows reference missing keys
                op.createForeignKey("messages",
                        foreignKey("fk_messages_chat", "chat_id")
                                .references("chats", "id")
                                .onDelete(CASCADE)
                                .onUpdate(RESTRICT));
                """, """
                op.dropForeignKey("messages", "fk_messages_chat");
                """);
        assertRenders(ADD_COMPOSITE_FK, """
                // DATA-DEPENDENT: adds foreign key fk_a_b on a(x, y) referencing b(x, y); fails if rows reference missing keys
                op.createForeignKey("a", foreignKey("fk_a_b", "x", "y").references("b", "x", "y").onUpdate(SET_NULL));
                """, """
                op.dropForeignKey("a", "fk_a_b");
                """);
        assertRenders(DROP_UNNAMED_FK, """
                op.dropForeignKey("a", foreignKey(null, "x").references("b", "x").onDelete(SET_DEFAULT));
                """, """
                // DATA-DEPENDENT: adds an unnamed foreign key on a(x) referencing b(x); fails if rows reference missing keys
                op.createForeignKey("a", foreignKey(null, "x").references("b", "x").onDelete(SET_DEFAULT));
                """);
    }

    @Test
    void everyTypeRendersAsTheTypesConstantOrMethod() {
        assertRenders(CREATE_ALL_TYPES, """
                op.createTable("all_types",
                        column("c_boolean", BOOLEAN),
                        column("c_tinyint", TINYINT),
                        column("c_smallint", SMALLINT),
                        column("c_integer", INTEGER),
                        column("c_bigint", BIGINT),
                        column("c_real", REAL),
                        column("c_double", DOUBLE),
                        column("c_float", FLOAT(53)),
                        column("c_decimal", DECIMAL(12, 2)),
                        column("c_numeric", NUMERIC(38, 0)),
                        column("c_char", CHAR(2)),
                        column("c_varchar", VARCHAR(255)),
                        column("c_nchar", NCHAR(3)),
                        column("c_nvarchar", NVARCHAR(100)),
                        column("c_text", TEXT),
                        column("c_clob", CLOB),
                        column("c_nclob", NCLOB),
                        column("c_binary", BINARY(16)),
                        column("c_varbinary", VARBINARY(1024)),
                        column("c_longvarbinary", LONGVARBINARY),
                        column("c_blob", BLOB),
                        column("c_date", DATE),
                        column("c_time", TIME),
                        column("c_time3", TIME(3)),
                        column("c_timetz", TIME_WITH_TIME_ZONE),
                        column("c_timetz3", TIME_WITH_TIME_ZONE(3)),
                        column("c_ts", TIMESTAMP),
                        column("c_ts6", TIMESTAMP(6)),
                        column("c_tstz", TIMESTAMP_WITH_TIME_ZONE),
                        column("c_tstz6", TIMESTAMP_WITH_TIME_ZONE(6)),
                        column("c_uuid", UUID),
                        column("c_json", JSON),
                        column("c_jsonb", raw("jsonb")),
                        column("c_enum", raw("enum('a', \\"b\\")")),
                        column("c_varchar_bare", dev.autogen.core.model.ColumnType.of(dev.autogen.core.model.TypeKind.VARCHAR)),
                        column("c_decimal_p", new dev.autogen.core.model.ColumnType(dev.autogen.core.model.TypeKind.DECIMAL, null, 10, null, null)),
                        column("c_raw_padded", new dev.autogen.core.model.ColumnType(dev.autogen.core.model.TypeKind.RAW, null, null, null, " int4 ")));
                """, """
                // DESTRUCTIVE: drops table "all_types" and all its rows
                op.dropTable("all_types");
                """);
    }

    @Test
    void oddNamesAndDefaultsAreJustStringLiterals() {
        assertRenders(CREATE_ODD_NAMES, """
                op.createTable("user",
                        column("order", VARCHAR(20)).notNull().serverDefault("'it''s \\"quoted\\"'"),
                        column("path\\\\to$1", TEXT).serverDefault("'C:\\\\temp\\\\u0041'"),
                        column("prénom_名前", NVARCHAR(40)),
                        column("sep", TEXT).serverDefault("'a" + "\\u2028" + "b" + "\\u2029" + "'"),
                        namedPrimaryKey("user's pk", "order"));
                """, """
                // DESTRUCTIVE: drops table "user" and all its rows
                op.dropTable("user");
                """);
    }

    @Test
    void lineBreaksSplitLiteralsAndAreEscapedInComments() {
        // Written without text blocks: every backslash below is one in the generated code.
        String upgrade = String.join(
                "\n",
                "// DESTRUCTIVE: drops table \"bad\\nname\\\\u0041*/\" and all its rows",
                "op.dropTable(\"bad\\n\"",
                "    + \"name\\\\u0041*/\");",
                "");
        String downgrade = String.join(
                "\n",
                "op.createTable(\"bad\\n\"",
                "    + \"name\\\\u0041*/\",",
                "        column(\"v\", VARCHAR(10))",
                "                .serverDefault(\"'line1\\n\"",
                "                    + \"line2'\"));",
                "");
        assertRenders(DROP_MULTILINE_NAME, upgrade, downgrade);
    }

    @Test
    void emptyPlanSaysSo() {
        OperationRenderer renderer = new OperationRenderer();
        assertEquals("// No changes.\n", renderer.render(MigrationPlan.empty()).toString());
        assertEquals(
                "// No changes.\n",
                renderer.render(MigrationPlan.empty().reverse()).toString());
    }

    @Test
    void multiLineAndCommentedStatementsAreSetOffByBlankLines() {
        MigrationPlan plan = new MigrationPlan(List.of(
                ADD_NICKNAME, ADD_STATUS, CREATE_TOKEN_USAGE, CREATE_INDEX, DROP_FLAG, ADD_NICKNAME, CREATE_INDEX));
        assertEquals("""
                op.addColumn("users", column("nickname", VARCHAR(64)));
                op.addColumn("orders", column("status", VARCHAR(16)).notNull().serverDefault("'draft'"));

                op.createTable("token_usage",
                        column("id", BIGINT).notNull().identity(),
                        column("user_id", BIGINT).notNull(),
                        column("model", VARCHAR(255)).notNull(),
                        column("cost", DECIMAL(12, 2)).serverDefault("0"),
                        primaryKey("id"),
                        unique("uk_token_usage_key", "user_id", "model"),
                        foreignKey("fk_token_usage_user", "user_id").references("users", "id").onDelete(CASCADE));

                op.createIndex("chats", index("idx_chats_user", "user_id"));

                // DESTRUCTIVE: drops column users.legacy_flag and all its values
                op.dropColumn("users", "legacy_flag");

                op.addColumn("users", column("nickname", VARCHAR(64)));
                op.createIndex("chats", index("idx_chats_user", "user_id"));
                """, new OperationRenderer().render(plan).toString());
    }

    // ---- every case above, as a whole file: compiles, and rebuilds exactly its operations ----

    @Test
    void everyCaseCompilesAndRoundTrips(@TempDir Path dir) throws Exception {
        MigrationWriter writer = new MigrationWriter(null);
        List<CompiledMigrations.Generated> files = new ArrayList<>();
        List<Operation> cases = allCases();
        for (int i = 0; i < cases.size(); i++) {
            MigrationPlan plan = new MigrationPlan(List.of(cases.get(i)));
            RevisionInfo info = new RevisionInfo(
                    String.format("case%08d", i),
                    List.of(),
                    "case " + cases.get(i).kind(),
                    Instant.parse("2025-01-02T03:04:05Z"));
            files.add(new CompiledMigrations.Generated(info, plan, writer.render(info, plan)));
        }
        MigrationPlan mixed = new MigrationPlan(cases);
        RevisionInfo info = new RevisionInfo(
                "mixed0000000",
                List.of("case00000000"),
                "all cases in one plan",
                Instant.parse("2025-01-02T03:04:05Z"));
        files.add(new CompiledMigrations.Generated(info, mixed, writer.render(info, mixed)));
        CompiledMigrations.compileAndCheck(dir, files);
    }
}
