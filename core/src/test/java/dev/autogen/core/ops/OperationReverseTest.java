package dev.autogen.core.ops;

import static dev.autogen.core.ops.SampleOperations.CREATED_DESC;
import static dev.autogen.core.ops.SampleOperations.CUSTOMER_FK;
import static dev.autogen.core.ops.SampleOperations.EMAIL;
import static dev.autogen.core.ops.SampleOperations.EMAIL_UNIQUE;
import static dev.autogen.core.ops.SampleOperations.LONG_NAME;
import static dev.autogen.core.ops.SampleOperations.ORDERS;
import static dev.autogen.core.ops.SampleOperations.ORDER_SEQ;
import static dev.autogen.core.ops.SampleOperations.SHORT_NAME;
import static dev.autogen.core.ops.SampleOperations.STATUS_CHECK;
import static dev.autogen.core.ops.SampleOperations.TOTAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.TypeKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation's reverse: it undoes the operation with what the operation carries (a drop keeps the definition it
 * drops), and reversing twice gives the operation back.
 */
class OperationReverseTest {

    @Test
    void theSamplesCoverEveryKindOfOperation() {
        Set<String> permitted = Arrays.stream(Operation.class.getPermittedSubclasses())
                .map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> sampled = SampleOperations.oneOfEach().stream()
                .map(op -> op.getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(19, permitted.size(), "a new operation needs its reverse and safety tested here: " + permitted);
        assertEquals(permitted, sampled);
    }

    @Test
    void reversingTwiceGivesTheOperationBack() {
        for (Operation op : SampleOperations.oneOfEach()) {
            Operation back = op.reverse();
            assertNotEquals(op, back, op.kind());
            assertEquals(op, back.reverse(), op.kind());
        }
    }

    @Test
    void eachReverseIsTheOppositeKindOnTheSameTable() {
        List<String> pairs = SampleOperations.oneOfEach().stream()
                .map(op -> op.kind() + " -> " + op.reverse().kind())
                .toList();
        assertEquals(
                List.of(
                        "add_table -> drop_table",
                        "drop_table -> add_table",
                        "add_column -> drop_column",
                        "drop_column -> add_column",
                        "alter_column -> alter_column",
                        "create_index -> drop_index",
                        "drop_index -> create_index",
                        "add_unique -> drop_unique",
                        "drop_unique -> add_unique",
                        "add_foreign_key -> drop_foreign_key",
                        "drop_foreign_key -> add_foreign_key",
                        "add_check -> drop_check",
                        "drop_check -> add_check",
                        "create_sequence -> drop_sequence",
                        "drop_sequence -> create_sequence",
                        "alter_sequence -> alter_sequence",
                        "alter_table_comment -> alter_table_comment",
                        "rename_table -> rename_table",
                        "rename_column -> rename_column"),
                pairs);
        for (Operation op : SampleOperations.oneOfEach()) {
            if (!(op instanceof RenameTableOp)) {
                assertEquals(op.table(), op.reverse().table(), op.kind());
            }
        }
    }

    @Test
    void aDroppedTableIsRecreatedWithEverythingItHad() {
        CreateTableOp back = (CreateTableOp) new DropTableOp(ORDERS).reverse();
        assertSame(ORDERS, back.definition());
        assertEquals("sales.orders", back.table());
        assertEquals(
                List.of("id", "email", "total", "customer_id"),
                back.definition().columns().stream().map(c -> c.name()).toList());
        assertEquals("pk_orders", back.definition().primaryKey().name());
        assertEquals(List.of(EMAIL_UNIQUE), back.definition().uniqueConstraints());
        assertEquals(List.of(CREATED_DESC), back.definition().indexes());
        assertEquals(List.of(CUSTOMER_FK), back.definition().foreignKeys());
        assertEquals(List.of(STATUS_CHECK), back.definition().checks());
        assertEquals("one row per order", back.definition().comment());
        assertEquals(List.of(List.of("1")), back.definition().initialRows().rows());
    }

    @Test
    void aDroppedColumnIsAddedBackWithItsDefinition() {
        AddColumnOp back = (AddColumnOp) new DropColumnOp("orders", EMAIL).reverse();
        assertEquals("orders", back.table());
        assertEquals("email", back.column().name());
        assertEquals(ColumnType.withLength(TypeKind.VARCHAR, 320), back.column().type());
        assertFalse(back.column().nullable());
        assertEquals("'nobody'", back.column().serverDefault());
        assertEquals("where receipts go", back.column().comment());
        AddColumnOp computed = (AddColumnOp) new DropColumnOp("orders", TOTAL).reverse();
        assertEquals("price * qty", computed.column().generated());
        assertEquals(ColumnType.decimal(12, 2), computed.column().type());
    }

    @Test
    void droppedConstraintsIndexesAndSequencesComeBackWhole() {
        assertEquals(new CreateIndexOp("orders", CREATED_DESC), new DropIndexOp("orders", CREATED_DESC).reverse());
        assertTrue(((CreateIndexOp) new DropIndexOp("orders", CREATED_DESC).reverse())
                .index()
                .isDescending("created_at"));
        assertEquals(new AddUniqueOp("orders", EMAIL_UNIQUE), new DropUniqueOp("orders", EMAIL_UNIQUE).reverse());
        AddForeignKeyOp fk = (AddForeignKeyOp) new DropForeignKeyOp("orders", CUSTOMER_FK).reverse();
        assertEquals("sales.customers", fk.foreignKey().referencedTable());
        assertEquals("CASCADE", fk.foreignKey().onDelete().sql());
        assertEquals("SET NULL", fk.foreignKey().onUpdate().sql());
        AddCheckOp check = (AddCheckOp) new DropCheckOp("orders", STATUS_CHECK).reverse();
        assertEquals(STATUS_CHECK, check.check());
        assertEquals("status", check.check().column());
        CreateSequenceOp seq = (CreateSequenceOp) new DropSequenceOp(ORDER_SEQ).reverse();
        assertEquals(1000, seq.sequence().start());
        assertEquals(50, seq.sequence().increment());
        assertEquals(0L, seq.sequence().cache());
    }

    @Test
    void anAlterKeepsBothStatesAndItsReverseSwapsThem() {
        AlterColumnOp op = new AlterColumnOp("orders", "name", SHORT_NAME, LONG_NAME);
        AlterColumnOp back = (AlterColumnOp) op.reverse();
        assertEquals(LONG_NAME, back.from());
        assertEquals(SHORT_NAME, back.to());
        assertEquals("orders", back.table());
        assertEquals("name", back.column());
        assertNull(back.conversion());
        assertTrue(back.typeChanged() && back.nullableChanged() && back.defaultChanged() && back.commentChanged());
        assertFalse(back.identityChanged());
    }

    @Test
    void anAltersConversionTurnsRoundWithItsClassesAndNotes() {
        Conversion conversion = new Conversion(
                new ValueMapping(List.of("'A'", "'B'"), List.of("0", "1")),
                Safety.SAFE,
                null,
                Safety.DESTRUCTIVE,
                "values past 1 are lost");
        ColumnState byName = new ColumnState(ColumnType.enumOf(List.of("A", "B")), true, null);
        ColumnState byOrdinal = new ColumnState(ColumnType.of(TypeKind.TINYINT), true, null);
        AlterColumnOp back =
                (AlterColumnOp) new AlterColumnOp("job", "status", byName, byOrdinal, conversion).reverse();
        assertEquals(new ValueMapping(List.of("0", "1"), List.of("'A'", "'B'")), back.mapping());
        assertEquals(Safety.DESTRUCTIVE, back.conversion().safety());
        assertEquals("values past 1 are lost", back.conversion().note());
        assertEquals(Safety.SAFE, back.conversion().reverseSafety());
        assertNull(back.conversion().reverseNote());
        assertEquals(Safety.DESTRUCTIVE, back.safety());
    }

    @Test
    void valuesMappedToNullHaveNothingToMapBack() {
        ValueMapping lossy = new ValueMapping(List.of("'A'", "'B'", "'C'"), List.of("0", "null", "1"));
        assertEquals(List.of("'B'"), lossy.lost());
        assertEquals(new ValueMapping(List.of("0", "1"), List.of("'A'", "'C'")), lossy.reverse());
        // the lost value cannot come back, so reversing twice forgets it
        assertEquals(
                new ValueMapping(List.of("'A'", "'C'"), List.of("0", "1")),
                lossy.reverse().reverse());
        assertNull(new ValueMapping(List.of("'Z'"), List.of("NULL")).reverse());
        assertEquals(List.of(), new ValueMapping(List.of("'A'"), List.of("'B'")).lost());
    }

    @Test
    void aSequenceAlterAndACommentChangeSwapTheirTwoSides() {
        Sequence plain = new Sequence("order_seq", 1, 1);
        Sequence stepped = new Sequence("order_seq", 1, 50, 20L);
        assertEquals(new AlterSequenceOp(stepped, plain), new AlterSequenceOp(plain, stepped).reverse());
        assertEquals("order_seq", new AlterSequenceOp(plain, stepped).table());
        AlterTableCommentOp removed =
                (AlterTableCommentOp) new AlterTableCommentOp("orders", "old words", null).reverse();
        assertNull(removed.from());
        assertEquals("old words", removed.to());
    }

    @Test
    void aRenameIsUndoneByTheOppositeRename() {
        RenameTableOp table = (RenameTableOp) new RenameTableOp("orders", "purchases").reverse();
        assertEquals("purchases", table.from());
        assertEquals("orders", table.to());
        assertEquals("purchases", table.table());
        RenameColumnOp column = (RenameColumnOp) new RenameColumnOp("orders", "name", "full_name").reverse();
        assertEquals(new RenameColumnOp("orders", "full_name", "name"), column);
    }

    /**
     * A check that widens the one it replaces is safe to add; dropping it again (the reverse) does not say that its own
     * reverse widens, so reversing twice gives back the check classed by the general rule: data-dependent, the
     * cautious side.
     */
    @Test
    void aWideningCheckReversedTwiceIsClassedCautiously() {
        CheckConstraint wider = new CheckConstraint("ck_status", "status in ('NEW','DONE','LOST')");
        AddCheckOp widening = new AddCheckOp("orders", wider, true);
        assertEquals(new DropCheckOp("orders", wider), widening.reverse());
        AddCheckOp twice = (AddCheckOp) widening.reverse().reverse();
        assertEquals(wider, twice.check());
        assertFalse(twice.widens());
        assertEquals(Safety.DATA_DEPENDENT, twice.safety());
    }
}
