package dev.autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.AlterSequenceOp;
import dev.autogen.core.ops.AlterTableCommentOp;
import dev.autogen.core.ops.CreateSequenceOp;
import dev.autogen.core.ops.DropCheckOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropSequenceOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.databases.postgresql.PostgresDialect;
import dev.autogen.databases.sqlite.SqliteDialect;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks, comments, sequences, identity and generated columns, compared with the real dialects' rules. */
class ObjectKindsDiffTest {

    static final Dialect PG = PostgresDialect.INSTANCE;
    static final Dialect SQLITE = SqliteDialect.INSTANCE;
    static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);
    static final ColumnType INTEGER = ColumnType.of(TypeKind.INTEGER);
    static final ColumnType VARCHAR = ColumnType.withLength(TypeKind.VARCHAR, 20);

    static Table table(String name, List<CheckConstraint> checks, String comment, Column... columns) {
        return new Table(
                name,
                List.of(columns),
                new PrimaryKey(null, List.of("id")),
                List.of(),
                List.of(),
                List.of(),
                checks,
                comment);
    }

    static Column id() {
        return new Column("id", BIGINT, false, null, false);
    }

    static Column col(String name, ColumnType type) {
        return new Column(name, type, true, null, false);
    }

    static MigrationPlan diff(Dialect dialect, Table target, Table current) {
        return SchemaDiff.compare(
                new SchemaSnapshot(List.of(target)),
                new SchemaSnapshot(List.of(current)),
                DiffOptions.defaults(),
                dialect);
    }

    static List<String> kinds(MigrationPlan plan) {
        return plan.operations().stream().map(Operation::kind).toList();
    }

    @Test
    void hibernatesUnnamedCheckMatchesTheNamedOnePostgresPrintsBack() {
        Table target = table(
                "orders",
                List.of(
                        new CheckConstraint(null, "status in ('NEW','PAID')"),
                        new CheckConstraint(null, "n between 0 and 2"),
                        new CheckConstraint("orders_qty_positive", "qty >= 0")),
                null,
                id(),
                col("status", VARCHAR),
                col("n", INTEGER),
                col("qty", INTEGER));
        Table current = table(
                "orders",
                List.of(
                        new CheckConstraint("orders_n_check", "((n >= 0) AND (n <= 2))"),
                        new CheckConstraint("orders_qty_positive", "(qty >= 0)"),
                        new CheckConstraint(
                                "orders_status_check",
                                "((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying])::text[]))")),
                null,
                id(),
                col("status", VARCHAR),
                col("n", INTEGER),
                col("qty", INTEGER));
        assertEquals(List.of(), diff(PG, target, current).operations());
    }

    /**
     * The unnamed check stays unnamed (the database names it, as it named Hibernate's), and the dropped one is written
     * as Hibernate writes conditions, so that the downgrade re-creates it portably, not from PostgreSQL's casts.
     */
    @Test
    void aChangedConditionDropsTheOldCheckAndAddsTheNewOneUnnamed() {
        Table target = table(
                "orders",
                List.of(new CheckConstraint(null, "status in ('NEW','PAID','SHIPPED')")),
                null,
                id(),
                col("status", VARCHAR));
        CheckConstraint old = new CheckConstraint(
                "orders_status_check",
                "((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying])::text[]))");
        Table current = table("orders", List.of(old), null, id(), col("status", VARCHAR));

        MigrationPlan plan = diff(PG, target, current);

        CheckConstraint portableOld = new CheckConstraint("orders_status_check", "status in ('NEW', 'PAID')");
        assertEquals(
                List.of(
                        new DropCheckOp("orders", portableOld),
                        // the values only gain one (an enum gained a constant): no row can break it
                        new AddCheckOp(
                                "orders", new CheckConstraint(null, "status in ('NEW','PAID','SHIPPED')"), true)),
                plan.operations());
        assertEquals(dev.autogen.core.ops.Safety.SAFE, plan.operations().get(1).safety());
        assertEquals(
                List.of(
                        new DropCheckOp("orders", new CheckConstraint(null, "status in ('NEW','PAID','SHIPPED')")),
                        new AddCheckOp("orders", portableOld)),
                plan.reverse().operations());
    }

    /** A dropped check whose condition an entity check has (here under another name) is written as the entity has it. */
    @Test
    void aDroppedCheckMatchingAnEntityCheckTakesItsText() {
        Table target = table(
                "orders",
                List.of(new CheckConstraint("ck_status", "status in ('NEW','PAID')")),
                null,
                id(),
                col("status", VARCHAR));
        Table current = table(
                "orders",
                List.of(
                        new CheckConstraint(
                                "orders_status_check",
                                "((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying])::text[]))")),
                null,
                id(),
                col("status", VARCHAR));

        assertEquals(
                List.of(
                        new DropCheckOp(
                                "orders", new CheckConstraint("orders_status_check", "status in ('NEW','PAID')")),
                        // the same condition under another name: no row can break it
                        new AddCheckOp("orders", new CheckConstraint("ck_status", "status in ('NEW','PAID')"), true)),
                diff(PG, target, current).operations());
    }

    @Test
    void addedChecksStayUnnamed() {
        Table target = table(
                "t",
                List.of(
                        new CheckConstraint(null, "qty < 10"),
                        new CheckConstraint(null, "qty > 0"),
                        new CheckConstraint(null, "qty <= max_qty")),
                null,
                id(),
                col("qty", INTEGER),
                col("max_qty", INTEGER));
        Table current = table("t", List.of(), null, id(), col("qty", INTEGER), col("max_qty", INTEGER));

        List<String> names = diff(PG, target, current).operations().stream()
                .map(op -> ((AddCheckOp) op).check().name())
                .toList();

        assertEquals(Arrays.asList(null, null, null), names);
    }

    @Test
    void namedChecksMatchByName() {
        Table target = table("t", List.of(new CheckConstraint("ck_qty", "qty > 1")), null, id(), col("qty", INTEGER));
        Table renamed =
                table("t", List.of(new CheckConstraint("ck_quantity", "qty > 1")), null, id(), col("qty", INTEGER));
        Table changed = table("t", List.of(new CheckConstraint("ck_qty", "qty > 0")), null, id(), col("qty", INTEGER));

        assertEquals(List.of("drop_check", "add_check"), kinds(diff(PG, target, renamed)));
        assertEquals(List.of("drop_check", "add_check"), kinds(diff(PG, target, changed)));
        assertEquals(List.of(), kinds(diff(PG, target, target)));
    }

    @Test
    void sqliteChecksAsWrittenMatchHibernatesText() {
        Table target =
                table("t", List.of(new CheckConstraint(null, "kind in ('A','B')")), null, id(), col("kind", VARCHAR));
        Table current = table(
                "t", List.of(new CheckConstraint(null, "(KIND in ('A', 'B'))")), null, id(), col("kind", VARCHAR));
        assertEquals(List.of(), diff(SQLITE, target, current).operations());
    }

    @Test
    void tableAndColumnCommentsAreAlteredWhereTheDatabaseKeepsThem() {
        Column described = col("name", VARCHAR).withComment("shown to buyers");
        Table target = table("t", List.of(), "what we sell", id(), described);
        Table current = table("t", List.of(), "old words", id(), col("name", VARCHAR));

        MigrationPlan plan = diff(PG, target, current);

        AlterColumnOp alter = (AlterColumnOp) plan.operations().get(0);
        assertTrue(
                alter.commentChanged() && !alter.typeChanged() && !alter.nullableChanged() && !alter.defaultChanged());
        assertEquals(
                new AlterTableCommentOp("t", "old words", "what we sell"),
                plan.operations().get(1));
        assertEquals(List.of(), diff(SQLITE, target, current).operations());
    }

    @Test
    void sequencesAreCreatedFirstAlteredAndDroppedLast() {
        Table t = table("t", List.of(), null, id());
        Sequence kept = new Sequence("kept_seq", 1, 50);
        SchemaSnapshot target = new SchemaSnapshot(
                List.of(t), List.of(new Sequence("new_seq", 5, 20), new Sequence("kept_seq", 100, 20)));
        SchemaSnapshot current = new SchemaSnapshot(List.of(t), List.of(kept, new Sequence("old_seq", 1, 1)));

        MigrationPlan plan = SchemaDiff.compare(target, current, DiffOptions.defaults(), PG);

        assertEquals(
                List.of(
                        new CreateSequenceOp(new Sequence("new_seq", 5, 20)),
                        new AlterSequenceOp(kept, new Sequence("kept_seq", 100, 20)),
                        new DropSequenceOp(new Sequence("old_seq", 1, 1))),
                plan.operations());
        assertEquals(
                List.of(),
                SchemaDiff.compare(target, target, DiffOptions.defaults(), PG).operations());
    }

    @Test
    void identityIsAlteredOnPostgresAndFollowsTypeAndKeyOnSqlite() {
        Table target = table("t", List.of(), null, new Column("id", BIGINT, false, null, true));
        Table current = table("t", List.of(), null, id());

        AlterColumnOp alter =
                (AlterColumnOp) diff(PG, target, current).operations().get(0);
        assertTrue(alter.identityChanged() && alter.to().identity() && !alter.typeChanged());

        Table rowidAlias = table("t", List.of(), null, new Column("id", INTEGER, false, null, true));
        Table integerKey = table("t", List.of(), null, new Column("id", INTEGER, false, null, false));
        assertEquals(List.of(), diff(SQLITE, integerKey, rowidAlias).operations());
    }

    @Test
    void aChangedGeneratedExpressionReplacesTheColumn() {
        Column doubled = col("doubled", INTEGER).withGenerated("qty * 2");
        Table current = table("t", List.of(), null, id(), col("qty", INTEGER), doubled.withGenerated("(qty * 2)"));
        Table same = table("t", List.of(), null, id(), col("qty", INTEGER), doubled);
        Table tripled = table("t", List.of(), null, id(), col("qty", INTEGER), doubled.withGenerated("qty * 3"));

        assertEquals(List.of(), diff(PG, same, current).operations());
        assertEquals(
                List.of(
                        new DropColumnOp("t", doubled.withGenerated("(qty * 2)")),
                        new AddColumnOp("t", doubled.withGenerated("qty * 3"))),
                diff(PG, tripled, current).operations());

        // PostgreSQL cannot change the type of a column a generated column uses: the generated column goes around it
        Table wider = table("t", List.of(), null, id(), col("qty", BIGINT), doubled);
        MigrationPlan plan = diff(PG, wider, current);
        assertEquals(List.of("drop_column", "alter_column", "add_column"), kinds(plan));
        assertEquals(List.of("drop_column", "alter_column", "add_column"), kinds(plan.reverse()));
    }

    @Test
    void defaultsCompareAfterTheDialectsNormalisation() {
        Table target = table("t", List.of(), null, id(), col("n", INTEGER).withServerDefault("0"));
        Table cast = table("t", List.of(), null, id(), col("n", INTEGER).withServerDefault("'0'::integer"));
        Table parenthesised =
                table("t", List.of(), null, id(), col("n", INTEGER).withServerDefault("(0)"));
        assertEquals(List.of(), diff(PG, target, cast).operations());
        assertEquals(List.of(), diff(PG, target, parenthesised).operations());
        assertEquals(List.of(), diff(SQLITE, target, parenthesised).operations());
    }
}
