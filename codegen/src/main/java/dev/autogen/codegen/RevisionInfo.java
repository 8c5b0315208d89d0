package dev.autogen.codegen;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The metadata of a new revision.
 *
 * @param id the revision id; letters, digits and underscores only, since it becomes part of the file and class name
 * @param revises the ids of the revisions this one applies on top of; empty for the first revision
 * @param message the message given on the command line; may be empty, and null means empty
 * @param created when the revision is created
 */
public record RevisionInfo(String id, List<String> revises, String message, Instant created) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");

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
        message = message == null ? "" : message;
        Objects.requireNonNull(created, "created");
    }
}
