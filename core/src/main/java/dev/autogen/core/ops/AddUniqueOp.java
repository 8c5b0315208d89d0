package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code add_unique} operation. */
public record AddUniqueOp(String table, UniqueConstraint constraint) implements Operation {

    public AddUniqueOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public Operation reverse() {
        return new DropUniqueOp(table, constraint);
    }

    @Override
    public Safety safety() {
        return Safety.DATA_DEPENDENT;
    }

    @Override
    public String kind() {
        return "add_unique";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddUnique(this);
    }
}
