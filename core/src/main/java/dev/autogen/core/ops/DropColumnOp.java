package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code drop_column} operation. */
public record DropColumnOp(String table, Column column) implements Operation {

    public DropColumnOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Operation reverse() {
        return new AddColumnOp(table, column);
    }

    @Override
    public Safety safety() {
        return Safety.DESTRUCTIVE;
    }

    @Override
    public String kind() {
        return "drop_column";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropColumn(this);
    }
}
