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
}
