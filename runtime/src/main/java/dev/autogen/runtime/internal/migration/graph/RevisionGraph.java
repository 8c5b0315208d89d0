package dev.autogen.runtime.internal.migration.graph;

import dev.autogen.runtime.internal.migration.error.AmbiguousRevisionException;
import dev.autogen.runtime.internal.migration.error.DuplicateRevisionException;
import dev.autogen.runtime.internal.migration.error.InvalidBranchLabelException;
import dev.autogen.runtime.internal.migration.error.InvalidTargetException;
import dev.autogen.runtime.internal.migration.error.MissingParentRevisionException;
import dev.autogen.runtime.internal.migration.error.MultipleHeadsException;
import dev.autogen.runtime.internal.migration.error.RevisionCycleException;
import dev.autogen.runtime.internal.migration.error.UnknownRevisionException;
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
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The revisions of one versions folder and how they follow each other. Built once, immutable, validated on
 * construction: no id twice, every parent and dependency present, no cycle, branch labels unique.
 *
 * <p>Two kinds of edges: a revision <em>revises</em> its parents (several for a merge) and <em>depends on</em>
 * revisions of other branches. Both must be applied before it. Only the first kind makes a history: a head is a
 * revision nothing revises, and a branch label names the revision declaring it and everything that revises it,
 * directly or not.
 *
 * <p>A database's state is the set of revisions in its version table, one row per applied head; everything those
 * require, directly or not, counts as applied. Every target turns the applied set into another one, and the new
 * version-table rows are that set's heads: an upgrade applies what the new set adds, parents first; a downgrade
 * undoes what it removes, children first; a stamp only writes the rows.
 */
public final class RevisionGraph {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

    private final String location;
    /** In topological order: parents and dependencies before the revisions requiring them, ties broken by id. */
    private final Map<String, RevisionNode> nodes;
    /** Revisions that revise each revision, sorted. */
    private final Map<String, List<String>> children;
    /** Revisions that revise or depend on each revision, sorted. */
    private final Map<String, List<String>> dependents;
    /** Each branch label and the revision that declares it, sorted by label. */
    private final Map<String, String> labels;
    /** The labels that apply to each revision: its own and those of the revisions it revises, directly or not. */
    private final Map<String, Set<String>> branches;
    /** Each revision's place in {@link #nodes}' parents-first order. */
    private final Map<String, Integer> positions;

    private final Targets targets = new Targets(this);

    private RevisionGraph(
            String location,
            Map<String, RevisionNode> ordered,
            Map<String, List<String>> children,
            Map<String, List<String>> dependents,
            Map<String, String> labels) {
        this.location = location;
        this.nodes = ordered;
        this.children = children;
        this.dependents = dependents;
        this.labels = labels;
        Map<String, Set<String>> effective = new HashMap<>();
        for (RevisionNode node : ordered.values()) {
            Set<String> set = new TreeSet<>(node.branchLabels());
            node.parents().forEach(p -> set.addAll(effective.get(p)));
            effective.put(node.id(), Collections.unmodifiableSet(set));
        }
        this.branches = Map.copyOf(effective);
        Map<String, Integer> order = new HashMap<>();
        for (String id : ordered.keySet()) {
            order.put(id, order.size());
        }
        this.positions = order;
    }

