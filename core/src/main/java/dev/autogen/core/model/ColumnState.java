package dev.autogen.core.model;

import java.util.Objects;

/** The alterable part of a column: what {@code alter_column} changes and what its reverse restores. */
public record ColumnState(ColumnType type, boolean nullable, String serverDefault) {
    public ColumnState {
        Objects.requireNonNull(type, "type");
    }
}
