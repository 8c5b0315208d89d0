package dev.autogen.core.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A plan's reverse, its destructive flag, and the names and visitor methods of its operations. */
class MigrationPlanTest {

    @Test
    void theReverseUndoesEachStepInTheOppositeOrder() {
        List<Operation> ops = SampleOperations.oneOfEach();
        MigrationPlan plan = new MigrationPlan(ops);
        MigrationPlan back = plan.reverse();
        assertEquals(ops.size(), back.operations().size());
        for (int i = 0; i < ops.size(); i++) {
            assertEquals(ops.get(i).reverse(), back.operations().get(ops.size() - 1 - i));
        }
        assertEquals(plan, back.reverse());
    }

    @Test
    void settingLostEnumValuesToNullLeavesNothingInTheDowngrade() {
        ColumnState state = new ColumnState(ColumnType.withLength(TypeKind.VARCHAR, 255), true, null);
        AlterColumnOp lose = new AlterColumnOp(
                "job",
                "status",
                state,
                state,
                new Conversion(
                        new ValueMapping(List.of("'C'"), List.of("NULL")),
                        Safety.DESTRUCTIVE,
                        null,
                        Safety.SAFE,
                        null));
        RenameTableOp rename = new RenameTableOp("job", "task");
        MigrationPlan back = new MigrationPlan(List.of(lose, rename)).reverse();
        assertEquals(List.of(new RenameTableOp("task", "job")), back.operations());
    }

    @Test
    void aPlanIsDestructiveWhenAnyOperationIsNotSafe() {
        assertFalse(MigrationPlan.empty().destructive());
        assertTrue(MigrationPlan.empty().isEmpty());
        assertFalse(new MigrationPlan(List.of(new RenameTableOp("a", "b"), new AlterTableCommentOp("a", null, "x")))
                .destructive());
        assertTrue(new MigrationPlan(List.of(new RenameTableOp("a", "b"), new DropTableOp(SampleOperations.ORDERS)))
                .destructive());
        // the reverse of a create is a drop
        assertTrue(new MigrationPlan(List.of(new CreateTableOp(SampleOperations.ORDERS)))
                .reverse()
                .destructive());
    }

    @Test
    void aPlanHoldsACopyOfItsList() {
        List<Operation> ops = new ArrayList<>(List.of(new RenameTableOp("a", "b")));
        MigrationPlan plan = new MigrationPlan(ops);
        ops.add(new RenameTableOp("b", "c"));
        assertEquals(1, plan.operations().size());
        assertThrows(
                UnsupportedOperationException.class, () -> plan.operations().add(new RenameTableOp("x", "y")));
    }

    @Test
    void kindsAreTheJsonNamesTheReadmeLists() {
        List<String> kinds =
                SampleOperations.oneOfEach().stream().map(Operation::kind).toList();
        assertEquals(
                List.of(
                        "add_table",
                        "drop_table",
                        "add_column",
                        "drop_column",
                        "alter_column",
                        "create_index",
                        "drop_index",
                        "add_unique",
                        "drop_unique",
                        "add_foreign_key",
                        "drop_foreign_key",
                        "add_check",
                        "drop_check",
                        "create_sequence",
                        "drop_sequence",
                        "alter_sequence",
                        "alter_table_comment",
                        "rename_table",
                        "rename_column"),
                kinds);
    }

    @Test
    void eachOperationVisitsItsOwnMethod() {
        OperationVisitor<String> names = new OperationVisitor<>() {
            public String visitCreateTable(CreateTableOp op) {
                return "CreateTable";
            }

            public String visitDropTable(DropTableOp op) {
                return "DropTable";
            }

            public String visitAddColumn(AddColumnOp op) {
                return "AddColumn";
            }

            public String visitDropColumn(DropColumnOp op) {
                return "DropColumn";
            }

            public String visitAlterColumn(AlterColumnOp op) {
                return "AlterColumn";
            }

            public String visitCreateIndex(CreateIndexOp op) {
                return "CreateIndex";
            }

            public String visitDropIndex(DropIndexOp op) {
                return "DropIndex";
            }

            public String visitAddUnique(AddUniqueOp op) {
                return "AddUnique";
            }

            public String visitDropUnique(DropUniqueOp op) {
                return "DropUnique";
            }

            public String visitAddForeignKey(AddForeignKeyOp op) {
                return "AddForeignKey";
            }

            public String visitDropForeignKey(DropForeignKeyOp op) {
                return "DropForeignKey";
            }

            public String visitAddCheck(AddCheckOp op) {
                return "AddCheck";
            }

            public String visitDropCheck(DropCheckOp op) {
                return "DropCheck";
            }

            public String visitCreateSequence(CreateSequenceOp op) {
                return "CreateSequence";
            }

            public String visitDropSequence(DropSequenceOp op) {
                return "DropSequence";
            }

            public String visitAlterSequence(AlterSequenceOp op) {
                return "AlterSequence";
            }

            public String visitAlterTableComment(AlterTableCommentOp op) {
                return "AlterTableComment";
            }

            public String visitRenameTable(RenameTableOp op) {
                return "RenameTable";
            }

            public String visitRenameColumn(RenameColumnOp op) {
                return "RenameColumn";
            }
        };
        Set<String> seen = new HashSet<>();
        for (Operation op : SampleOperations.oneOfEach()) {
            String visited = op.accept(names);
            assertEquals(op.getClass().getSimpleName(), visited + "Op");
            seen.add(visited);
        }
        assertEquals(19, seen.size());
    }
}
