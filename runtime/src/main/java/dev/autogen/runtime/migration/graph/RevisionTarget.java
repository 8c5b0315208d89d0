package dev.autogen.runtime.migration.graph;

import dev.autogen.runtime.migration.error.InvalidTargetException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A parsed target: {@code head}, {@code base}, a revision id or prefix, or a relative step {@code +N} / {@code -N}.
 *
 * @param kind which form
 * @param text the target as given (the id or prefix for {@link TargetKind#REVISION})
 * @param steps the signed step count for {@link TargetKind#RELATIVE}, otherwise 0
 */
public record RevisionTarget(TargetKind kind, String text, int steps) {

    public static final String HEAD = "head";
    public static final String BASE = "base";

    private static final Pattern RELATIVE = Pattern.compile("[+-][0-9]{1,9}");

    public RevisionTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** Parses a target as typed by a user. */
    public static RevisionTarget parse(String target) {
        if (target == null || target.isBlank()) {
            throw new InvalidTargetException("No target revision given: use head, base, a revision id or prefix, +N or -N");
        }
        String text = target.strip();
        if (text.equals(HEAD)) {
            return new RevisionTarget(TargetKind.HEAD, text, 0);
        }
        if (text.equals(BASE)) {
            return new RevisionTarget(TargetKind.BASE, text, 0);
        }
        if (RELATIVE.matcher(text).matches()) {
            return new RevisionTarget(TargetKind.RELATIVE, text, Integer.parseInt(text));
        }
        if (text.startsWith("+") || text.startsWith("-") || text.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidTargetException("Target " + text
                    + " is not a revision: use head, base, a revision id or prefix, +N or -N");
        }
        return new RevisionTarget(TargetKind.REVISION, text, 0);
    }

    @Override
    public String toString() {
        return text;
    }
}
