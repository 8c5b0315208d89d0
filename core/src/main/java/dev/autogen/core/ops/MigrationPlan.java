package dev.autogen.core.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** An ordered list of operations; its reverse undoes it step by step in the opposite order. */
public record MigrationPlan(List<Operation> operations) {

    public MigrationPlan {
        operations = List.copyOf(Objects.requireNonNull(operations, "operations"));
    }

    public static MigrationPlan empty() {
        return new MigrationPlan(List.of());
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }

    /** The plan that undoes this one. */
    public MigrationPlan reverse() {
        List<Operation> reversed = new ArrayList<>(operations.size());
        for (Operation op : operations) {
            Operation back = op.reverse();
            // setting lost enum values to NULL has nothing to undo: the values are gone
            if (!(back instanceof AlterColumnOp alter && alter.from().equals(alter.to()) && alter.mapping() == null)) {
                reversed.add(back);
            }
        }
        Collections.reverse(reversed);
        return new MigrationPlan(reversed);
    }

    /** Whether any operation can lose data. */
    public boolean destructive() {
        return operations.stream().anyMatch(Operation::destructive);
    }
}
