package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code create_index} operation. */
public record CreateIndexOp(String table, Index index) implements Operation {

    public CreateIndexOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(index, "index");
    }

    @Override
    public Operation reverse() {
        return new DropIndexOp(table, index);
    }

    /** A unique index fails on duplicate values already in the table. */
    @Override
    public Safety safety() {
        return index.unique() ? Safety.DATA_DEPENDENT : Safety.SAFE;
    }

    @Override
    public String kind() {
        return "create_index";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }
}
