package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code alter_table_comment} operation: sets, changes or removes (null) a table comment. */
public record AlterTableCommentOp(String table, String from, String to) implements Operation {

    public AlterTableCommentOp {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public Operation reverse() {
        return new AlterTableCommentOp(table, to, from);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String kind() {
        return "alter_table_comment";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAlterTableComment(this);
    }
}
