package dev.autogen.runtime.internal.migration.graph;

import dev.autogen.runtime.internal.migration.error.InvalidTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@link RevisionTarget} means on one graph. An absolute target names a revision X (or base): moving there
 * applies what X requires and undoes the revisions above X (what revises it, directly or not, and what depends on
 * those), leaving other branches alone. A relative target ({@code +N},
 * {@code -N}, {@code branch@+N}) applies or undoes N revisions one at a time, and is refused where the next one is
 * not clear.
 */
final class Targets {

    private final RevisionGraph graph;

    Targets(RevisionGraph graph) {
        this.graph = graph;
    }

    /** The revisions a target names; see {@link RevisionGraph#select}. */
    Set<String> select(RevisionTarget target, Collection<String> current) {
        return switch (target.kind()) {
            case HEADS -> ids(graph.heads());
            case RELATIVE -> graph.headsOf(relative(target, graph.ancestors(current), current));
            default -> {
                String id = anchor(target);
                yield id == null ? Set.of() : Set.of(id);
            }
        };
    }

    /** The applied revisions after moving from {@code applied} (whose heads are {@code current}) to a target. */
    Set<String> state(RevisionTarget target, Set<String> applied, Collection<String> current) {
        if (target.kind() == TargetKind.RELATIVE) {
            return relative(target, applied, current);
        }
        if (target.kind() == TargetKind.HEADS) {
            Set<String> state = new HashSet<>(applied);
            state.addAll(graph.ancestors(ids(graph.heads())));
            return state;
        }
        String id = anchor(target);
        if (id == null) {
            return belowBase(target, applied);
        }
        Set<String> state = new HashSet<>(applied);
        state.removeAll(above(id));
        state.addAll(graph.ancestors(List.of(id)));
        return state;
    }

