package dev.autogen.core.ops;

import static dev.autogen.core.ops.SampleOperations.CUSTOMER_FK;
import static dev.autogen.core.ops.SampleOperations.EMAIL_UNIQUE;
import static dev.autogen.core.ops.SampleOperations.ORDERS;
import static dev.autogen.core.ops.SampleOperations.ORDER_SEQ;
import static dev.autogen.core.ops.SampleOperations.STATUS_CHECK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.TypeKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each operation's class, as the README's "Guarding against destructive changes" states it: drops of a table, column
 * or sequence lose data; narrowing a type, setting NOT NULL, a NOT NULL column without a default, a unique constraint
 * or index, a foreign key or a check depend on the rows; the rest keeps every row and value.
 */
class OperationSafetyTest {

    private static final Column NAME =
            new Column("name", ColumnType.withLength(TypeKind.VARCHAR, 100), true, null, false);

    @Test
    void eachKindHasTheClassTheReadmeGivesIt() {
        Map<String, Safety> classes = new LinkedHashMap<>();
        for (Operation op : SampleOperations.oneOfEach()) {
            classes.put(op.kind(), op.safety());
        }
        Map<String, Safety> expected = new LinkedHashMap<>();
        expected.put("add_table", Safety.SAFE);
        expected.put("drop_table", Safety.DESTRUCTIVE);
        expected.put("add_column", Safety.SAFE); // NOT NULL, but with a default
        expected.put("drop_column", Safety.DESTRUCTIVE);
        expected.put("alter_column", Safety.DATA_DEPENDENT); // a longer varchar, but NOT NULL set
        expected.put("create_index", Safety.SAFE);
        expected.put("drop_index", Safety.SAFE);
        expected.put("add_unique", Safety.DATA_DEPENDENT);
        expected.put("drop_unique", Safety.SAFE);
        expected.put("add_foreign_key", Safety.DATA_DEPENDENT);
        expected.put("drop_foreign_key", Safety.SAFE);
        expected.put("add_check", Safety.DATA_DEPENDENT);
        expected.put("drop_check", Safety.SAFE);
        expected.put("create_sequence", Safety.SAFE);
        expected.put("drop_sequence", Safety.DESTRUCTIVE);
        expected.put("alter_sequence", Safety.SAFE);
        expected.put("alter_table_comment", Safety.SAFE);
        expected.put("rename_table", Safety.SAFE);
        expected.put("rename_column", Safety.SAFE);
        assertEquals(expected, classes);
    }

    @Test
    void onlySafeOperationsAreNotMarkedForReview() {
        assertFalse(new CreateTableOp(ORDERS).destructive());
        assertTrue(new DropTableOp(ORDERS).destructive());
        assertTrue(new AddUniqueOp("orders", EMAIL_UNIQUE).destructive());
        assertFalse(new DropForeignKeyOp("orders", CUSTOMER_FK).destructive());
        assertTrue(new DropSequenceOp(ORDER_SEQ).destructive());
        assertFalse(new AlterSequenceOp(ORDER_SEQ, new Sequence("sales.order_seq", 1, 1)).destructive());
    }

    @Test
    void aNotNullColumnNeedsADefaultOrAnIdentityToBeAddedSafely() {
        assertEquals(Safety.SAFE, new AddColumnOp("t", NAME).safety());
        assertEquals(Safety.DATA_DEPENDENT, new AddColumnOp("t", NAME.withNullable(false)).safety());
        assertEquals(Safety.SAFE, new AddColumnOp("t", NAME.withNullable(false).withServerDefault("''")).safety());
        assertEquals(Safety.SAFE, new AddColumnOp("t", NAME.withNullable(false).withIdentity(true)).safety());
        // a blank default is no default
        assertEquals(
                Safety.DATA_DEPENDENT,
                new AddColumnOp("t", NAME.withNullable(false).withServerDefault("  ")).safety());
    }

