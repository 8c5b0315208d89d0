package dev.autogen.introspect.live;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.Database;
import dev.autogen.core.database.Databases;
import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.NameMapping;
import dev.autogen.core.model.SchemaSnapshot;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the tables of one schema of a live database into a core {@link SchemaSnapshot}: columns with their full types
 * (through {@link SchemaDialect#parseType}), nullability, defaults and generated expressions as the database reports
 * them, identity and comments, the primary key, unique constraints, indexes (not those backing a key or unique
 * constraint), foreign keys, check constraints (conditions as the database prints them) and table comments, and the
 * schema's sequences that no column owns. The reader for each database is its module's
 * {@link Database#catalogReader()}, chosen by {@link SchemaDialect#name()}.
 */
public final class LiveReader {

    private final Map<String, CatalogReader> readers;

    /** A reader for every database on the class path ({@link Databases}), each with its own catalog reader. */
    public LiveReader() {
        this(Databases.all().stream().map(Database::catalogReader).toList());
    }

    /** A reader using these catalog readers, one per dialect name. */
    public LiveReader(List<? extends CatalogReader> catalogReaders) {
        this.readers = catalogReaders.stream()
                .collect(Collectors.toUnmodifiableMap(CatalogReader::dialectName, Function.identity()));
    }

    /** The dialect names this reader can read, sorted. */
    public List<String> supportedDialects() {
        return List.copyOf(new TreeMap<>(readers).keySet());
    }

    /**
     * Reads the schema {@code options} names from {@code connection}, which is neither closed nor changed.
     *
     * @throws LiveReadException when there is no reader for the dialect, the schema does not exist or reading fails
     */
    public SchemaSnapshot read(Connection connection, SchemaDialect dialect, LiveReadOptions options) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(options, "options");
        CatalogReader reader = readers.get(dialect.name());
        if (reader == null) {
            throw new LiveReadException("cannot read a live " + dialect.name() + " database; supported: "
                    + String.join(", ", supportedDialects()));
        }
        return NameMapping.apply(reader.read(connection, dialect, options), dialect::fromCatalog);
    }

    /** {@link #read(Connection, SchemaDialect, LiveReadOptions)} with {@link LiveReadOptions#defaults()}. */
    public SchemaSnapshot read(Connection connection, SchemaDialect dialect) {
        return read(connection, dialect, LiveReadOptions.defaults());
    }
}
