package dev.autogen.core.ops;

/** One method per operation; implement it to render, execute or describe a plan. */
public interface OperationVisitor<R> {
    R visitCreateTable(CreateTableOp op);

    R visitDropTable(DropTableOp op);

    R visitAddColumn(AddColumnOp op);

    R visitDropColumn(DropColumnOp op);

    R visitAlterColumn(AlterColumnOp op);

    R visitCreateIndex(CreateIndexOp op);

    R visitDropIndex(DropIndexOp op);

    R visitAddUnique(AddUniqueOp op);

    R visitDropUnique(DropUniqueOp op);

    R visitAddForeignKey(AddForeignKeyOp op);

    R visitDropForeignKey(DropForeignKeyOp op);

    R visitAddCheck(AddCheckOp op);

    R visitDropCheck(DropCheckOp op);

    R visitCreateSequence(CreateSequenceOp op);

    R visitDropSequence(DropSequenceOp op);

    R visitAlterSequence(AlterSequenceOp op);

    R visitAlterTableComment(AlterTableCommentOp op);

    R visitRenameTable(RenameTableOp op);

    R visitRenameColumn(RenameColumnOp op);
}
