package dev.autogen.engine.report;

import java.util.List;
import java.util.Objects;

/**
 * One revision as {@code history}, {@code heads} and {@code current} list it.
 *
 * @param revision its id
 * @param parents the revisions it revises (empty for a base)
 * @param message its message, or null
 * @param origin its file or class, or null
 * @param labels its branch labels
 * @param marks {@code head}, {@code current}, {@code branchpoint}, {@code mergepoint}, as they apply
 */
public record RevisionRow(
        String revision, List<String> parents, String message, String origin, List<String> labels, List<String> marks) {

    public RevisionRow {
        Objects.requireNonNull(revision, "revision");
        parents = List.copyOf(parents);
        labels = List.copyOf(labels);
        marks = List.copyOf(marks);
    }
}
