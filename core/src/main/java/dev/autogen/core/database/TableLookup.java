package dev.autogen.core.database;

import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import java.util.Objects;
import java.util.Optional;

/** The current definition of a table, by name as the database stores it; what a table rebuild starts from. */
@FunctionalInterface
public interface TableLookup {

    Optional<Table> table(String name);

    /** Knows no table. */
    static TableLookup none() {
        return name -> Optional.empty();
    }

    /** The tables of a snapshot, matched by exact name. */
    static TableLookup of(SchemaSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        return snapshot::table;
    }
}
