package dev.autogen.runtime.internal.migration;

import dev.autogen.runtime.internal.migration.error.InvalidTargetException;
import dev.autogen.runtime.internal.migration.graph.RevisionTarget;
import java.util.Objects;

/**
 * What an offline run ({@code --sql}) goes from and to, as Alembic writes it: {@code FROM:TO}, or just {@code TO} for an
 * upgrade from base. Without a database the starting revision must be given; a downgrade always names it.
 *
 * @param from where the database is, as a target read from base ({@code base}, a revision id or prefix, {@code head})
 * @param to where the script takes it
 */
public record OfflineRange(RevisionTarget from, RevisionTarget to) {

    public OfflineRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Parses {@code FROM:TO} or, for an upgrade, {@code TO}.
     *
     * @throws InvalidTargetException when a part is missing or malformed
     */
    public static OfflineRange parse(String range, Direction direction) {
        String text = range == null ? "" : range.strip();
        int colon = text.indexOf(':');
        if (colon < 0) {
            if (direction == Direction.DOWNGRADE) {
                throw new InvalidTargetException(
                        "downgrade --sql needs the revision the database is at, as FROM:TO (for"
                                + " example head:base or 3f2a9c1d7e4b:9d1c0b7a2e55): without a connection it cannot be read");
            }
            return new OfflineRange(RevisionTarget.parse(RevisionTarget.BASE), RevisionTarget.parse(text));
        }
        String from = text.substring(0, colon).strip();
        String to = text.substring(colon + 1).strip();
        if (from.isEmpty() || to.isEmpty()) {
            throw new InvalidTargetException("Range " + text + " needs both ends, FROM:TO (for example base:head or "
                    + "9d1c0b7a2e55:3f2a9c1d7e4b)");
        }
        return new OfflineRange(RevisionTarget.parse(from), RevisionTarget.parse(to));
    }

    /** Whether the text is a {@code FROM:TO} range rather than a single target. */
    public static boolean isRange(String text) {
        return text != null && text.indexOf(':') >= 0;
    }
}