    /**
     * Builds and validates a graph.
     *
     * @param nodes the revisions
     * @param location where they come from (the versions folder), named in error messages
     * @throws DuplicateRevisionException if two nodes share an id
     * @throws MissingParentRevisionException if a node revises or depends on an id that is not among the nodes
     * @throws RevisionCycleException if the revises and dependsOn links form a cycle
     * @throws InvalidBranchLabelException if a branch label is declared twice, is a revision id or not a valid name
     */
    public static RevisionGraph of(Collection<RevisionNode> nodes, String location) {
        Objects.requireNonNull(location, "location");
        Map<String, RevisionNode> byId = new TreeMap<>();
        for (RevisionNode node : squashed(nodes)) {
            RevisionNode previous = byId.putIfAbsent(node.id(), node);
            if (previous != null) {
                throw new DuplicateRevisionException(node.id(), previous.origin(), node.origin());
            }
        }
        Map<String, List<String>> children = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        byId.keySet().forEach(id -> {
            children.put(id, new ArrayList<>());
            dependents.put(id, new ArrayList<>());
        });
        for (RevisionNode node : byId.values()) {
            for (String parent : node.parents()) {
                if (!byId.containsKey(parent)) {
                    throw new MissingParentRevisionException(node.id(), parent, location, node.origin());
                }
                children.get(parent).add(node.id());
            }
            for (String dependency : node.dependsOn()) {
                if (!byId.containsKey(dependency)) {
                    throw MissingParentRevisionException.dependency(node.id(), dependency, location, node.origin());
                }
            }
            node.requires().forEach(r -> dependents.get(r).add(node.id()));
        }
        Map<String, String> labels = labels(byId, location);
        Map<String, RevisionNode> ordered = topologicalOrder(byId, dependents, location);
        return new RevisionGraph(location, ordered, freeze(children), freeze(dependents), labels);
    }

    /**
     * Places each squashed migration (one that {@code replaces} a linear range R1..Rn) in the graph: while Rn's file is
     * there, the squashed migration revises Rn (so a database at a replaced revision goes on through the old files and
     * is then recorded at it, see {@link #recordsOnly}); without it, it is a base. A revision that revises or depends on
     * Rn revises or depends on the squashed migration instead.
     */
    private static List<RevisionNode> squashed(Collection<RevisionNode> nodes) {
        Set<String> present = new HashSet<>();
        nodes.forEach(n -> present.add(n.id()));
        Map<String, String> lastReplaced = new HashMap<>();
        Set<String> replaced = new HashSet<>();
        for (RevisionNode node : nodes) {
            if (!node.replaces().isEmpty()) {
                lastReplaced.put(node.replaces().get(node.replaces().size() - 1), node.id());
                replaced.addAll(node.replaces());
            }
        }
        if (lastReplaced.isEmpty()) {
            return List.copyOf(nodes);
        }
        List<RevisionNode> out = new ArrayList<>();
        for (RevisionNode node : nodes) {
            if (!node.replaces().isEmpty()) {
                String last = node.replaces().get(node.replaces().size() - 1);
                out.add(node.withLinks(present.contains(last) ? List.of(last) : List.of(), node.dependsOn()));
            } else if (replaced.contains(node.id())) {
                out.add(node);
            } else {
                out.add(node.withLinks(
                        node.parents().stream()
                                .map(p -> lastReplaced.getOrDefault(p, p))
                                .toList(),
                        node.dependsOn().stream()
                                .map(p -> lastReplaced.getOrDefault(p, p))
                                .toList()));
            }
        }
        return out;
    }

    /**
     * Whether running {@code node} from the database state {@code from} only records it: a squashed migration whose
     * replaced revisions' files are there, reached after them (a database that was at one of them) or undone (the
     * replaced revisions' own downgrades then undo the schema). Its own body runs only on a database that had none of
     * them.
     */
    public boolean recordsOnly(RevisionNode node, Collection<String> from, boolean upgrade) {
        RevisionNode placed = nodes.get(node.id());
        if (placed == null || placed.replaces().isEmpty() || placed.parents().isEmpty()) {
            return false;
        }
        return !upgrade || ancestors(from).contains(placed.parents().get(0));
    }

    /** The path without the revisions a squashed migration on it replaces, when the database has none of them. */
    private List<RevisionNode> throughSquashed(List<RevisionNode> path, Set<String> applied) {
        Set<String> dropped = new HashSet<>();
        for (RevisionNode node : path) {
            if (!node.replaces().isEmpty()
                    && !node.parents().isEmpty()
                    && node.replaces().stream().noneMatch(applied::contains)) {
                dropped.addAll(node.replaces());
            }
        }
        return dropped.isEmpty()
                ? path
                : path.stream().filter(n -> !dropped.contains(n.id())).toList();
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> lists) {
        Map<String, List<String>> frozen = new HashMap<>();
        // most lists hold one revision or none (a linear history): no stream to start for those
        lists.forEach((id, list) -> frozen.put(
                id,
                list.size() < 2
                        ? List.copyOf(list)
                        : list.stream().distinct().sorted().toList()));
        return Map.copyOf(frozen);
    }

