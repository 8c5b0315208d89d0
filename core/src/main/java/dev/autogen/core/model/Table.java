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
 * @param checks check constraints
 * @param comment the table comment, or null
 * @param initialRows the rows Hibernate's export inserts right after creating the table (a sequence-emulation or
 *     generator table's), or null; a live database's tables never have them (the schema diff does not compare rows): they go with
 *     the table when it is created
 */
public record Table(
        String name,
        List<Column> columns,
        PrimaryKey primaryKey,
        List<UniqueConstraint> uniqueConstraints,
        List<Index> indexes,
        List<ForeignKey> foreignKeys,
        List<CheckConstraint> checks,
        String comment,
        InitialRows initialRows) {

    public Table {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        uniqueConstraints = uniqueConstraints == null ? List.of() : List.copyOf(uniqueConstraints);
        indexes = indexes == null ? List.of() : List.copyOf(indexes);
        foreignKeys = foreignKeys == null ? List.of() : List.copyOf(foreignKeys);
        checks = checks == null ? List.of() : List.copyOf(checks);
        comment = Column.blankToNull(comment);
    }

    /** A table without initial rows. */
    public Table(
            String name,
            List<Column> columns,
            PrimaryKey primaryKey,
            List<UniqueConstraint> uniqueConstraints,
            List<Index> indexes,
            List<ForeignKey> foreignKeys,
            List<CheckConstraint> checks,
            String comment) {
        this(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment, null);
    }

    /** A table without check constraints or comment. */
    public Table(
            String name,
            List<Column> columns,
            PrimaryKey primaryKey,
            List<UniqueConstraint> uniqueConstraints,
            List<Index> indexes,
            List<ForeignKey> foreignKeys) {
        this(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, List.of(), null);
    }

    /** The column with this exact name. */
    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(
                name, newColumns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment, initialRows);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(
                name, columns, primaryKey, uniqueConstraints, indexes, newForeignKeys, checks, comment, initialRows);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(
                name, columns, primaryKey, uniqueConstraints, newIndexes, foreignKeys, checks, comment, initialRows);
    }

    public Table withUniqueConstraints(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, indexes, foreignKeys, checks, comment, initialRows);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(
                name, columns, newPrimaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment, initialRows);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(
                name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, newChecks, comment, initialRows);
    }

    public Table withComment(String newComment) {
        return new Table(
                name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, newComment, initialRows);
    }

    public Table withName(String newName) {
        return new Table(
                newName, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment, initialRows);
    }

    public Table withInitialRows(InitialRows rows) {
        return new Table(name, columns, primaryKey, uniqueConstraints, indexes, foreignKeys, checks, comment, rows);
    }

    /** A copy with every column passed through {@code f}. */
    public Table mapColumns(UnaryOperator<Column> f) {
        return withColumns(columns.stream().map(f).toList());
    }
}
