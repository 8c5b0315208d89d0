package dev.autogen.runtime.internal.migration;

import dev.autogen.runtime.internal.fanout.FanOut;
import dev.autogen.runtime.internal.fanout.Target;
import dev.autogen.runtime.internal.fanout.TargetStatus;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;

/**
 * The fan-out tasks of the runner's commands, each on the target's own {@link Migrator} (the shared migrations on the
 * target's connections, so its own version table and lock).
 */
public final class FanOutTasks {

    private FanOutTasks() {}

    /**
     * Upgrades each target to {@code revision}. A target already there is {@link TargetStatus#SKIPPED}: for
     * {@code head} and {@code heads} that is read from its version table without taking the lock; for another
     * revision, the upgrade finds nothing to run.
     */
    public static FanOut.Task upgrade(
            Function<Target, Migrator> migrators, String revision, Function<Target, MigrationListener> listeners) {
        return target -> {
            Migrator migrator = migrators.apply(target);
            List<String> from = migrator.current();
            if (atHeads(migrator, revision, from)) {
                return FanOut.Outcome.skipped(from);
            }
            List<MigrationStep> steps = migrator.upgrade(revision, listeners.apply(target));
            List<String> to = migrator.current();
            return steps.isEmpty() ? FanOut.Outcome.skipped(to) : FanOut.Outcome.ok(from, to);
        };
    }

    /** Downgrades each target to {@code revision}; one with nothing to revert is {@link TargetStatus#SKIPPED}. */
    public static FanOut.Task downgrade(
            Function<Target, Migrator> migrators, String revision, Function<Target, MigrationListener> listeners) {
        return target -> {
            Migrator migrator = migrators.apply(target);
            List<String> from = migrator.current();
            List<MigrationStep> steps = migrator.downgrade(revision, listeners.apply(target));
            List<String> to = migrator.current();
            return steps.isEmpty() ? FanOut.Outcome.skipped(to) : FanOut.Outcome.ok(from, to);
        };
    }

    /** Reads each target's revisions; changes nothing. */
    public static FanOut.Task current(Function<Target, Migrator> migrators) {
        return target -> {
            List<String> at = migrators.apply(target).current();
            return FanOut.Outcome.ok(at, at);
        };
    }

    /**
     * Validates each target's checksums; a target whose applied migrations changed, or are missing, is
     * {@link TargetStatus#DIFFERS}, naming them.
     */
    public static FanOut.Task validate(Function<Target, Migrator> migrators) {
        return target -> {
            Migrator migrator = migrators.apply(target);
            List<String> at = migrator.current();
            Validation validation = migrator.validate();
            if (validation.ok()) {
                return FanOut.Outcome.ok(at, at);
            }
            StringBuilder detail = new StringBuilder();
            if (!validation.changed().isEmpty()) {
                detail.append("changed since applied: ")
                        .append(String.join(
                                ", ",
                                validation.changed().stream()
                                        .map(Validation.Changed::revision)
                                        .toList()));
            }
            if (!validation.missing().isEmpty()) {
                detail.append(detail.length() == 0 ? "" : "; ")
                        .append("applied but missing: ")
                        .append(String.join(", ", validation.missing()));
            }
            return new FanOut.Outcome(TargetStatus.DIFFERS, at, at, detail.toString());
        };
    }

    /** Whether {@code revision} is {@code head} or {@code heads} and the target is at exactly the heads. */
    static boolean atHeads(Migrator migrator, String revision, List<String> current) {
        if (!"head".equals(revision) && !"heads".equals(revision)) {
            return false;
        }
        List<String> heads = migrator.heads().stream().map(RevisionNode::id).toList();
        if ("head".equals(revision) && heads.size() != 1) {
            return false; // the upgrade says why it cannot choose
        }
        return new HashSet<>(heads).equals(new HashSet<>(current)) && heads.size() == current.size();
    }
}
