package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/** The {@code add_check} operation; fails when existing rows break the condition. */
public record AddCheckOp(String table, CheckConstraint check) implements Operation {

    public AddCheckOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public Operation reverse() {
        return new DropCheckOp(table, check);
    }

    @Override
    public Safety safety() {
        return Safety.DATA_DEPENDENT;
    }

    @Override
    public String kind() {
        return "add_check";
    }

    @Override
    public <R> R accept(OperationVisitor<R> visitor) {
        return visitor.visitAddCheck(this);
    }
}
