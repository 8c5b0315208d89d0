package dev.autogen.core.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every name of a schema through one function: table, column, constraint, index and sequence names, the columns they
 * list and the tables they reference. A qualified name ({@code sales.orders}) goes through it part by part.
 */
public final class NameMapping {

    private final UnaryOperator<String> identifier;

    private NameMapping(UnaryOperator<String> identifier) {
        this.identifier = identifier;
    }

    /** {@code snapshot} with each identifier (one part of a name; never null) replaced by what {@code identifier} gives. */
    public static SchemaSnapshot apply(SchemaSnapshot snapshot, UnaryOperator<String> identifier) {
        NameMapping mapping = new NameMapping(identifier);
        return new SchemaSnapshot(
                snapshot.tables().stream().map(mapping::table).toList(),
                snapshot.sequences().stream()
                        .map(s -> s.withName(mapping.qualified(s.name())))
                        .toList());
    }

    private Table table(Table t) {
        return new Table(
                qualified(t.name()),
                t.columns().stream().map(c -> c.withName(one(c.name()))).toList(),
                t.primaryKey() == null
                        ? null
                        : new PrimaryKey(
                                one(t.primaryKey().name()), all(t.primaryKey().columns())),
                t.uniqueConstraints().stream()
                        .map(u -> new UniqueConstraint(one(u.name()), all(u.columns())))
                        .toList(),
                t.indexes().stream()
                        .map(i -> new Index(one(i.name()), all(i.columns()), i.unique(), all(i.descending())))
                        .toList(),
                t.foreignKeys().stream()
                        .map(f -> new ForeignKey(
                                one(f.name()),
                                all(f.columns()),
                                qualified(f.referencedTable()),
                                all(f.referencedColumns()),
                                f.onDelete(),
                                f.onUpdate()))
                        .toList(),
                t.checks().stream()
                        .map(c -> new CheckConstraint(one(c.name()), c.expression(), one(c.column())))
                        .toList(),
                t.comment(),
                t.initialRows() == null
                        ? null
                        : new InitialRows(
                                all(t.initialRows().columns()), t.initialRows().rows()));
    }

    private String one(String name) {
        return name == null ? null : identifier.apply(name);
    }

    private List<String> all(List<String> names) {
        return names == null ? null : names.stream().map(this::one).toList();
    }

    private String qualified(String name) {
        return QualifiedName.mapParts(name, this::one);
    }
}
