package dev.autogen.core.database;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import java.sql.Connection;

/** Reads one kind of database's catalog. One implementation per database, registered in {@link LiveReader}. */
public interface CatalogReader {

    /** The {@link SchemaDialect#name()} this reader serves: {@code postgresql}, {@code sqlite}. */
    String dialectName();

    /**
     * Reads the tables of one schema. Implementations use {@code connection} without closing it or changing its state,
     * skip the version table and apply {@link LiveReadOptions#accepts}.
     *
     * @throws LiveReadException when the schema does not exist or cannot be read
     */
    SchemaSnapshot read(Connection connection, SchemaDialect dialect, LiveReadOptions options);
}
