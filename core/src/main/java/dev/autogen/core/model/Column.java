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
 */
public record Column(String name, ColumnType type, boolean nullable, String serverDefault, boolean identity) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (serverDefault != null && serverDefault.isBlank()) {
            serverDefault = null;
        }
    }

    public ColumnState state() {
        return new ColumnState(type, nullable, serverDefault);
    }

    public Column withState(ColumnState state) {
        return new Column(name, state.type(), state.nullable(), state.serverDefault(), identity);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, serverDefault, identity);
    }
}