    private static Map<String, String> labels(Map<String, RevisionNode> byId, String location) {
        Map<String, String> labels = new TreeMap<>();
        for (RevisionNode node : byId.values()) {
            for (String label : node.branchLabels()) {
                String problem = null;
                if (!LABEL.matcher(label).matches()) {
                    problem = "is not a valid branch label: use letters, digits, _ and - (at most 64, starting with a"
                            + " letter)";
                } else if (label.equals(RevisionTarget.HEAD)
                        || label.equals(RevisionTarget.HEADS)
                        || label.equals(RevisionTarget.BASE)) {
                    problem = "is reserved for targets: choose another branch label";
                } else if (byId.containsKey(label)) {
                    problem = "is also a revision id: choose another branch label";
                } else if (labels.containsKey(label)) {
                    problem = "is already the branch label of " + labels.get(label) + " ("
                            + byId.get(labels.get(label)).origin() + "): give one of them another label";
                }
                if (problem != null) {
                    throw new InvalidBranchLabelException("Branch label \"" + label + "\" of revision " + node.id()
                            + " in " + node.origin() + " " + problem);
                }
                labels.put(label, node.id());
            }
        }
        return Collections.unmodifiableMap(labels);
    }

    private static Map<String, RevisionNode> topologicalOrder(
            Map<String, RevisionNode> byId, Map<String, List<String>> dependents, String location) {
        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>();
        for (RevisionNode node : byId.values()) {
            int required = new HashSet<>(node.requires()).size();
            waiting.put(node.id(), required);
            if (required == 0) {
                ready.add(node.id());
            }
        }
        Map<String, RevisionNode> ordered = new LinkedHashMap<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            ordered.put(id, byId.get(id));
            for (String dependent : new LinkedHashSet<>(dependents.get(id))) {
                if (waiting.merge(dependent, -1, Integer::sum) == 0) {
                    ready.add(dependent);
                }
            }
        }
        if (ordered.size() != byId.size()) {
            throw cycle(byId, ordered.keySet(), location);
        }
        return Collections.unmodifiableMap(ordered);
    }

    /** A cycle among the nodes Kahn's algorithm could not order: follow unordered requirements until one repeats. */
    private static RevisionCycleException cycle(Map<String, RevisionNode> byId, Set<String> ordered, String location) {
        String start = byId.keySet().stream()
                .filter(id -> !ordered.contains(id))
                .findFirst()
                .orElseThrow();
        List<String> path = new ArrayList<>();
        Map<String, Integer> seenAt = new HashMap<>();
        String current = start;
        while (!seenAt.containsKey(current)) {
            seenAt.put(current, path.size());
            path.add(current);
            current = byId.get(current).requires().stream()
                    .filter(p -> !ordered.contains(p))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
        List<String> cycle = path.subList(seenAt.get(current), path.size());
        if (cycle.stream().allMatch(id -> byId.get(id).dependsOn().isEmpty())) {
            return new RevisionCycleException(List.copyOf(cycle), location);
        }
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < cycle.size(); i++) {
            String id = cycle.get(i);
            String next = cycle.get((i + 1) % cycle.size());
            chain.append(id).append(byId.get(id).parents().contains(next) ? " revises " : " depends on ");
        }
        return new RevisionCycleException(chain.append(cycle.get(0)).toString(), location);
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

    /** Every revision, parents (and dependencies) before children. */
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
            throw new UnknownRevisionException(
                    "Revision " + id + " is not in " + location + ": run history to list the revisions");
        }
        return node;
    }

    /** The revisions that revise this one. */
    public List<RevisionNode> children(String id) {
        return children.get(get(id).id()).stream().map(nodes::get).toList();
    }

    /** The revisions that revise or depend on this one. */
    public List<RevisionNode> dependents(String id) {
        return dependents.get(get(id).id()).stream().map(nodes::get).toList();
    }

    /** Revisions no other revision revises, parents-first order. */
    public List<RevisionNode> heads() {
        return nodes.values().stream()
                .filter(n -> children.get(n.id()).isEmpty())
                .toList();
    }

    /** Revisions that revise nothing. */
    public List<RevisionNode> bases() {
        return nodes.values().stream().filter(RevisionNode::isBase).toList();
    }

    /** Whether several revisions revise this one: the history branches here. */
    public boolean isBranchPoint(String id) {
        return children.get(get(id).id()).size() > 1;
    }

    /** Revisions that several revisions revise, parents-first order. */
    public List<RevisionNode> branchPoints() {
        return nodes.values().stream()
                .filter(n -> children.get(n.id()).size() > 1)
                .toList();
    }

    /** Each branch label and the id of the revision declaring it, sorted by label. */
    public Map<String, String> branchLabels() {
        return labels;
    }

    /**
     * The branch labels a revision belongs to, sorted: those it declares and those of the revisions it revises,
     * directly or not.
     */
    public Set<String> branchLabelsOf(String id) {
        return branches.get(get(id).id());
    }

    /**
     * The revisions of a branch: the one declaring the label and every revision that revises it, directly or not.
     *
     * @throws UnknownRevisionException if no revision declares the label
     */
    public Set<String> branch(String label) {
        if (!labels.containsKey(label)) {
            throw new UnknownRevisionException("No revision in " + location + " declares the branch label " + label
                    + ": run heads to see the branch labels");
        }
        Set<String> members = new LinkedHashSet<>();
        nodes.keySet().stream().filter(id -> branches.get(id).contains(label)).forEach(members::add);
        return members;
    }

    /**
     * The single head, or empty when there are no revisions.
     *
     * @throws MultipleHeadsException if there are several heads
     */
    public Optional<RevisionNode> head() {
        List<RevisionNode> heads = heads();
        if (heads.size() > 1) {
            List<String> ids = heads.stream().map(RevisionNode::id).toList();
            throw new MultipleHeadsException(
                    "Multiple head revisions in " + location + ": "
                            + String.join(
                                    ", ",
                                    heads.stream()
                                            .map(n -> n.id() + " (" + n.origin() + ")")
                                            .toList())
                            + "; merge them with 'autogen merge -m MSG " + String.join(" ", ids)
                            + "', or target heads, one of them, or a branch@head",
                    ids);
        }
        return heads.stream().findFirst();
    }

    /**
     * The single head of a branch.
     *
     * @throws MultipleHeadsException if the branch has several heads
     */
    public RevisionNode head(String label) {
        Set<String> members = branch(label);
        List<String> heads =
                heads().stream().map(RevisionNode::id).filter(members::contains).toList();
        if (heads.size() > 1) {
            throw new MultipleHeadsException(
                    "Branch " + label + " has " + heads.size() + " heads in " + location + ": "
                            + String.join(", ", heads) + "; merge them with 'autogen merge -m MSG "
                            + String.join(" ", heads)
                            + "', or target one of them",
                    heads);
        }
        return nodes.get(heads.get(0));
    }

    /** Every revision, newest first: children before parents. */
    public List<RevisionNode> history() {
        List<RevisionNode> list = new ArrayList<>(nodes.values());
        Collections.reverse(list);
        return List.copyOf(list);
    }

    /**
     * The revisions between two sets, newest first: those the upper ones require, directly or not, that require a
     * lower one, directly or not (both ends included).
     *
     * @param lower where to start; empty for base
     * @param upper where to end; empty for every head
     */
    public List<RevisionNode> history(Collection<String> lower, Collection<String> upper) {
        Set<String> below = upper.isEmpty() ? nodes.keySet() : ancestors(upper);
        Set<String> above = new HashSet<>(lower);
        above.addAll(descendants(lower));
        return history().stream()
                .filter(n -> below.contains(n.id()) && (lower.isEmpty() || above.contains(n.id())))
                .toList();
    }

    /**
     * The revision an id, id prefix or branch label names. An exact id wins over a label, a label over a prefix.
     *
     * @throws UnknownRevisionException if nothing matches
     * @throws AmbiguousRevisionException if the prefix matches several revisions
     */
    public RevisionNode resolve(String idOrPrefix) {
        return resolve(idOrPrefix, nodes.keySet(), null);
    }

    /** Like {@link #resolve(String)}, among the revisions of one branch (all when {@code label} is null). */
    RevisionNode resolve(String idOrPrefix, Collection<String> among, String label) {
        RevisionNode exact = nodes.get(idOrPrefix);
        String declaring = labels.get(idOrPrefix);
        if (exact == null && declaring != null) {
            exact = nodes.get(declaring);
        }
        if (exact != null) {
            if (!among.contains(exact.id())) {
                throw new InvalidTargetException("Revision " + exact.id() + " is not on branch " + label
                        + ": run history to see the branches, or drop the " + label + "@");
            }
            return exact;
        }
        List<String> matches =
                among.stream().filter(id -> id.startsWith(idOrPrefix)).sorted().toList();
        if (matches.isEmpty()) {
            throw new UnknownRevisionException("Revision " + idOrPrefix + " is not in " + location
                    + (label == null ? "" : " on branch " + label) + ": run history to list the revisions");
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
                for (RevisionNode node : nodes.values()) {
                    if (node.replaces().contains(id)) {
                        throw new UnknownRevisionException("The database is at revision " + id + ", which the squashed"
                                + " migration " + node.id() + " replaces, and its file is no longer in " + location
                                + ": restore the replaced migrations (from version control), upgrade this database"
                                + " past " + node.id() + ", then delete them again");
                    }
                }
                throw new UnknownRevisionException("The database is at revision " + id + ", which is not in "
                        + location + ": restore that migration, use the versions folder the database was migrated with,"
                        + " or reset the version table with stamp --purge");
            }
        }
    }

    /**
     * The revisions a target names: one revision, every head for {@code heads}, none for {@code base}; for a target
     * relative to the database ({@code +N}, {@code branch@-N}) the heads it would be at.
     *
     * @param current the database's current heads
     */
    public Set<String> select(RevisionTarget target, Collection<String> current) {
        requireKnown(current);
        return targets.select(target, current);
    }

    /**
     * The version-table rows after moving the database to a target, whichever the direction: the heads of the
     * revisions that are applied then.
     *
     * @param target the parsed target
     * @param current the database's current heads
     */
    public Set<String> resolveTarget(RevisionTarget target, Collection<String> current) {
        requireKnown(current);
        return headsOf(targets.state(target, ancestors(current), current));
    }

    /**
     * The version-table rows after stamping targets one after the other, running nothing.
     *
     * @param current the rows before; empty after a purge
     */
    public Set<String> stamp(List<RevisionTarget> stamped, Collection<String> current) {
        requireKnown(current);
        Set<String> heads = new LinkedHashSet<>(current);
        for (RevisionTarget target : stamped) {
            heads = headsOf(targets.state(target, ancestors(heads), heads));
        }
        return heads;
    }

    /**
     * The revisions to apply to go from {@code current} to a target, parents first.
     *
     * @throws InvalidTargetException if reaching the target would undo applied revisions
     */
    public List<RevisionNode> upgradePath(RevisionTarget target, Collection<String> current) {
        requireKnown(current);
        Set<String> applied = ancestors(current);
        Set<String> wanted = targets.state(target, applied, current);
        if (!wanted.containsAll(applied)) {
            throw new InvalidTargetException("Cannot upgrade to " + target + ": the database is at " + describe(current)
                    + ", above it; use downgrade " + target);
        }
        return throughSquashed(
                nodes.values().stream()
                        .filter(n -> wanted.contains(n.id()) && !applied.contains(n.id()))
                        .toList(),
                applied);
    }

    /**
     * The revisions to undo to go from {@code current} to a target, children first.
     *
     * @throws InvalidTargetException if reaching the target would apply revisions
     */
    public List<RevisionNode> downgradePath(RevisionTarget target, Collection<String> current) {
        requireKnown(current);
        Set<String> applied = ancestors(current);
        Set<String> wanted = targets.state(target, applied, current);
        if (!applied.containsAll(wanted)) {
            throw new InvalidTargetException("Cannot downgrade to " + target + ": the database is at "
                    + describe(current) + ", which does not include it; use upgrade " + target);
        }
        return childrenFirst(applied, wanted);
    }

    /** The given revisions and every revision they revise or depend on, directly or not. */
    public Set<String> ancestors(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(get(id).requires());
            }
        }
        return seen;
    }

    /** Every revision that revises or depends on one of the given revisions, directly or not; not those themselves. */
    public Set<String> descendants(Collection<String> ids) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        ids.forEach(id -> todo.addAll(dependents.get(get(id).id())));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(dependents.get(id));
            }
        }
        return seen;
    }

    /**
     * The heads of a set of applied revisions: those no other applied revision revises. A revision others only
     * depend on stays a head. Parents-first order.
     */
    public Set<String> headsOf(Collection<String> applied) {
        Set<String> set = new HashSet<>(applied);
        Set<String> heads = new LinkedHashSet<>();
        for (String id : nodes.keySet()) {
            if (set.contains(id) && noneIn(children.get(id), set)) {
                heads.add(id);
            }
        }
        return heads;
    }

    /**
     * {@link #headsOf} of a set that differs by one revision from a set whose heads are known, in time that depends on
     * the number of heads, not on the size of the graph: for a run that applies or undoes a long path step by step.
     *
     * @param heads {@code headsOf} of the set before the change
     * @param applied the set after the change: {@code node} added to it, or removed from it
     * @param node the revision added or removed
     * @param added whether {@code node} was added (else removed)
     * @return {@code headsOf(applied)}, parents first
     */
    public List<String> headsAfter(Collection<String> heads, Set<String> applied, RevisionNode node, boolean added) {
        // only the node itself and its parents can change from head to not or back: a head is a revision none of whose
        // children is in the set, and the node is a child of its parents only
        Set<String> result = new HashSet<>(heads);
        String id = get(node.id()).id();
        if (added) {
            node.parents().forEach(result::remove);
            if (noneIn(children.get(id), applied)) {
                result.add(id);
            }
        } else {
            result.remove(id);
            for (String parent : node.parents()) {
                if (applied.contains(parent) && noneIn(children.get(parent), applied)) {
                    result.add(parent);
                }
            }
        }
        List<String> ordered = new ArrayList<>(result);
        ordered.sort(java.util.Comparator.comparing(positions::get));
        return List.copyOf(ordered);
    }

    private static boolean noneIn(List<String> ids, Set<String> set) {
        for (String id : ids) {
            if (set.contains(id)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The revisions to apply to go from {@code current} up to a set of heads, parents first.
     *
     * @throws InvalidTargetException if the target does not include everything applied (it is below, or aside)
     */
    public List<RevisionNode> upgradePath(Collection<String> current, Collection<String> target) {
        Set<String> applied = ancestors(current);
        Set<String> wanted = ancestors(target);
        if (!wanted.containsAll(applied)) {
            throw new InvalidTargetException("Cannot upgrade to " + describe(target) + ": it is "
                    + (applied.containsAll(wanted) ? "below" : "not above") + " the current revision "
                    + describe(current)
                    + (applied.containsAll(wanted) ? "; use downgrade" : "; name a revision above it"));
        }
        return throughSquashed(
                nodes.values().stream()
                        .filter(n -> wanted.contains(n.id()) && !applied.contains(n.id()))
                        .toList(),
                applied);
    }

    /**
     * The revisions to undo to go from {@code current} down to a set of heads, children first.
     *
     * @throws InvalidTargetException if the target is not below the current revisions
     */
    public List<RevisionNode> downgradePath(Collection<String> current, Collection<String> target) {
        Set<String> applied = ancestors(current);
        Set<String> wanted = ancestors(target);
        if (!applied.containsAll(wanted)) {
            throw new InvalidTargetException("Cannot downgrade to " + describe(target) + ": it is "
                    + (wanted.containsAll(applied) ? "above" : "not below") + " the current revision "
                    + describe(current)
                    + (wanted.containsAll(applied) ? "; use upgrade" : "; name a revision below it"));
        }
        return childrenFirst(applied, wanted);
    }

    private List<RevisionNode> childrenFirst(Set<String> applied, Set<String> wanted) {
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
