package dev.autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pure comparison, on hand-built snapshots. */
class SchemaDiffTest {

    /** Case-insensitive names and a couple of type aliases, the way a real dialect canonicalises. */
    static final SchemaDialect DIALECT = new SchemaDialect() {
        public String name() {
            return "test";
        }

        public String foldIdentifier(String identifier) {
            return identifier.toLowerCase(Locale.ROOT);
        }

        public String nameKey(String identifier) {
            return identifier.toLowerCase(Locale.ROOT);
        }

        public String canonicalType(ColumnType type) {
            String s = type.toString().toLowerCase(Locale.ROOT);
            return s.equals("int8") ? "bigint" : s;
        }

        public String normalizeDefault(String expression) {
            return expression == null ? null : expression.replaceAll("^\\((.*)\\)$", "$1");
        }

        public ColumnType parseType(String sqlType) {
            return ColumnType.raw(sqlType);
        }
    };

    static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);

    static Column col(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, null, false);
    }

    static Table users() {
        return new Table(
                "users",
                List.of(col("id", BIGINT, false), col("email", ColumnType.withLength(TypeKind.VARCHAR, 255), false)),
                new PrimaryKey(null, List.of("id")),
                List.of(new UniqueConstraint("uk_email", List.of("email"))),
                List.of(),
                List.of());
    }

    static Table chats() {
        return new Table(
                "chats",
                List.of(col("id", BIGINT, false), col("owner_id", BIGINT, false)),
                new PrimaryKey(null, List.of("id")),
                List.of(),
                List.of(new Index("idx_chats_owner", List.of("owner_id"), false)),
                List.of(new ForeignKey(
                        "fk_chats_owner",
                        List.of("owner_id"),
                        "users",
                        List.of("id"),
                        ReferentialAction.CASCADE,
                        null)));
    }

    static MigrationPlan diff(List<Table> target, List<Table> current) {
        return SchemaDiff.compare(
                new SchemaSnapshot(target), new SchemaSnapshot(current), DiffOptions.defaults(), DIALECT);
    }

    static List<String> kinds(MigrationPlan plan) {
        return plan.operations().stream()
                .map(op -> op.kind() + ":" + op.table())
                .toList();
    }

    @Test
    void identicalSchemasGiveAnEmptyPlan() {
        assertTrue(diff(List.of(users(), chats()), List.of(users(), chats())).isEmpty());
    }

    @Test
    void namesAndTypeAliasesCompareTheWayTheDatabaseDoes() {
        Table shouting = new Table(
                "USERS",
                List.of(
                        col("ID", ColumnType.raw("int8"), false),
                        col("Email", ColumnType.withLength(TypeKind.VARCHAR, 255), false)),
                new PrimaryKey(null, List.of("ID")),
                List.of(new UniqueConstraint("users_email_key", List.of("EMAIL"))),
                List.of(),
                List.of());
        assertTrue(diff(List.of(users()), List.of(shouting)).isEmpty());
    }

    @Test
    void newTablesComeBeforeTheForeignKeysAndIndexesThatNeedThem() {
        MigrationPlan plan = diff(List.of(chats(), users()), List.of());
        assertEquals(List.of("add_table:users", "add_table:chats", "create_index:chats"), kinds(plan));
        assertEquals(List.of("drop_index:chats", "drop_table:chats", "drop_table:users"), kinds(plan.reverse()));
        assertFalse(plan.destructive());
        assertTrue(plan.reverse().destructive());
    }

    @Test
    void mutualForeignKeysAreAddedOnceBothTablesExist() {
        Table a = new Table(
                "a",
                List.of(col("id", BIGINT, false), col("b_id", BIGINT, true)),
                new PrimaryKey(null, List.of("id")),
                List.of(),
                List.of(),
                List.of(new ForeignKey("fk_a_b", List.of("b_id"), "b", List.of("id"), null, null)));
        Table b = new Table(
                "b",
                List.of(col("id", BIGINT, false), col("a_id", BIGINT, true)),
                new PrimaryKey(null, List.of("id")),
                List.of(),
                List.of(),
                List.of(new ForeignKey("fk_b_a", List.of("a_id"), "a", List.of("id"), null, null)));
        MigrationPlan plan = diff(List.of(a, b), List.of());
        assertEquals(List.of("add_table:a", "add_table:b", "add_foreign_key:a"), kinds(plan));
        MigrationPlan drop = diff(List.of(), List.of(a, b));
        assertEquals(List.of("drop_foreign_key:a", "drop_table:b", "drop_table:a"), kinds(drop));
        assertEquals(kinds(plan), kinds(drop.reverse()));
    }

    @Test
    void columnChangesAreAddedAlteredAndDroppedInASafeOrder() {
        Table before = users().withColumns(List.of(
                col("id", BIGINT, false),
                col("email", ColumnType.withLength(TypeKind.VARCHAR, 255), true),
                col("legacy", BIGINT, true)));
        Table after = users().withColumns(List.of(
                col("id", BIGINT, false),
                col("email", ColumnType.withLength(TypeKind.VARCHAR, 320), false),
                col("nickname", ColumnType.withLength(TypeKind.VARCHAR, 64), true)));
        MigrationPlan plan = diff(List.of(after), List.of(before));
        assertEquals(List.of("add_column:users", "alter_column:users", "drop_column:users"), kinds(plan));
        AlterColumnOp alter = (AlterColumnOp) plan.operations().get(1);
        assertTrue(alter.typeChanged() && alter.nullableChanged() && !alter.defaultChanged());
        assertTrue(plan.destructive());
        assertEquals(List.of("add_column:users", "alter_column:users", "drop_column:users"), kinds(plan.reverse()));
        Operation restored = plan.reverse().operations().get(1);
        assertEquals(before.column("email").orElseThrow().state(), ((AlterColumnOp) restored).to());
    }

    @Test
    void defaultsCompareAfterNormalisation() {
        Table a = users().mapColumns(
                        c -> c.name().equals("email") ? new Column("email", c.type(), false, "'x'", false) : c);
        Table b = users().mapColumns(
                        c -> c.name().equals("email") ? new Column("email", c.type(), false, "('x')", false) : c);
        assertTrue(diff(List.of(a), List.of(b)).isEmpty());
        assertEquals(List.of("alter_column:users"), kinds(diff(List.of(a), List.of(users()))));
    }

    @Test
    void constraintsAndIndexesAreMatchedByWhatTheyCover() {
        Table changed = new Table(
                "chats",
                chats().columns(),
                chats().primaryKey(),
                List.of(new UniqueConstraint(null, List.of("owner_id"))),
                List.of(new Index("idx_chats_owner", List.of("owner_id", "id"), false)),
                List.of(new ForeignKey(
                        "other_name", List.of("owner_id"), "users", List.of("id"), ReferentialAction.NO_ACTION, null)));
        MigrationPlan plan = diff(List.of(users(), changed), List.of(users(), chats()));
        assertEquals(
                List.of(
                        "drop_foreign_key:chats",
                        "drop_index:chats",
                        "create_index:chats",
                        "add_unique:chats",
                        "add_foreign_key:chats"),
                kinds(plan));
        assertEquals(
                List.of(
                        "drop_foreign_key:chats",
                        "drop_unique:chats",
                        "drop_index:chats",
                        "create_index:chats",
                        "add_foreign_key:chats"),
                kinds(plan.reverse()));
    }

    @Test
    void excludedTablesAreLeftAlone() {
        MigrationPlan plan = SchemaDiff.compare(
                new SchemaSnapshot(List.of(users())),
                new SchemaSnapshot(List.of(users(), chats())),
                new DiffOptions(name -> !name.equals("chats")),
                DIALECT);
        assertTrue(plan.isEmpty());
    }

    @Test
    void jsonListsExactlyTheOperations() {
        MigrationPlan plan = diff(List.of(users()), List.of());
        assertEquals(
                "{\"operations\":[{\"op\":\"add_table\",\"table\":\"users\",\"safety\":\"safe\",\"columns\":[\"id\",\"email\"]}],"
                        + "\"destructive\":false}",
                PlanJson.render(plan));
        assertEquals(List.of("+ add table users (id, email)"), PlanDescriber.describe(plan));
        assertEquals(List.of("- drop table users   [destructive]"), PlanDescriber.describe(plan.reverse()));
        assertEquals("\"a\\\"b\\\\c\\n\"", PlanJson.str("a\"b\\c\n"));
    }

    /** A key dropped and added again for its rule, and an index for its sort order, do not print alike. */
    @Test
    void linesShowTheRulesAndSortOrderThatChanged() {
        ForeignKey plain = new ForeignKey("fk_pet_owner", List.of("owner_id"), "owner", List.of("id"), null, null);
        ForeignKey cascading = new ForeignKey(
                "fk_pet_owner", List.of("owner_id"), "owner", List.of("id"), ReferentialAction.CASCADE, null);
        Index ascending = new Index("ix_entry", List.of("created_at", "kind"), false);
        Index descending = new Index("ix_entry", List.of("created_at", "kind"), false, List.of("created_at"));
        MigrationPlan plan = new MigrationPlan(List.of(
                new dev.autogen.core.ops.DropForeignKeyOp("pet", plain),
                new dev.autogen.core.ops.AddForeignKeyOp("pet", cascading),
                new dev.autogen.core.ops.DropIndexOp("entry", ascending),
                new dev.autogen.core.ops.CreateIndexOp("entry", descending)));
        assertEquals(
                List.of(
                        "- drop foreign key fk_pet_owner on pet (owner_id) -> owner (id)",
                        "+ add foreign key fk_pet_owner on pet (owner_id) -> owner (id) on delete cascade   [data-dependent]",
                        "- drop index ix_entry on entry",
                        "+ add index ix_entry on entry (created_at desc, kind)"),
                PlanDescriber.describe(plan));
    }
}
