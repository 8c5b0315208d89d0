package dev.autogen.introspect.live.postgresql;

import static schemacrawler.schemacrawler.MetadataRetrievalStrategy.data_dictionary_all;
import static schemacrawler.schemacrawler.MetadataRetrievalStrategy.metadata_over_schemas;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.introspect.live.CatalogReader;
import dev.autogen.introspect.live.LiveReadException;
import dev.autogen.introspect.live.LiveReadOptions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;
import schemacrawler.inclusionrule.ExcludeAll;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;
import schemacrawler.tools.options.ConfigUtility;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * Reads one PostgreSQL schema through SchemaCrawler. Only ordinary tables are read (no views, routines, sequences,
 * triggers or privileges), with primary keys, foreign keys, indexes, unique constraints and column details coming
 * from the catalog queries in this package's resources, each limited to the schema's oid. The PostgreSQL driver's
 * schema-wide metadata calls would silently return no keys or indexes, hence the data dictionary queries.
 *
 * <p>Columns: the type is {@code format_type(atttypid, atttypmod)} ({@code character varying(255)},
 * {@code timestamp(6) with time zone}) mapped through {@link SchemaDialect#parseType}. Identity columns and serial
 * columns (a {@code nextval(...)} default on a sequence the column owns) are reported as identity without a default.
 * Other defaults are passed through as PostgreSQL prints them ({@code 'draft'::character varying}). A stored generated
 * column is reported as a plain column without a default.
 */
public final class PostgresCatalogReader implements CatalogReader {

    private static final String[] TABLE_TYPES = {"TABLE", "BASE TABLE"};

    @Override
    public String dialectName() {
        return "postgresql";
    }

    @Override
    public SchemaSnapshot read(Connection connection, SchemaDialect dialect, LiveReadOptions options) {
        SchemaCrawlerLogging.quiet();
        PostgresSchema schema = resolveSchema(connection, options.schema());
        Catalog catalog = crawl(connection, schema);
        return new PostgresSnapshotBuilder(catalog, schema.name(), dialect, options).build();
    }

    private static PostgresSchema resolveSchema(Connection connection, String requested) {
        try {
            String name = requested;
            if (name == null) {
                try (PreparedStatement ps = connection.prepareStatement(PostgresCatalogSql.CURRENT_SCHEMA);
                        ResultSet rs = ps.executeQuery()) {
                    name = rs.next() ? rs.getString(1) : null;
                }
                if (name == null) {
                    throw new LiveReadException("no current schema: the search_path names no existing schema; "
                            + "name the schema to read");
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(PostgresCatalogSql.SCHEMA)) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new LiveReadException("schema '" + name + "' does not exist");
                    }
                    return new PostgresSchema(rs.getLong(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new LiveReadException("could not look up the schema to read: " + LiveReadException.describe(e), e);
        }
    }

    private static Catalog crawl(Connection connection, PostgresSchema schema) {
        try {
            SchemaRetrievalOptions retrieval = SchemaRetrievalOptionsBuilder.builder()
                    .fromConnnection(connection)
                    .withInformationSchemaViews(InformationSchemaViewsBuilder.builder()
                            .withSql(InformationSchemaKey.PRIMARY_KEYS, schema.limit(PostgresCatalogSql.PRIMARY_KEYS))
                            .withSql(InformationSchemaKey.FOREIGN_KEYS, schema.limit(PostgresCatalogSql.FOREIGN_KEYS))
                            .withSql(InformationSchemaKey.INDEXES, schema.limit(PostgresCatalogSql.INDEXES))
                            .withSql(InformationSchemaKey.TABLE_CONSTRAINTS, schema.limit(PostgresCatalogSql.UNIQUE_CONSTRAINTS))
                            .withSql(InformationSchemaKey.CONSTRAINT_COLUMN_USAGE,
                                    schema.limit(PostgresCatalogSql.UNIQUE_CONSTRAINT_COLUMNS))
                            .withSql(InformationSchemaKey.ADDITIONAL_COLUMN_ATTRIBUTES,
                                    schema.limit(PostgresCatalogSql.COLUMN_ATTRIBUTES))
                            .toOptions())
                    .with(SchemaInfoMetadataRetrievalStrategy.tableColumnsRetrievalStrategy, metadata_over_schemas)
                    .with(SchemaInfoMetadataRetrievalStrategy.primaryKeysRetrievalStrategy, data_dictionary_all)
                    .with(SchemaInfoMetadataRetrievalStrategy.foreignKeysRetrievalStrategy, data_dictionary_all)
                    .with(SchemaInfoMetadataRetrievalStrategy.indexesRetrievalStrategy, data_dictionary_all)
                    .with(SchemaInfoMetadataRetrievalStrategy.tableConstraintsRetrievalStrategy, data_dictionary_all)
                    .with(SchemaInfoMetadataRetrievalStrategy.tableConstraintColumnsRetrievalStrategy, data_dictionary_all)
                    .with(SchemaInfoMetadataRetrievalStrategy.tableColumnAdditionalAttributesRetrievalStrategy,
                            data_dictionary_all)
                    .toOptions();

            SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                    .withLimitOptions(LimitOptionsBuilder.builder()
                            .includeSchemas(Pattern.compile(Pattern.quote(schema.name())))
                            .tableTypes(TABLE_TYPES)
                            .includeRoutines(new ExcludeAll())
                            .includeSequences(new ExcludeAll())
                            .includeSynonyms(new ExcludeAll())
                            .toOptions())
                    .withLoadOptions(LoadOptionsBuilder.builder()
                            // Starts from "detailed", the lowest level that retrieves table constraint columns
                            // (there is no setter for that), and turns off everything not needed.
                            .withSchemaInfoLevel(SchemaInfoLevelBuilder.builder()
                                    .withInfoLevel(InfoLevel.detailed)
                                    .setRetrieveAdditionalColumnAttributes(true)
                                    .setRetrieveAdditionalColumnMetadata(false)
                                    .setRetrieveAdditionalDatabaseInfo(false)
                                    .setRetrieveAdditionalJdbcDriverInfo(false)
                                    .setRetrieveAdditionalTableAttributes(false)
                                    .setRetrieveColumnDataTypes(false)
                                    .setRetrieveDatabaseUsers(false)
                                    .setRetrieveIndexInformation(false)
                                    .setRetrieveRoutineInformation(false)
                                    .setRetrieveRoutineParameters(false)
                                    .setRetrieveRoutines(false)
                                    .setRetrieveSequenceInformation(false)
                                    .setRetrieveServerInfo(false)
                                    .setRetrieveSynonymInformation(false)
                                    .setRetrieveTableColumnPrivileges(false)
                                    .setRetrieveTableConstraintDefinitions(false)
                                    .setRetrieveTableDefinitionsInformation(false)
                                    .setRetrieveTablePrivileges(false)
                                    .setRetrieveTriggerInformation(false)
                                    .setRetrieveUserDefinedColumnDataTypes(false)
                                    .setRetrieveViewInformation(false)
                                    .setRetrieveViewViewTableUsage(false)
                                    .toOptions())
                            .withMaxThreads(1)
                            .toOptions());

            // Not closed: closing a connection source made from a connection closes that connection, the caller's.
            DatabaseConnectionSource source = DatabaseConnectionSources.fromConnection(connection);
            return SchemaCrawlerUtility.getCatalog(source, retrieval, options, ConfigUtility.newConfig());
        } catch (RuntimeException e) {
            throw new LiveReadException("could not read schema '" + schema.name() + "': " + LiveReadException.describe(rootCause(e)), e);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
