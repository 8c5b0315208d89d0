package dev.autogen.databases.sqlite;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads SQLite's {@code main} schema through PRAGMAs ({@link SqliteSchemaReader}); the JDBC driver's metadata attaches
 * foreign key names to the wrong keys and loses unique constraint names, so SchemaCrawler is not used here.
 */
public final class SqliteCatalogReader implements CatalogReader {

    private static final String MAIN = "main";

    @Override
    public String dialectName() {
        return "sqlite";
    }

    @Override
    public SchemaSnapshot read(Connection connection, SchemaDialect dialect, LiveReadOptions options) {
        if (options.schema() != null && !MAIN.equalsIgnoreCase(options.schema())) {
            throw new LiveReadException(
                    "SQLite schema '" + options.schema() + "' cannot be read; only 'main' is supported");
        }
        try {
            return new SqliteSchemaReader(connection, dialect, options.versionTable())
                    .read(name -> options.accepts(name, dialect));
        } catch (SQLException | RuntimeException e) {
            throw new LiveReadException("could not read the SQLite schema: " + LiveReadException.describe(e), e);
        }
    }
}
