package dev.autogen.core.model;

import java.util.Objects;

/**
 * A database sequence.
 *
 * @param name the name as the database stores it
 * @param start the first value
 * @param increment the step between values
 * @param cache how many values the database hands out ahead of use, 0 for none ({@code nocache}, as Hibernate creates
 *     MariaDB sequences), or null where not stated or not reported (compared only where both sides state it)
 */
public record Sequence(String name, long start, long increment, Long cache) {
    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " needs a non-zero increment");
        }
        if (cache != null && cache < 0) {
            throw new IllegalArgumentException("sequence " + name + " needs a cache of 0 or more");
        }
    }

    /** A sequence whose cache is not stated. */
    public Sequence(String name, long start, long increment) {
        this(name, start, increment, null);
    }

    /** This sequence under another name. */
    public Sequence withName(String newName) {
        return new Sequence(newName, start, increment, cache);
    }
}
