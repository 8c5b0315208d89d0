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
 * @param possibleRenames drop-plus-add pairs of the plan that may be renames, not asked for as
 *     {@linkplain Autogenerate.Builder#renames renames}
 * @param problems what the application needs from the database that no schema change gives, one line each (a
 *     sequence table without its row)
 * @param names how the {@linkplain #renameHints() rename hints} and {@linkplain #notes notes} name the renames setting
 */
public record Comparison(MigrationPlan plan, List<Rename> possibleRenames, List<String> problems, SettingNames names) {

    public Comparison {
        Objects.requireNonNull(plan, "plan");
        possibleRenames = List.copyOf(possibleRenames);
        problems = List.copyOf(problems);
        Objects.requireNonNull(names, "names");
    }

    /** A comparison whose hints use the {@linkplain SettingNames#NEUTRAL neutral} names. */
    public Comparison(MigrationPlan plan, List<Rename> possibleRenames, List<String> problems) {
        this(plan, possibleRenames, problems, SettingNames.NEUTRAL);
    }

    /** A comparison that found no problem beyond its plan. */
    Comparison(MigrationPlan plan, List<Rename> possibleRenames, SettingNames names) {
        this(plan, possibleRenames, List.of(), names);
    }

    Comparison withProblems(List<String> newProblems) {
        return new Comparison(plan, possibleRenames, newProblems, names);
    }

    Comparison withPlan(MigrationPlan newPlan) {
        return new Comparison(newPlan, possibleRenames, problems, names);
    }

    /** One line per possible rename, for {@code diff} and {@code check}. */
    public List<String> renameHints() {
        return possibleRenames.stream()
                .map(r -> "? possible rename: " + r.describe() + " (use " + rename(r) + " to keep the data)")
                .toList();
    }

    /**
     * Extra comment lines for an operation of the generated migration: on the drop of a possible rename,
     * {@code POSSIBLE RENAME: users.name -> users.full_name; use --rename users.name=full_name to keep the data} where
     * the caller names the renames setting {@code --rename}.
     */
    public List<String> notes(Operation op) {
        return possibleRenames.stream()
                .filter(r -> dropOf(r, op))
                .map(r -> "POSSIBLE RENAME: " + r.describe() + "; use " + rename(r) + " to keep the data")
                .toList();
    }

    private String rename(Rename r) {
        return names.assignment(SettingNames.Setting.RENAMES, r.spec());
    }

    private static boolean dropOf(Rename r, Operation op) {
        if (r.isTable()) {
            return op instanceof DropTableOp drop && drop.table().equals(r.table());
        }
        return op instanceof DropColumnOp drop
                && drop.table().equals(r.table())
                && drop.column().name().equals(r.column());
    }
}
