package dev.autogen.core.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The tables of one schema, as read from entities or from a live database. Tables are kept sorted by name. */
public record SchemaSnapshot(List<Table> tables) {

    public SchemaSnapshot {
        tables = Objects.requireNonNull(tables, "tables").stream()
                .sorted(Comparator.comparing(Table::name))
                .toList();
    }

    public static SchemaSnapshot empty() {
        return new SchemaSnapshot(List.of());
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
