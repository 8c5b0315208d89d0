package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code drop_unique} operation. */
public record DropUniqueOp(String table, UniqueConstraint constraint) implements Operation {

    public DropUniqueOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(constraint, "constraint");
    }

    @Override
    public Operation reverse() {
        return new AddUniqueOp(table, constraint);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String kind() {
        return "drop_unique";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropUnique(this);
    }
}
