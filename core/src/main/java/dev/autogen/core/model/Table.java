package dev.autogen.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table with its columns and constraints.
 *
 * @param name the name as the database stores it
 * @param columns the columns, in order
 * @param primaryKey the primary key, or null
 * @param uniqueConstraints unique constraints
 * @param indexes indexes (not those backing a primary key or unique constraint)
 * @param foreignKeys foreign keys declared on this table
 */
public record Table(
        String name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<UniqueConstraint> uniqueConstraints,
        List<Index> indexes,
        List<ForeignKey> foreignKeys) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        uniqueConstraints = uniqueConstraints == null ? List.of() : List.copyOf(uniqueConstraints);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        foreignKeys = foreignKeys == null ? List.of() : List.copyOf(foreignKeys);
    }

    /** The column with this exact name. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniqueConstraints, indexes, foreignKeys);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, newForeignKeys);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniqueConstraints, newIndexes, foreignKeys);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, indexes, foreignKeys);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniqueConstraints, indexes, foreignKeys);
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniqueConstraints, indexes, foreignKeys);
    }

    /** A copy with every column passed through {@code f}. */
    public Table mapColumns(UnaryOperator<Column> f) {
        return withColumns(columns.stream().map(f).toList());
    }
}
