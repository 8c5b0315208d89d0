package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code rename_column} operation: keeps every value. */
public record RenameColumnOp(String table, String from, String to) implements Operation {

    public RenameColumnOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public Operation reverse() {
        return new RenameColumnOp(table, to, from);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String kind() {
        return "rename_column";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitRenameColumn(this);
    }
}