    @Test
    void onlyAUniqueIndexDependsOnTheRows() {
        assertEquals(Safety.SAFE, new CreateIndexOp("t", new Index("ix", List.of("a"), false)).safety());
        assertEquals(Safety.DATA_DEPENDENT, new CreateIndexOp("t", new Index("ux", List.of("a"), true)).safety());
        assertEquals(Safety.SAFE, new DropIndexOp("t", new Index("ux", List.of("a"), true)).safety());
    }

    @Test
    void aCheckThatOnlyWidensIsSafe() {
        assertEquals(Safety.DATA_DEPENDENT, new AddCheckOp("t", STATUS_CHECK).safety());
        assertEquals(Safety.SAFE, new AddCheckOp("t", STATUS_CHECK, true).safety());
        assertEquals(Safety.SAFE, new DropCheckOp("t", STATUS_CHECK).safety());
    }

    @Test
    void wideningATypeIsSafeByThePortableRule() {
        assertAlter(
                Safety.SAFE, ColumnType.withLength(TypeKind.VARCHAR, 40), ColumnType.withLength(TypeKind.VARCHAR, 255));
        assertAlter(Safety.SAFE, ColumnType.of(TypeKind.SMALLINT), ColumnType.of(TypeKind.BIGINT));
        assertAlter(Safety.SAFE, ColumnType.of(TypeKind.TINYINT), ColumnType.of(TypeKind.INTEGER));
        assertAlter(Safety.SAFE, ColumnType.decimal(8, 2), ColumnType.decimal(12, 6));
        assertAlter(Safety.SAFE, ColumnType.withLength(TypeKind.VARCHAR, 40), ColumnType.of(TypeKind.TEXT));
        assertAlter(Safety.SAFE, ColumnType.withLength(TypeKind.CHAR, 2), ColumnType.of(TypeKind.CLOB));
        assertAlter(Safety.SAFE, ColumnType.enumOf(List.of("A", "B")), ColumnType.enumOf(List.of("A", "B", "C")));
        assertAlter(
                Safety.SAFE,
                ColumnType.withPrecision(TypeKind.TIMESTAMP, 3),
                ColumnType.withPrecision(TypeKind.TIMESTAMP, 6));
    }

    @Test
    void narrowingATypeDependsOnTheRowsByThePortableRule() {
        assertAlter(
                Safety.DATA_DEPENDENT,
                ColumnType.withLength(TypeKind.VARCHAR, 255),
                ColumnType.withLength(TypeKind.VARCHAR, 40));
        assertAlter(Safety.DATA_DEPENDENT, ColumnType.of(TypeKind.BIGINT), ColumnType.of(TypeKind.INTEGER));
        // fewer integer digits although the precision grows
        assertAlter(Safety.DATA_DEPENDENT, ColumnType.decimal(10, 2), ColumnType.decimal(10, 4));
        assertAlter(Safety.DATA_DEPENDENT, ColumnType.decimal(12, 6), ColumnType.decimal(8, 2));
        assertAlter(Safety.DATA_DEPENDENT, ColumnType.of(TypeKind.TEXT), ColumnType.withLength(TypeKind.VARCHAR, 255));
        assertAlter(Safety.DATA_DEPENDENT, ColumnType.of(TypeKind.TEXT), ColumnType.of(TypeKind.INTEGER));
        assertAlter(Safety.DATA_DEPENDENT, ColumnType.of(TypeKind.DOUBLE), ColumnType.of(TypeKind.INTEGER));
        assertAlter(Safety.DATA_DEPENDENT, ColumnType.enumOf(List.of("A", "B")), ColumnType.enumOf(List.of("A")));
        assertAlter(
                Safety.DATA_DEPENDENT,
                ColumnType.withPrecision(TypeKind.TIMESTAMP, 6),
                ColumnType.withPrecision(TypeKind.TIMESTAMP, 0));
        // literal SQL types are never known to widen
        assertAlter(Safety.DATA_DEPENDENT, ColumnType.raw("int4range"), ColumnType.raw("int8range"));
    }

