package dev.autogen.core.ops;

import dev.autogen.core.model.*;
import java.util.Objects;

/**
 * The {@code add_check} operation; fails when existing rows break the condition.
 *
 * @param widens whether the check replaces one (dropped in the same plan) that every row it allows passes, as when an
 *     enum gains a constant ({@code in ('A','B')} to {@code in ('A','B','C')}): then no row can break it
 */
public record AddCheckOp(String table, CheckConstraint check, boolean widens) implements Operation {

    public AddCheckOp {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(check, "check");
    }

    public AddCheckOp(String table, CheckConstraint check) {
        this(table, check, false);
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
        return widens ? Safety.SAFE : Safety.DATA_DEPENDENT;
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