    /**
     * What moving down to a revision undoes: the revisions that revise it, directly or not, and whatever depends on
     * those. Revisions that only depend on it stay.
     */
    private Set<String> above(String id) {
        Set<String> later = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            for (RevisionNode child : graph.children(todo.remove(todo.size() - 1))) {
                if (later.add(child.id())) {
                    todo.add(child.id());
                }
            }
        }
        later.addAll(graph.descendants(later));
        return later;
    }

    /** Base undoes everything; a branch's base undoes the branch and what requires it. */
    private Set<String> belowBase(RevisionTarget target, Set<String> applied) {
        if (target.branch() == null) {
            return Set.of();
        }
        Set<String> branch = graph.branch(target.branch());
        Set<String> state = new HashSet<>(applied);
        state.removeAll(branch);
        state.removeAll(graph.descendants(branch));
        return state;
    }

    /** The revision a HEAD, BASE or REVISION target names after its steps; null for base. */
    private String anchor(RevisionTarget target) {
        String label = target.branch();
        Set<String> scope = label == null ? null : graph.branch(label);
        String start;
        switch (target.kind()) {
            case HEAD ->
                start = label == null
                        ? graph.head().map(RevisionNode::id).orElse(null)
                        : graph.head(label).id();
            case BASE -> start = null;
            case REVISION -> {
                String whole = label == null ? target.text() : target.text().substring(label.length() + 1);
                if (target.steps() != 0 && graph.find(whole).isPresent()) {
                    return graph.resolve(whole, scope == null ? ids(graph.nodes()) : scope, label)
                            .id();
                }
                start = graph.resolve(target.revision(), scope == null ? ids(graph.nodes()) : scope, label)
                        .id();
            }
            default -> throw new IllegalArgumentException("not an absolute target: " + target);
        }
        if (target.kind() == TargetKind.HEAD && target.steps() > 0) {
            throw new InvalidTargetException(
                    "Target " + target + " goes past head: use head, or a step below it such" + " as head-1");
        }
        return walk(target, start, scope);
    }

    /** Follows single children up or single parents down; within a branch, its revisions are preferred. */
    private String walk(RevisionTarget target, String start, Set<String> scope) {
        String at = start;
        int steps = Math.abs(target.steps());
        for (int i = 0; i < steps; i++) {
            if (target.steps() > 0) {
                List<String> next = at != null
                        ? List.copyOf(ids(graph.children(at)))
                        : scope != null
                                ? List.of(graph.branchLabels().get(target.branch()))
                                : List.copyOf(ids(graph.bases()));
                if (scope != null) {
                    next = next.stream().filter(scope::contains).toList();
                }
                if (next.isEmpty()) {
                    throw new InvalidTargetException("Target " + target + " goes past "
                            + (scope == null ? "head" : "the head of branch " + target.branch()) + ": "
                            + describeStart(start) + (i == 0 ? " is a head" : " is only " + count(i) + " below it")
                            + "; give a smaller step count");
                }
                if (next.size() > 1) {
                    throw new InvalidTargetException("Target " + target + " is ambiguous: the history branches at "
                            + (at == null ? RevisionTarget.BASE : at) + " into " + String.join(", ", next)
                            + "; name the revision, or use a branch label (label@+N)");
                }
                at = next.get(0);
            } else {
                if (at == null) {
                    throw new InvalidTargetException("Target " + target + " goes below base: " + describeStart(start)
                            + " is only " + count(i) + " above it; give a smaller step count");
                }
                List<String> next = graph.get(at).parents();
                if (scope != null && next.stream().anyMatch(scope::contains)) {
                    next = next.stream().filter(scope::contains).toList();
                }
                if (next.size() > 1) {
                    throw new InvalidTargetException("Target " + target + " is ambiguous: " + at + " merges "
                            + String.join(", ", next) + "; name the revision, or use a branch label (label@-N)");
                }
                at = next.isEmpty() ? null : next.get(0);
            }
        }
        return at;
    }

    /** Applies or undoes revisions one at a time, each time the only one that can go next. */
    private Set<String> relative(RevisionTarget target, Set<String> applied, Collection<String> current) {
        String label = target.branch();
        Set<String> scope = label == null ? null : graph.branch(label);
        Set<String> state = new HashSet<>(applied);
        boolean up = target.steps() > 0;
        int steps = Math.abs(target.steps());
        for (int i = 0; i < steps; i++) {
            List<String> candidates = new ArrayList<>();
            for (RevisionNode node : graph.nodes()) {
                String id = node.id();
                if (scope != null && !scope.contains(id)) {
                    continue;
                }
                boolean candidate = up
                        ? !state.contains(id)
                                && node.requires().stream()
                                        .allMatch(r -> state.contains(r) || scope != null && !scope.contains(r))
                        : state.contains(id)
                                && graph.dependents(id).stream()
                                        .noneMatch(d ->
                                                state.contains(d.id()) && (scope == null || scope.contains(d.id())));
                if (candidate) {
                    candidates.add(id);
                }
            }
            if (candidates.isEmpty()) {
                String end = up
                        ? (scope == null ? "past head" : "past the head of branch " + label)
                        : (scope == null ? "below base" : "below the base of branch " + label);
                String where = scope == null ? (up ? "head" : "base") : "it";
                throw new InvalidTargetException("Relative target " + target + " goes " + end + ": the database is at "
                        + RevisionGraph.describe(current) + ", "
                        + (i == 0
                                ? "already at " + (scope == null ? where : up ? "its head" : "its base")
                                : count(i) + " " + (up ? "below " : "above ") + where));
            }
            if (candidates.size() > 1) {
                throw new InvalidTargetException("Relative target " + target + " is ambiguous: the "
                        + (up ? "next revision could be " : "revision to undo could be ")
                        + String.join(" or ", candidates) + "; name the target revision, or use a branch label"
                        + " (label@" + (up ? "+" : "-") + steps + ")");
            }
            String chosen = candidates.get(0);
            if (up) {
                state.addAll(graph.ancestors(List.of(chosen)));
            } else {
                state.remove(chosen);
                state.removeAll(graph.descendants(List.of(chosen)));
            }
        }
        return state;
    }

    private static String describeStart(String start) {
        return start == null ? RevisionTarget.BASE : start;
    }

    private static String count(int n) {
        return n + " revision" + (n == 1 ? "" : "s");
    }

    private static Set<String> ids(Collection<RevisionNode> nodes) {
        Set<String> ids = new LinkedHashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        return ids;
    }
}
