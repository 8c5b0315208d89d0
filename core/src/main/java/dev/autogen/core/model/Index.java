package dev.autogen.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An index.
 *
 * @param name the index name
 * @param columns the indexed columns, in order
 * @param unique whether the index is unique
 */
public record Index(String name, List<String> columns, boolean unique) {
    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " needs at least one column");
        }
    }
}
