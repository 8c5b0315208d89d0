package dev.autogen.core.model;

import java.util.Objects;

/**
 * A column.
 *
 * @param name the name as the database stores it
 * @param type the column type
 * @param nullable whether NULL is allowed
 * @param serverDefault the default as a SQL expression (for example {@code 'draft'} or {@code 0}), or null
 * @param identity whether the database generates values (identity / autoincrement)
 * @param comment the column comment, or null
 * @param generated the expression of a computed (generated, stored) column, or null for an ordinary column
 */
public record Column(
        String name,
        ColumnType type,
        boolean nullable,
        String serverDefault,
        boolean identity,
        String comment,
        String generated) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        serverDefault = blankToNull(serverDefault);
        comment = blankToNull(comment);
        generated = blankToNull(generated);
    }

    /** An ordinary column without a comment. */
    public Column(String name, ColumnType type, boolean nullable, String serverDefault, boolean identity) {
        this(name, type, nullable, serverDefault, identity, null, null);
    }

    public ColumnState state() {
        return new ColumnState(type, nullable, serverDefault, comment, identity);
    }

    /** A copy with the state's type, nullability, default and comment; identity is kept (see {@link #withIdentity}). */
    public Column withState(ColumnState state) {
        return new Column(
                name, state.type(), state.nullable(), state.serverDefault(), identity, state.comment(), generated);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, serverDefault, identity, comment, generated);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, serverDefault, identity, comment, generated);
    }

    public Column withServerDefault(String newDefault) {
        return new Column(name, type, nullable, newDefault, identity, comment, generated);
    }

    public Column withIdentity(boolean newIdentity) {
        return new Column(name, type, nullable, serverDefault, newIdentity, comment, generated);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, serverDefault, identity, newComment, generated);
    }

    public Column withGenerated(String expression) {
        return new Column(name, type, nullable, serverDefault, identity, comment, expression);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
