package dev.autogen.codegen;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The metadata of a new revision.
 *
 * @param id the revision id; letters, digits and underscores only, since it becomes part of the file and class name
 * @param revises the ids of the revisions this one applies on top of; empty for the first revision, several for a
 *     merge
 * @param dependsOn the ids of revisions that must be applied first without being parents; usually empty
 * @param branchLabels the branch labels this revision declares; usually empty
 * @param message the message given on the command line; may be empty, and null means empty
 * @param created when the revision is created
 */
public record RevisionInfo(
        String id,
        List<String> revises,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        Instant created) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]{0,63}");

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("revision id must be letters, digits or underscores: \"" + id + "\"");
        }
        revises = List.copyOf(Objects.requireNonNull(revises, "revises"));
        for (String parent : revises) {
            if (parent.isBlank()) {
                throw new IllegalArgumentException("revises contains a blank revision id");
            }
        }
        dependsOn = List.copyOf(Objects.requireNonNull(dependsOn, "dependsOn"));
        for (String dependency : dependsOn) {
            if (dependency.isBlank()) {
                throw new IllegalArgumentException("dependsOn contains a blank revision id");
            }
        }
        branchLabels = List.copyOf(Objects.requireNonNull(branchLabels, "branchLabels"));
        for (String label : branchLabels) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("branch label \"" + label + "\" must start with a letter or _ and"
                        + " hold only letters, digits, _ and - (at most 64)");
            }
        }
        message = message == null ? "" : message;
        Objects.requireNonNull(created, "created");
    }

    /** A revision without dependencies or branch labels. */
    public RevisionInfo(String id, List<String> revises, String message, Instant created) {
        this(id, revises, List.of(), List.of(), message, created);
    }
}
