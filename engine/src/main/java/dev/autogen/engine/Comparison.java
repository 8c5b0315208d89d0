package dev.autogen.engine;

import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.diff.rename.Rename;
import java.util.List;
import java.util.Objects;

/**
 * What comparing the entities with the database found: the counterpart of Alembic's {@code compare_metadata} and
 * {@code produce_migrations} in one.
 *
 * @param plan the operations that bring the database in line with the entities
 * @param possibleRenames drop-plus-add pairs of the plan that may be renames, not asked for with {@code --rename}
 * @param problems what the application needs from the database that no schema change gives, one line each (a
 *     sequence table without its row)
 */
public record Comparison(MigrationPlan plan, List<Rename> possibleRenames, List<String> problems) {

    public Comparison {
        Objects.requireNonNull(plan, "plan");
        possibleRenames = List.copyOf(possibleRenames);
        problems = List.copyOf(problems);
    }

    /** A comparison that found no problem beyond its plan. */
    Comparison(MigrationPlan plan, List<Rename> possibleRenames) {
        this(plan, possibleRenames, List.of());
    }

    Comparison withProblems(List<String> newProblems) {
        return new Comparison(plan, possibleRenames, newProblems);
    }

    Comparison withPlan(MigrationPlan newPlan) {
        return new Comparison(newPlan, possibleRenames, problems);
    }

    /** One line per possible rename, for {@code diff} and {@code check}. */
    public List<String> renameHints() {
        return possibleRenames.stream()
                .map(r -> "? possible rename: " + r.describe() + " (use --rename " + r.spec() + " to keep the data)")
                .toList();
    }

    /**
     * Extra comment lines for an operation of the generated migration: on the drop of a possible rename,
     * {@code POSSIBLE RENAME: users.name -> users.full_name; use --rename users.name=full_name to keep the data}.
     */
    public List<String> notes(Operation op) {
        return possibleRenames.stream()
                .filter(r -> dropOf(r, op))
                .map(r -> "POSSIBLE RENAME: " + r.describe() + "; use --rename " + r.spec() + " to keep the data")
                .toList();
    }

    private static boolean dropOf(Rename r, Operation op) {
        if (r.isTable()) {
            return op instanceof DropTableOp drop && drop.table().equals(r.table());
        }
        return op instanceof DropColumnOp drop && drop.table().equals(r.table()) && drop.column().name().equals(r.column());
    }
}