    @Test
    void theDialectsClassWinsOverThePortableRule() {
        ColumnState dbl = new ColumnState(ColumnType.of(TypeKind.DOUBLE), true, null);
        ColumnState integer = new ColumnState(ColumnType.of(TypeKind.INTEGER), true, null);
        Conversion rounds = new Conversion(null, Safety.DESTRUCTIVE, "rounds fractions", Safety.SAFE, null);
        AlterColumnOp op = new AlterColumnOp("orders", "qty", dbl, integer, rounds);
        assertEquals(Safety.DESTRUCTIVE, op.safety());
        assertEquals(Safety.DESTRUCTIVE, op.typeSafety());
        assertEquals(Safety.SAFE, op.reverse().safety());
        // a conversion that only maps values is classed by the portable rule
        AlterColumnOp mappedOnly = new AlterColumnOp(
                "orders", "qty", dbl, integer, Conversion.mapping(new ValueMapping(List.of("1.0"), List.of("1"))));
        assertEquals(Safety.DATA_DEPENDENT, mappedOnly.safety());
    }

    @Test
    void settingNotNullDependsOnTheRowsAndDroppingItIsSafe() {
        ColumnType type = ColumnType.withLength(TypeKind.VARCHAR, 100);
        ColumnState nullable = new ColumnState(type, true, null);
        ColumnState notNull = new ColumnState(type, false, null);
        assertEquals(Safety.DATA_DEPENDENT, new AlterColumnOp("t", "c", nullable, notNull).safety());
        assertEquals(Safety.SAFE, new AlterColumnOp("t", "c", notNull, nullable).safety());
        // a lossy type change stays the worse class when NOT NULL is set too
        ColumnState roundedNotNull = new ColumnState(ColumnType.of(TypeKind.INTEGER), false, null);
        Conversion rounds = new Conversion(null, Safety.DESTRUCTIVE, "rounds fractions", Safety.SAFE, null);
        assertEquals(
                Safety.DESTRUCTIVE,
                new AlterColumnOp(
                                "t",
                                "c",
                                new ColumnState(ColumnType.of(TypeKind.DOUBLE), true, null),
                                roundedNotNull,
                                rounds)
                        .safety());
    }

    @Test
    void defaultsCommentsAndIdentityKeepEveryValue() {
        ColumnType type = ColumnType.of(TypeKind.BIGINT);
        ColumnState plain = new ColumnState(type, false, null, null, false);
        assertEquals(
                Safety.SAFE,
                new AlterColumnOp("t", "c", plain, new ColumnState(type, false, "0", null, false)).safety());
        assertEquals(Safety.SAFE, new AlterColumnOp("t", "c", plain, plain.withComment("counted")).safety());
        assertEquals(Safety.SAFE, new AlterColumnOp("t", "c", plain, plain.withIdentity(true)).safety());
        assertEquals(Safety.SAFE, new AlterColumnOp("t", "c", plain.withIdentity(true), plain).safety());
    }

    /** The rows holding a removed enum value become NULL: destructive, as the planner classes it; nothing to undo. */
    @Test
    void anEnumValueMappedToNullIsLostAndItsReverseIsSafe() {
        ColumnState state = new ColumnState(ColumnType.withLength(TypeKind.VARCHAR, 255), true, null);
        ValueMapping lose = new ValueMapping(List.of("'C'"), List.of("NULL"));
        AlterColumnOp op = new AlterColumnOp(
                "job",
                "status",
                state,
                state,
                new Conversion(lose, Safety.DESTRUCTIVE, "rows holding 'C' get NULL", Safety.SAFE, null));
        assertFalse(op.typeChanged());
        assertEquals(Safety.DESTRUCTIVE, op.safety());
        AlterColumnOp back = (AlterColumnOp) op.reverse();
        assertEquals(null, back.mapping());
        assertEquals(Safety.SAFE, back.safety());
    }

    private static void assertAlter(Safety expected, ColumnType from, ColumnType to) {
        AlterColumnOp op =
                new AlterColumnOp("t", "c", new ColumnState(from, true, null), new ColumnState(to, true, null));
        assertEquals(expected, op.safety(), from + " -> " + to);
        assertEquals(expected == Safety.SAFE, AlterColumnOp.widens(from, to), from + " -> " + to);
    }
}
