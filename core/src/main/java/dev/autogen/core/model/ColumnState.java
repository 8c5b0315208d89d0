package dev.autogen.core.model;

import java.util.Objects;

/**
 * The alterable part of a column: what {@code alter_column} changes and what its reverse restores.
 *
 * @param type the type
 * @param nullable whether NULL is allowed
 * @param serverDefault the default expression, or null
 * @param comment the column comment, or null
 */
public record ColumnState(ColumnType type, boolean nullable, String serverDefault, String comment) {
    public ColumnState {
        Objects.requireNonNull(type, "type");
        serverDefault = Column.blankToNull(serverDefault);
        comment = Column.blankToNull(comment);
    }

    /** A state without a comment. */
    public ColumnState(ColumnType type, boolean nullable, String serverDefault) {
        this(type, nullable, serverDefault, null);
    }

    public ColumnState withComment(String newComment) {
        return new ColumnState(type, nullable, serverDefault, newComment);
    }
}
