package dev.autogen.runtime.migration.graph;

import java.util.List;
import java.util.Objects;

/**
 * One revision as declared by its migration's {@code @Revision}.
 *
 * @param id the revision id
 * @param parents the revisions it revises; empty for a first revision
 * @param message the message given when it was created, possibly empty
 * @param created when it was created (ISO-8601), possibly empty
 * @param origin where it comes from: the source file, or the class name for a migration on the classpath
 */
public record RevisionNode(String id, List<String> parents, String message, String created, String origin) {

    public RevisionNode {
        Objects.requireNonNull(id, "id");
        parents = List.copyOf(Objects.requireNonNull(parents, "parents"));
        message = message == null ? "" : message;
        created = created == null ? "" : created;
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether this revision starts a history: it revises nothing. */
    public boolean isBase() {
        return parents.isEmpty();
    }

    /** Whether this revision joins several revisions. */
    public boolean isMerge() {
        return parents.size() > 1;
    }
}
