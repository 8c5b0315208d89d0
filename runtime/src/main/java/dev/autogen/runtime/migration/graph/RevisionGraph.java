package dev.autogen.runtime.migration.graph;

import dev.autogen.runtime.migration.error.AmbiguousRevisionException;
import dev.autogen.runtime.migration.error.DuplicateRevisionException;
import dev.autogen.runtime.migration.error.InvalidTargetException;
import dev.autogen.runtime.migration.error.MissingParentRevisionException;
import dev.autogen.runtime.migration.error.MultipleHeadsException;
import dev.autogen.runtime.migration.error.RevisionCycleException;
import dev.autogen.runtime.migration.error.UnknownRevisionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * The revisions of one versions folder and how they follow each other. Built once, immutable, validated on
 * construction: no id twice, every parent present, no cycle.
 *
 * <p>A database's state is the set of revisions in its version table (its applied heads); everything those revise,
 * directly or not, counts as applied. An upgrade applies the target's ancestors that are not applied yet, parents
 * first; a downgrade undoes the applied revisions that are not ancestors of the target, children first.
 */
public final class RevisionGraph {

    private final String location;
    /** In topological order: parents before children, ties broken by id. */
    private final Map<String, RevisionNode> nodes;
    private final Map<String, List<String>> children;

    private RevisionGraph(String location, Map<String, RevisionNode> ordered, Map<String, List<String>> children) {
        this.location = location;
        this.nodes = ordered;
        this.children = children;
    }

