package dev.autogen.engine;

import dev.autogen.core.ops.Operation;
import dev.autogen.core.ops.Safety;
import java.util.List;
import java.util.Objects;

/**
 * What {@code check} found: whether the database matches the entities, and how bad the differences are.
 *
 * @param comparison the plan, the possible renames and the problems no schema change fixes
 */
public record CheckResult(Comparison comparison) {

    public CheckResult {
        Objects.requireNonNull(comparison, "comparison");
    }

    /** Whether the database matches the entities: no change to make and no problem. */
    public boolean matches() {
        return comparison.plan().isEmpty() && !broken();
    }

    /** Whether the application cannot use the database as it is, whatever the schema changes (a problem was found). */
    public boolean broken() {
        return !comparison.problems().isEmpty();
    }

    /** Whether some change can lose data. */
    public boolean destructive() {
        return comparison.plan().destructive();
    }

    /** The changes whose safety is {@code least} or worse ({@link Safety#SAFE} for all of them). */
    public List<Operation> changesAtLeast(Safety least) {
        return comparison.plan().operations().stream()
                .filter(op -> op.safety().ordinal() >= least.ordinal())
                .toList();
    }
}
