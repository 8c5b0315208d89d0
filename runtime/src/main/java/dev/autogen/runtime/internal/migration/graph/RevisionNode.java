package dev.autogen.runtime.internal.migration.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One revision as declared by its migration's {@code @Revision}.
 *
 * @param id the revision id
 * @param parents the revisions it revises; empty for a first revision, several for a merge
 * @param dependsOn revisions that must be applied first without being parents (often on another branch)
 * @param branchLabels the branch names this revision declares, possibly none
 * @param message the message given when it was created, possibly empty
 * @param created when it was created (ISO-8601), possibly empty
 * @param origin where it comes from: the source file, or the class name for a migration on the classpath
 */
public record RevisionNode(
        String id,
        List<String> parents,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        String created,
        String origin,
        List<String> replaces) {

    public RevisionNode {
        replaces = List.copyOf(Objects.requireNonNull(replaces, "replaces"));
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(Objects.requireNonNull(parents, "parents"));
        dependsOn = List.copyOf(Objects.requireNonNull(dependsOn, "dependsOn"));
        branchLabels = List.copyOf(Objects.requireNonNull(branchLabels, "branchLabels"));
        message = message == null ? "" : message;
        created = created == null ? "" : created;
        Objects.requireNonNull(origin, "origin");
    }

    /** A revision that replaces none (not a squashed one). */
    public RevisionNode(
            String id,
            List<String> parents,
            List<String> dependsOn,
            List<String> branchLabels,
            String message,
            String created,
            String origin) {
        this(id, parents, dependsOn, branchLabels, message, created, origin, List.of());
    }

    /** This node with other parents and dependencies (a squashed migration placed in the graph). */
    public RevisionNode withLinks(List<String> newParents, List<String> newDependsOn) {
        return new RevisionNode(id, newParents, newDependsOn, branchLabels, message, created, origin, replaces);
    }

    /** A revision without dependencies or branch labels. */
    public RevisionNode(String id, List<String> parents, String message, String created, String origin) {
        this(id, parents, List.of(), List.of(), message, created, origin);
    }

    /** Whether this revision starts a history: it revises nothing. */
    public boolean isBase() {
        return parents.isEmpty();
    }

    /** Whether this revision joins several revisions. */
    public boolean isMerge() {
        return parents.size() > 1;
    }

    /** The parents, then the dependencies: everything that must be applied before this revision. */
    public List<String> requires() {
        if (dependsOn.isEmpty()) {
            return parents;
        }
        List<String> all = new ArrayList<>(parents);
        dependsOn.stream().filter(d -> !parents.contains(d)).forEach(all::add);
        return List.copyOf(all);
    }
}
