package dev.autogen.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A primary key.
 *
 * @param name the constraint name, or null where the database names it itself
 * @param columns the key columns in order
 */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a primary key needs at least one column");
        }
    }
}
