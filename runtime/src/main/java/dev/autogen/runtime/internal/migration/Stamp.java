package dev.autogen.runtime.internal.migration;

import java.util.List;
import java.util.Objects;

/**
 * What a stamp did to the version table: no migration ran, only the rows changed.
 *
 * @param from the rows before, sorted (after {@code --purge}, what was purged); empty for base
 * @param to the rows after, sorted; empty for base
 */
public record Stamp(List<String> from, List<String> to) {

    public Stamp {
        from = List.copyOf(Objects.requireNonNull(from, "from"));
        to = List.copyOf(Objects.requireNonNull(to, "to"));
    }

    /** As Alembic words it, without the leading {@code Running}: {@code stamp 9d1c0b7a2e55 -> 3f2a9c1d7e4b}. */
    public String describe() {
        return "stamp " + String.join(", ", from) + " -> " + String.join(", ", to);
    }
}
