package dev.autogen.databases.sqlite;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code CREATE TABLE} text stored in {@code sqlite_master} says beyond the PRAGMAs: constraint names, the
 * declared column types as written, {@code AUTOINCREMENT}, check constraints, generated column expressions. Column and constraint names are unquoted, as written.
 *
 * @param columnTypes declared type text per column, keyed by {@link #key(String)}; no entry for a column without a type
 * @param primaryKeyName the name given with {@code CONSTRAINT name PRIMARY KEY}, or null
 * @param autoincrement whether the primary key says {@code AUTOINCREMENT}
 * @param uniques unique constraints in declaration order (column-level ones too)
 * @param foreignKeys foreign keys in declaration order (column-level ones too)
 * @param withoutRowid whether the table is declared {@code WITHOUT ROWID}
 * @param checks check constraints in declaration order (column-level ones too)
 * @param generated the expression of each generated column, keyed by {@link #key(String)}
 */
record SqliteTableDefinition(
        Map<String, String> columnTypes,
        String primaryKeyName,
        boolean autoincrement,
        List<Unique> uniques,
        List<Reference> foreignKeys,
        boolean withoutRowid,
        List<SqliteCheck> checks,
        Map<String, String> generated) {

    static final SqliteTableDefinition EMPTY =
            new SqliteTableDefinition(Map.of(), null, false, List.of(), List.of(), false, List.of(), Map.of());

    SqliteTableDefinition {
        columnTypes = Map.copyOf(columnTypes);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        generated = Map.copyOf(generated);
    }

    /** A declared unique constraint; {@code name} is null when unnamed. */
    record Unique(String name, List<String> columns) {
        Unique {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A declared foreign key; {@code referencedColumns} is empty when the clause names none (the parent's key).
     */
    record Reference(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
        Reference {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    /** The expression of a generated column, or null for an ordinary one. */
    String generatedExpression(String column) {
        return generated.get(key(column));
    }

    /** The declared type of a column, if it has one. */
    Optional<String> columnType(String column) {
        return Optional.ofNullable(columnTypes.get(key(column)));
    }

    /** SQLite compares identifiers ignoring ASCII case. */
    static String key(String identifier) {
        StringBuilder b = new StringBuilder(identifier.length());
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return b.toString();
    }
}
