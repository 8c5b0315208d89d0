package dev.autogen.diff.hook;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;

/**
 * A project's say in what autogenerate compares and writes: the counterpart of Alembic's {@code include_object} and
 * {@code process_revision_directives}. Implement it in the project (it needs only {@code autogen-diff} and
 * {@code autogen-core} to compile) and register the class in
 * {@code META-INF/services/dev.autogen.diff.hook.AutogenHook} among the classes {@code --entities} points at; autogen
 * finds it with {@link java.util.ServiceLoader}. Every method has a default that changes nothing.
 *
 * <p>Order: {@link #includeTable} decides which tables are read and compared (on both sides); then every operation of
 * the plan goes through {@link #includeOperation}; then the plan that is left goes through {@link #process}, once per
 * hook, in the order the service loader finds them. {@code revision --autogenerate}, {@code check} and {@code diff}
 * all see the result.
 */
public interface AutogenHook {

    /**
     * Whether table {@code name} takes part in the comparison.
     *
     * @param name the table name as the database stores it
     * @param reflected true for a table read from the database, false for one the entities describe
     */
    default boolean includeTable(String name, boolean reflected) {
        return true;
    }

    /** Whether this operation stays in the plan. */
    default boolean includeOperation(Operation op) {
        return true;
    }

    /** The plan to write instead of {@code plan}: reorder, drop or add operations. Must not return null. */
    default MigrationPlan process(MigrationPlan plan) {
        return plan;
    }
}
