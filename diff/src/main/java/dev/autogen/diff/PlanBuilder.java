package dev.autogen.diff;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects operations by phase and emits them in an order where every step is valid when it runs, upgrading and,
 * reversed, downgrading: constraints that are going away are dropped before what they depend on, tables exist
 * before the columns, indexes and foreign keys that need them, and tables are dropped last.
 */
final class PlanBuilder {

    enum Phase {
        /** Before the tables, whose defaults may use them. */
        CREATE_SEQUENCES,
        DROP_FOREIGN_KEYS,
        DROP_INDEXES,
        DROP_UNIQUES,
        /** Before the columns they use change or go. */
        DROP_CHECKS,
        CREATE_TABLES,
        /** Columns that are dropped and added again under the same name (a changed generated expression). */
        DROP_REPLACED_COLUMNS,
        ADD_COLUMNS,
        ALTER_COLUMNS,
        /** The replaced columns again, once the columns they are computed from have their new types. */
        ADD_REPLACED_COLUMNS,
        DROP_COLUMNS,
        CREATE_INDEXES,
        ADD_UNIQUES,
        /** Once the columns they use have their new types. */
        ADD_CHECKS,
        ADD_FOREIGN_KEYS,
        ALTER_COMMENTS,
        ALTER_SEQUENCES,
        DROP_TABLE_CONSTRAINTS,
        DROP_TABLES,
        DROP_SEQUENCES
    }

    private final Map<Phase, List<Operation>> phases = new EnumMap<>(Phase.class);

    void add(Phase phase, Operation op) {
        phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(op);
    }

    MigrationPlan build() {
        List<Operation> ordered = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            ordered.addAll(phases.getOrDefault(phase, List.of()));
        }
        return new MigrationPlan(ordered);
    }
}
