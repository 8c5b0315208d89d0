package dev.autogen.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An index.
 *
 * @param name the index name
 * @param columns the indexed columns, in order
 * @param unique whether the index is unique
 * @param descending the columns sorted in descending order ({@code @Index(columnList = "created_at DESC")}); the
 *     others are ascending
 */
public record Index(String name, List<String> columns, boolean unique, List<String> descending) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        descending = descending == null ? List.of() : List.copyOf(descending);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
        for (String column : descending) {
            if (!columns.contains(column)) {
                throw new IllegalArgumentException(
                        "index " + name + " sorts " + column + " descending, which it does not index");
            }
        }
    }

    /** An index with every column in ascending order. */
    public Index(String name, List<String> columns, boolean unique) {
        this(name, columns, unique, List.of());
    }

    /** Whether the column is sorted in descending order. */
    public boolean isDescending(String column) {
        return descending.contains(column);
    }
}
