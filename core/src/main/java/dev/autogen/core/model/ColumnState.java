package dev.autogen.core.model;

import java.util.Objects;

/**
 * The alterable part of a column: what {@code alter_column} changes and what its reverse restores.
 *
 * @param type the type
 * @param nullable whether NULL is allowed
 * @param serverDefault the default expression, or null
 * @param comment the column comment, or null
 * @param identity whether the database generates the values (identity); an {@code alter_column} changes it only when
 *     its two states differ here
 */
public record ColumnState(ColumnType type, boolean nullable, String serverDefault, String comment, boolean identity) {
    public ColumnState {
        Objects.requireNonNull(type, "type");
        serverDefault = Column.blankToNull(serverDefault);
        comment = Column.blankToNull(comment);
    }

    /** A state without a comment, not an identity. */
    public ColumnState(ColumnType type, boolean nullable, String serverDefault) {
        this(type, nullable, serverDefault, null, false);
    }

    /** A state that is not an identity. */
    public ColumnState(ColumnType type, boolean nullable, String serverDefault, String comment) {
        this(type, nullable, serverDefault, comment, false);
    }

    public ColumnState withComment(String newComment) {
        return new ColumnState(type, nullable, serverDefault, newComment, identity);
    }

    public ColumnState withIdentity(boolean newIdentity) {
        return new ColumnState(type, nullable, serverDefault, comment, newIdentity);
    }
}
