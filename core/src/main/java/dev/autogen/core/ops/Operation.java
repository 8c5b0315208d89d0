package dev.autogen.core.ops;

/** One schema change. */
public sealed interface Operation
        permits CreateTableOp,
                DropTableOp,
                AddColumnOp,
                DropColumnOp,
                AlterColumnOp,
                CreateIndexOp,
                DropIndexOp,
                AddUniqueOp,
                DropUniqueOp,
                AddForeignKeyOp,
                DropForeignKeyOp,
                AddCheckOp,
                DropCheckOp,
                CreateSequenceOp,
                DropSequenceOp,
                AlterSequenceOp,
                AlterTableCommentOp,
                RenameTableOp,
                RenameColumnOp {

    /** The table this operation changes (for sequence operations: the sequence). */
    String table();

    /** The operation that undoes this one. */
    Operation reverse();

    /** How much data this operation can lose. */
    Safety safety();

    /** Whether this operation can lose data, so that it must be marked for review. */
    default boolean destructive() {
        return safety() != Safety.SAFE;
    }

    /** The stable snake_case name used in JSON output, for example {@code add_column}. */
    String kind();

    <R> R accept(OperationVisitor<R> visitor);
}
