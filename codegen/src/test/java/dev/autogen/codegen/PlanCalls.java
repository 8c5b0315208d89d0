package dev.autogen.codegen;

import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.AlterSequenceOp;
import dev.autogen.core.ops.AlterTableCommentOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateSequenceOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropCheckOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropForeignKeyOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.DropSequenceOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.DropUniqueOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.OperationVisitor;
import dev.autogen.core.ops.RenameColumnOp;
import dev.autogen.core.ops.RenameTableOp;
import java.util.List;

/** The calls, in {@link RecordingOperations}' words, that running a plan's migration must make. */
final class PlanCalls implements OperationVisitor<String> {

    static List<String> of(MigrationPlan plan) {
        PlanCalls v = new PlanCalls();
        return plan.operations().stream().map(op -> op.accept(v)).toList();
    }

    @Override
    public String visitCreateTable(CreateTableOp op) {
        return "createTable " + op.definition();
    }

    @Override
    public String visitDropTable(DropTableOp op) {
        return "dropTable " + op.table();
    }

    @Override
    public String visitAddColumn(AddColumnOp op) {
        return "addColumn " + op.table() + " " + op.column();
    }

    @Override
    public String visitDropColumn(DropColumnOp op) {
        return "dropColumn " + op.table() + " " + op.column().name();
    }

    @Override
    public String visitAlterColumn(AlterColumnOp op) {
        return "alterColumn " + op.table() + " " + op.column() + " " + op.from() + " " + op.to();
    }

    @Override
    public String visitCreateIndex(CreateIndexOp op) {
        return "createIndex " + op.table() + " " + op.index();
    }

    @Override
    public String visitDropIndex(DropIndexOp op) {
        return "dropIndex " + op.table() + " " + op.index().name();
    }

    @Override
    public String visitAddUnique(AddUniqueOp op) {
        return "createUniqueConstraint " + op.table() + " " + op.constraint();
    }

    @Override
    public String visitDropUnique(DropUniqueOp op) {
        return "dropUniqueConstraint " + op.table() + " "
                + (op.constraint().name() == null
                        ? op.constraint()
                        : op.constraint().name());
    }

    @Override
    public String visitAddForeignKey(AddForeignKeyOp op) {
        return "createForeignKey " + op.table() + " " + op.foreignKey();
    }

    @Override
    public String visitDropForeignKey(DropForeignKeyOp op) {
        return "dropForeignKey " + op.table() + " "
                + (op.foreignKey().name() == null
                        ? op.foreignKey()
                        : op.foreignKey().name());
    }

    @Override
    public String visitAddCheck(AddCheckOp op) {
        return "createCheckConstraint " + op.table() + " " + op.check();
    }

    @Override
    public String visitDropCheck(DropCheckOp op) {
        return "dropCheckConstraint " + op.table() + " "
                + (op.check().name() == null ? op.check() : op.check().name());
    }

    @Override
    public String visitCreateSequence(CreateSequenceOp op) {
        return "createSequence " + op.sequence();
    }

    @Override
    public String visitDropSequence(DropSequenceOp op) {
        return "dropSequence " + op.sequence().name();
    }

    @Override
    public String visitAlterSequence(AlterSequenceOp op) {
        return "alterSequence " + op.from() + " " + op.to();
    }

    @Override
    public String visitAlterTableComment(AlterTableCommentOp op) {
        return "setTableComment " + op.table() + " " + op.to();
    }

    @Override
    public String visitRenameTable(RenameTableOp op) {
        return "renameTable " + op.from() + " " + op.to();
    }

    @Override
    public String visitRenameColumn(RenameColumnOp op) {
        return "renameColumn " + op.table() + " " + op.from() + " " + op.to();
    }
}