    /**
     * Builds and validates a graph.
     *
     * @param nodes the revisions
     * @param location where they come from (the versions folder), named in error messages
     * @throws DuplicateRevisionException if two nodes share an id
     * @throws MissingParentRevisionException if a node revises an id that is not among the nodes
     * @throws RevisionCycleException if the revises links form a cycle
     */
    public static RevisionGraph of(Collection<RevisionNode> nodes, String location) {
        Objects.requireNonNull(location, "location");
        Map<String, RevisionNode> byId = new TreeMap<>();
        for (RevisionNode node : nodes) {
            RevisionNode previous = byId.putIfAbsent(node.id(), node);
            if (previous != null) {
                throw new DuplicateRevisionException(node.id(), previous.origin(), node.origin());
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        for (RevisionNode node : byId.values()) {
            children.putIfAbsent(node.id(), new ArrayList<>());
            for (String parent : node.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new MissingParentRevisionException(node.id(), parent, location, node.origin());
                }
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(node.id());
            }
        }
        Map<String, List<String>> frozenChildren = new HashMap<>();
        children.forEach((id, list) -> {
            Collections.sort(list);
            frozenChildren.put(id, List.copyOf(list));
        });
        return new RevisionGraph(location, topologicalOrder(byId, frozenChildren, location), Map.copyOf(frozenChildren));
    }

    private static Map<String, RevisionNode> topologicalOrder(
            Map<String, RevisionNode> byId, Map<String, List<String>> children, String location) {
        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>();
        for (RevisionNode node : byId.values()) {
            int distinctParents = new HashSet<>(node.parents()).size();
            waiting.put(node.id(), distinctParents);
            if (distinctParents == 0) {
                ready.add(node.id());
            }
        }
        Map<String, RevisionNode> ordered = new LinkedHashMap<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            ordered.put(id, byId.get(id));
            for (String child : children.get(id)) {
                if (waiting.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        if (ordered.size() != byId.size()) {
            throw new RevisionCycleException(findCycle(byId, ordered.keySet()), location);
        }
        return Collections.unmodifiableMap(ordered);
    }

    /** A cycle among the nodes Kahn's algorithm could not order: follow unordered parents until one repeats. */
    private static List<String> findCycle(Map<String, RevisionNode> byId, Set<String> ordered) {
        String start = byId.keySet().stream().filter(id -> !ordered.contains(id)).findFirst().orElseThrow();
        List<String> path = new ArrayList<>();
        Map<String, Integer> seenAt = new HashMap<>();
        String current = start;
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, path.size());
            path.add(current);
            current = byId.get(current).parents().stream()
                    .filter(p -> !ordered.contains(p))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        return List.copyOf(path.subList(seenAt.get(current), path.size()));
    }

    /** Where the revisions come from, as named in messages. */
    public String location() {
        return location;
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public int size() {
        return nodes.size();
    }

    /** Every revision, parents before children. */
    public List<RevisionNode> nodes() {
        return List.copyOf(nodes.values());
    }

    public Optional<RevisionNode> find(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The revision with exactly this id. */
    public RevisionNode get(String id) {
        RevisionNode node = nodes.get(id);
        if (node == null) {
            throw new UnknownRevisionException("Revision " + id + " is not in " + location
                    + ": run history to list the revisions");
        }
        return node;
    }

    /** The revisions that revise this one. */
    public List<RevisionNode> children(String id) {
        return children.get(get(id).id()).stream().map(nodes::get).toList();
    }

    /** Revisions no other revision revises, parents-first order. */
    public List<RevisionNode> heads() {
        return nodes.values().stream().filter(n -> children.get(n.id()).isEmpty()).toList();
    }

    /** Revisions that revise nothing. */
    public List<RevisionNode> bases() {
        return nodes.values().stream().filter(RevisionNode::isBase).toList();
    }

    /**
     * The single head, or empty when there are no revisions.
     *
     * @throws MultipleHeadsException if there are several heads
     */
    public Optional<RevisionNode> head() {
        List<RevisionNode> heads = heads();
        if (heads.size() > 1) {
            throw new MultipleHeadsException(heads.stream().map(n -> n.id() + " (" + n.origin() + ")").toList(), location);
        }
        return heads.stream().findFirst();
    }

    /** Every revision, newest first: children before parents. */
    public List<RevisionNode> history() {
        List<RevisionNode> list = new ArrayList<>(nodes.values());
        Collections.reverse(list);
        return List.copyOf(list);
    }

    /**
     * The revision an id or id prefix names. An exact id wins over a prefix.
     *
     * @throws UnknownRevisionException if nothing matches
     * @throws AmbiguousRevisionException if the prefix matches several revisions
     */
    public RevisionNode resolve(String idOrPrefix) {
        RevisionNode exact = nodes.get(idOrPrefix);
        if (exact != null) {
            return exact;
        }
        List<String> matches = nodes.keySet().stream().filter(id -> id.startsWith(idOrPrefix)).sorted().toList();
        if (matches.isEmpty()) {
            throw new UnknownRevisionException("Revision " + idOrPrefix + " is not in " + location
                    + ": run history to list the revisions");
        }
        if (matches.size() > 1) {
            throw new AmbiguousRevisionException(idOrPrefix, matches);
        }
        return nodes.get(matches.get(0));
    }

    /**
     * Checks that every revision a database records is known here.
     *
     * @throws UnknownRevisionException naming the first unknown one
     */
    public void requireKnown(Collection<String> current) {
        for (String id : current) {
            if (!nodes.containsKey(id)) {
                throw new UnknownRevisionException("The database is at revision " + id + ", which is not in "
                        + location + ": restore that migration, or use the versions folder the database was migrated with");
            }
        }
    }

    /**
     * The revisions a target names, as a set of heads: empty for {@code base}.
     *
     * @param target the parsed target
     * @param current the database's current heads (for relative targets)
     */
    public Set<String> resolveTarget(RevisionTarget target, Collection<String> current) {
        requireKnown(current);
        return switch (target.kind()) {
            case HEAD -> head().map(n -> Set.of(n.id())).orElse(Set.of());
            case BASE -> Set.of();
            case REVISION -> Set.of(resolve(target.text()).id());
            case RELATIVE -> relative(target, current);
        };
    }

    private Set<String> relative(RevisionTarget target, Collection<String> current) {
        if (current.size() > 1) {
            throw new InvalidTargetException("Relative target " + target + " needs one current revision, but the"
                    + " database is at " + describe(current) + ": name the target revision");
        }
        String at = current.isEmpty() ? null : current.iterator().next();
        int steps = Math.abs(target.steps());
        for (int i = 0; i < steps; i++) {
            List<String> next;
            if (target.steps() > 0) {
                next = at == null ? bases().stream().map(RevisionNode::id).toList() : children.get(at);
                if (next.isEmpty()) {
                    throw new InvalidTargetException("Relative target " + target + " goes past head: the database is at "
                            + describe(current) + ", " + i + " revision" + (i == 1 ? "" : "s") + " below head");
                }
            } else {
                if (at == null) {
                    throw new InvalidTargetException("Relative target " + target + " goes below base: the database is at "
                            + describe(current) + ", " + i + " revision" + (i == 1 ? "" : "s") + " above base");
                }
                next = nodes.get(at).parents();
                if (next.isEmpty()) {
                    at = null;
                    continue;
                }
            }
            if (next.size() > 1) {
                throw new InvalidTargetException("Relative target " + target + " is ambiguous: the history branches at "
                        + (at == null ? "base" : at) + " into " + String.join(", ", next) + "; name the target revision");
            }
            at = next.get(0);
        }
        return at == null ? Set.of() : Set.of(at);
    }

    /** The given revisions and every revision they revise, directly or not. */
    public Set<String> ancestors(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(get(id).parents());
            }
        }
        return seen;
    }

    /** The heads of a set of applied revisions: those no other applied revision revises. Parents-first order. */
    public Set<String> headsOf(Collection<String> applied) {
        Set<String> set = new HashSet<>(applied);
        Set<String> heads = new LinkedHashSet<>();
        for (String id : nodes.keySet()) {
            if (set.contains(id) && children.get(id).stream().noneMatch(set::contains)) {
                heads.add(id);
            }
        }
        return heads;
    }

    /**
     * The revisions to apply to go from {@code current} up to {@code target}, parents first.
     *
     * @throws InvalidTargetException if the target does not include everything applied (it is below, or aside)
     */
    public List<RevisionNode> upgradePath(Collection<String> current, Collection<String> target) {
        Set<String> applied = ancestors(current);
        Set<String> wanted = ancestors(target);
        if (!wanted.containsAll(applied)) {
            throw new InvalidTargetException("Cannot upgrade to " + describe(target) + ": it is "
                    + (applied.containsAll(wanted) ? "below" : "not above") + " the current revision " + describe(current)
                    + (applied.containsAll(wanted) ? "; use downgrade" : "; name a revision above it"));
        }
        return nodes.values().stream().filter(n -> wanted.contains(n.id()) && !applied.contains(n.id())).toList();
    }

    /**
     * The revisions to undo to go from {@code current} down to {@code target}, children first.
     *
     * @throws InvalidTargetException if the target is not below the current revisions
     */
    public List<RevisionNode> downgradePath(Collection<String> current, Collection<String> target) {
        Set<String> applied = ancestors(current);
        Set<String> wanted = ancestors(target);
        if (!applied.containsAll(wanted)) {
            throw new InvalidTargetException("Cannot downgrade to " + describe(target) + ": it is "
                    + (wanted.containsAll(applied) ? "above" : "not below") + " the current revision " + describe(current)
                    + (wanted.containsAll(applied) ? "; use upgrade" : "; name a revision below it"));
        }
        List<RevisionNode> path = new ArrayList<>(nodes.values().stream()
                .filter(n -> applied.contains(n.id()) && !wanted.contains(n.id()))
                .toList());
        Collections.reverse(path);
        return List.copyOf(path);
    }

    /** A set of heads as text: {@code base} when empty, else the ids joined with commas. */
    public static String describe(Collection<String> heads) {
        return heads.isEmpty() ? RevisionTarget.BASE : String.join(", ", heads);
    }
}
