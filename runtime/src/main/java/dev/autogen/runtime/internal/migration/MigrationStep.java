package dev.autogen.runtime.internal.migration;

import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One migration run in one direction.
 *
 * @param direction upgrade or downgrade
 * @param revision the revision whose migration runs
 * @param from the version-table rows before the step (empty for base)
 * @param to the version-table rows after the step (empty for base)
 */
public record MigrationStep(Direction direction, RevisionNode revision, List<String> from, List<String> to) {

    public MigrationStep {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(revision, "revision");
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    /**
     * The step that runs {@code node} on a database whose version table says {@code current}: the rows after it are the
     * heads of what is applied then.
     */
    public static MigrationStep of(RevisionGraph graph, Direction direction, RevisionNode node, List<String> current) {
        Set<String> applied = new HashSet<>(graph.ancestors(current));
        if (direction == Direction.UPGRADE) {
            applied.add(node.id());
        } else {
            applied.remove(node.id());
        }
        return new MigrationStep(direction, node, current, List.copyOf(graph.headsOf(applied)));
    }

    /**
     * What is applied as a run walks its path step after step, for runs of many steps: each {@link #step} is
     * {@link MigrationStep#of} without a walk of the whole graph (which, at every step of a long history, made a run
     * quadratic in its length).
     */
    static final class Walk {

        private final RevisionGraph graph;
        /** {@code graph.ancestors(current)} for the rows the last step left (or the rows the walk started from). */
        private final Set<String> applied;
        /** {@code graph.headsOf(applied)}. */
        private List<String> heads;

        Walk(RevisionGraph graph, List<String> current) {
            this.graph = graph;
            this.applied = new HashSet<>(graph.ancestors(current));
            this.heads = List.copyOf(graph.headsOf(applied));
        }

        /**
         * {@code MigrationStep.of(graph, direction, node, current)}, where {@code current} are the rows the previous
         * step left (or those the walk started from).
         */
        MigrationStep step(Direction direction, RevisionNode node, List<String> current) {
            boolean changed = direction == Direction.UPGRADE ? applied.add(node.id()) : applied.remove(node.id());
            if (changed) {
                heads = graph.headsAfter(heads, applied, node, direction == Direction.UPGRADE);
            }
            return new MigrationStep(direction, node, current, heads);
        }
    }

    /**
     * The step as Alembic words it, without the leading {@code Running}: {@code upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b,
     * add token usage}: the revision's parents and the revision, whatever other branches the database is at. Base is
     * an empty string, as in {@code upgrade  -> 9d1c0b7a2e55, create chats}; a merge names both parents, as in
     * {@code downgrade 5d7e0a3c9b11 -> 3f2a9c1d7e4b, 8e1b2c3d4f5a, merge}.
     */
    public String describe() {
        String parents = String.join(", ", ranFrom());
        String text = direction.word() + " "
                + (direction == Direction.UPGRADE
                        ? parents + " -> " + revision.id()
                        : revision.id() + " -> " + parents);
        return revision.message().isBlank() ? text : text + ", " + revision.message();
    }

    /**
     * The revisions the step goes on from: the revision's parents, except for a squashed migration whose own body runs
     * on a database that has none of the revisions it replaces, which goes on from base as those did.
     */
    private List<String> ranFrom() {
        List<String> replaced = revision.replaces();
        if (direction == Direction.UPGRADE
                && !replaced.isEmpty()
                && revision.parents().equals(List.of(replaced.get(replaced.size() - 1)))
                && !from.contains(replaced.get(replaced.size() - 1))) {
            return List.of();
        }
        return revision.parents();
    }
}
