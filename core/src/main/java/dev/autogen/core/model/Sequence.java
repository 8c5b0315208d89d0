package dev.autogen.core.model;

import java.util.Objects;

/**
 * A database sequence.
 *
 * @param name the name as the database stores it
 * @param start the first value
 * @param increment the step between values
 */
public record Sequence(String name, long start, long increment) {
    public Sequence {
        Objects.requireNonNull(name, "name");
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " needs a non-zero increment");
        }
    }
}
