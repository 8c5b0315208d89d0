package dev.autogen.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables and sequences of one schema, as read from entities or from a live database. Both are kept sorted by
 * name.
 */
public record SchemaSnapshot(List<Table> tables, List<Sequence> sequences) {

    public SchemaSnapshot {
        tables = Objects.requireNonNull(tables, "tables").stream()
                .sorted(Comparator.comparing(Table::name))
                .toList();
        sequences = sequences == null
                ? List.of()
                : sequences.stream()
                        .sorted(Comparator.comparing(Sequence::name))
                        .toList();
    }

    /** Tables only. */
    public SchemaSnapshot(List<Table> tables) {
        this(tables, List.of());
    }

    public static SchemaSnapshot empty() {
        return new SchemaSnapshot(List.of());
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public SchemaSnapshot withTables(List<Table> newTables) {
        return new SchemaSnapshot(newTables, sequences);
    }

    public SchemaSnapshot withSequences(List<Sequence> newSequences) {
        return new SchemaSnapshot(tables, newSequences);
    }
}
