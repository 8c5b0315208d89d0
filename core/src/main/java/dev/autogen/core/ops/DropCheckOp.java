package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code drop_check} operation. */
public record DropCheckOp(String table, CheckConstraint check) implements Operation {

    public DropCheckOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public Operation reverse() {
        return new AddCheckOp(table, check);
    }

    @Override
    public Safety safety() {
        return Safety.SAFE;
    }

    @Override
    public String kind() {
        return "drop_check";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitDropCheck(this);
    }
}
