package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code add_column} operation. */
public record AddColumnOp(String table, Column column) implements Operation {

    public AddColumnOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public Operation reverse() {
        return new DropColumnOp(table, column);
    }

    /** A NOT NULL column without a default cannot be added to a table that has rows. */
    @Override
    public Safety safety() {
        return !column.nullable() && column.serverDefault() == null && !column.identity()
                ? Safety.DATA_DEPENDENT
                : Safety.SAFE;
    }

    @Override
    public String kind() {
        return "add_column";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }
}
