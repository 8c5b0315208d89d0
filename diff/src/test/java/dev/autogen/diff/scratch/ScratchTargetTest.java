package dev.autogen.diff.scratch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.PlainDialect;
import dev.autogen.diff.SchemaDiff;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The database spells types and defaults its own way ({@code int8}, {@code 'x'::varchar}); the entity model spells
 * them portably. Comparing the scratch copy with the live schema finds only real changes, and those carry the entity
 * model's spelling.
 */
class ScratchTargetTest {

    static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);

    static Table users(List<Column> columns, List<Index> indexes) {
        return new Table("users", columns, new PrimaryKey(null, List.of("id")), List.of(), indexes, List.of());
    }

    /** What the entities say. */
    static final Table ENTITY_USERS = users(
            List.of(
                    new Column("id", BIGINT, false, null, false),
                    new Column("name", ColumnType.withLength(TypeKind.VARCHAR, 100), false, "'x'", false),
                    new Column("email", ColumnType.withLength(TypeKind.VARCHAR, 50), true, null, false)),
            List.of(new Index("idx_users_email", List.of("email"), false)));

    /** The same, as the database reports it back. */
    static final Table SCRATCH_USERS = users(
            List.of(
                    new Column("id", ColumnType.raw("int8"), false, null, false),
                    new Column("name", ColumnType.raw("varchar(100)"), false, "'x'::varchar", false),
                    new Column("email", ColumnType.raw("varchar(50)"), true, null, false)),
            List.of(new Index("idx_users_email", List.of("email"), false)));

    /** The live table: no email yet, and name still nullable. */
    static final Table LIVE_USERS = users(
            List.of(
                    new Column("id", ColumnType.raw("int8"), false, null, false),
                    new Column("name", ColumnType.raw("varchar(100)"), true, "'x'::varchar", false)),
            List.of());

    static final Table ENTITY_TAGS = new Table(
            "tags",
            List.of(new Column("id", BIGINT, false, null, false), new Column("user_id", BIGINT, true, null, false)),
            new PrimaryKey(null, List.of("id")),
            List.of(),
            List.of(),
            List.of(new ForeignKey("fk_tags_user", List.of("user_id"), "users", List.of("id"), null, null)));

    static final Table SCRATCH_TAGS = new Table(
            "tags",
            List.of(
                    new Column("id", ColumnType.raw("int8"), false, null, false),
                    new Column("user_id", ColumnType.raw("int8"), true, null, false)),
            new PrimaryKey(null, List.of("id")),
            List.of(),
            List.of(),
            List.of(new ForeignKey("fk_tags_user", List.of("user_id"), "users", List.of("id"), null, null)));

    static final Table LIVE_LEGACY = new Table(
            "legacy",
            List.of(new Column("id", ColumnType.raw("int4"), false, null, false)),
            null,
            List.of(),
            List.of(),
            List.of());

    @Test
    void onlyRealChangesAndTheyCarryTheEntitySpelling() {
        SchemaSnapshot entities = new SchemaSnapshot(List.of(ENTITY_USERS, ENTITY_TAGS));
        SchemaSnapshot scratch = new SchemaSnapshot(List.of(SCRATCH_USERS, SCRATCH_TAGS));
        SchemaSnapshot live = new SchemaSnapshot(List.of(LIVE_USERS, LIVE_LEGACY));

        SchemaSnapshot target =
                ScratchTarget.target(entities, scratch, live, DiffOptions.defaults(), PlainDialect.INSTANCE);
        MigrationPlan plan = SchemaDiff.compare(target, live, DiffOptions.defaults(), PlainDialect.INSTANCE);

        assertEquals(
                List.of(
                        new CreateTableOp(ENTITY_TAGS),
                        new AddColumnOp("users", ENTITY_USERS.column("email").orElseThrow()),
                        new AlterColumnOp(
                                "users",
                                "name",
                                new ColumnState(ColumnType.raw("varchar(100)"), true, "'x'::varchar"),
                                new ColumnState(ColumnType.raw("varchar(100)"), false, "'x'::varchar")),
                        new CreateIndexOp("users", new Index("idx_users_email", List.of("email"), false)),
                        new DropTableOp(LIVE_LEGACY)),
                plan.operations());

        // Offline, the same entities against the same database see spelling differences as changes too.
        MigrationPlan offline = SchemaDiff.compare(entities, live, DiffOptions.defaults(), PlainDialect.INSTANCE);
        assertEquals(
                2,
                offline.operations().stream()
                        .filter(op -> op instanceof AlterColumnOp)
                        .count(),
                offline::toString);
    }

    @Test
    void aDatabaseThatMatchesGivesNoChanges() {
        SchemaSnapshot entities = new SchemaSnapshot(List.of(ENTITY_USERS, ENTITY_TAGS));
        SchemaSnapshot scratch = new SchemaSnapshot(List.of(SCRATCH_USERS, SCRATCH_TAGS));
        SchemaSnapshot target =
                ScratchTarget.target(entities, scratch, scratch, DiffOptions.defaults(), PlainDialect.INSTANCE);
        assertEquals(
                List.of(),
                SchemaDiff.compare(target, scratch, DiffOptions.defaults(), PlainDialect.INSTANCE)
                        .operations());
    }

    @Test
    void aChangedTypeTakesTheEntityType() {
        Table wider = users(
                List.of(
                        SCRATCH_USERS.columns().get(0),
                        new Column("name", ColumnType.raw("varchar(200)"), false, "'x'::varchar", false),
                        SCRATCH_USERS.columns().get(2)),
                SCRATCH_USERS.indexes());
        Table entityWider = ENTITY_USERS.mapColumns(c -> c.name().equals("name")
                ? new Column("name", ColumnType.withLength(TypeKind.VARCHAR, 200), false, "'x'", false)
                : c);
        SchemaSnapshot live = new SchemaSnapshot(List.of(SCRATCH_USERS));
        SchemaSnapshot target = ScratchTarget.target(
                new SchemaSnapshot(List.of(entityWider)),
                new SchemaSnapshot(List.of(wider)),
                live,
                DiffOptions.defaults(),
                PlainDialect.INSTANCE);
        assertEquals(
                List.of(new AlterColumnOp(
                        "users",
                        "name",
                        new ColumnState(ColumnType.raw("varchar(100)"), false, "'x'::varchar"),
                        new ColumnState(ColumnType.withLength(TypeKind.VARCHAR, 200), false, "'x'::varchar"))),
                SchemaDiff.compare(target, live, DiffOptions.defaults(), PlainDialect.INSTANCE)
                        .operations());
    }
}
