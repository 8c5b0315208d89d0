package dev.autogen.engine;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.ddl.TableChanges;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.diff.rename.Rename;
import dev.autogen.diff.rename.Renames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What every comparison does once both models are read: diff, turn the renames asked for (or accepted by the
 * {@link RenameDecision}) into rename operations and diff the rest against the renamed live model, apply the hooks,
 * and keep the possible renames that still concern the final plan.
 */
final class Planner {

    private Planner() {}

    /**
     * @param diffAgainst the plan from a live model to the entities (the caller's diff, with its options)
     */
    static Comparison plan(
            SchemaSnapshot entities,
            SchemaSnapshot live,
            Function<SchemaSnapshot, MigrationPlan> diffAgainst,
            List<Rename> renames,
            RenameDecision decision,
            Hooks hooks,
            Dialect dialect,
            SettingNames names) {
        MigrationPlan plan = diffAgainst.apply(live);
        List<Rename> possible = Renames.detect(plan, dialect);
        List<Rename> accepted = renames;
        if (accepted.isEmpty() && decision != null) {
            accepted = possible.stream().filter(decision::isRename).toList();
        }
        if (!accepted.isEmpty()) {
            List<Operation> renameOps;
            try {
                renameOps = Renames.operations(accepted, live, entities, dialect);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(
                        e.getMessage() + "; see "
                                + names.command(SettingNames.Command.DIFF)
                                        .map(c -> "'" + c + "'")
                                        .orElse("the comparison")
                                + " for the possible renames",
                        e);
            }
            SchemaSnapshot renamed = live;
            TableChanges changes = new TableChanges(dialect);
            for (Operation op : renameOps) {
                renamed = changes.apply(op, renamed);
            }
            List<Operation> ops = new ArrayList<>(renameOps);
            ops.addAll(diffAgainst.apply(renamed).operations());
            plan = new MigrationPlan(ops);
            possible = Renames.detect(plan, dialect);
        }
        MigrationPlan finalPlan = hooks.apply(plan);
        List<Rename> stillPossible = possible.stream()
                .filter(r -> finalPlan.operations().stream()
                        .anyMatch(op -> !new Comparison(finalPlan, List.of(r), names)
                                .notes(op)
                                .isEmpty()))
                .toList();
        return new Comparison(finalPlan, stillPossible, names);
    }

    /** A hook's failure that a reader wrapped while asking which tables to read. */
    static Optional<HookException> hookFailureIn(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof HookException hookFailure) {
                return Optional.of(hookFailure);
            }
        }
        return Optional.empty();
    }

    /** The snapshot with only the tables the predicate accepts. */
    static SchemaSnapshot only(SchemaSnapshot snapshot, Predicate<String> tables) {
        return snapshot.withTables(
                snapshot.tables().stream().filter(t -> tables.test(t.name())).toList());
    }
}
