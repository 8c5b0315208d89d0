package dev.autogen.core.ops;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an {@code alter_column} converts stored values where a plain cast would change their meaning (an enum stored by
 * name becoming one stored by ordinal): each stored value {@code from[i]} becomes {@code to[i]}, both SQL literals
 * ({@code 'A'}, {@code 0}); {@code NULL} in {@code to} means the value has no counterpart and is lost. Stored values
 * that are not listed are left to the database's cast, which fails for them where the new type or its check cannot
 * hold them.
 */
public record ValueMapping(List<String> from, List<String> to) {

    public ValueMapping {
        from = List.copyOf(Objects.requireNonNull(from, "from"));
        to = List.copyOf(Objects.requireNonNull(to, "to"));
        if (from.size() != to.size() || from.isEmpty()) {
            throw new IllegalArgumentException("a value mapping needs as many new values as old ones, at least one");
        }
    }

    /** The stored values that become NULL. */
    public List<String> lost() {
        List<String> lost = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (to.get(i).equalsIgnoreCase("NULL")) {
                lost.add(from.get(i));
            }
        }
        return lost;
    }

    /** The mapping back: every pair turned round, except the lost values, which nothing maps back to; null if none is left. */
    public ValueMapping reverse() {
        List<String> back = new ArrayList<>();
        List<String> forth = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (!to.get(i).equalsIgnoreCase("NULL")) {
                back.add(to.get(i));
                forth.add(from.get(i));
            }
        }
        return back.isEmpty() ? null : new ValueMapping(back, forth);
    }
}
