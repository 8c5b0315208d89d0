package dev.autogen.databases.h2;

import static schemacrawler.schemacrawler.MetadataRetrievalStrategy.data_dictionary_all;
import static schemacrawler.schemacrawler.MetadataRetrievalStrategy.metadata_over_schemas;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.introspect.live.Crawl;
import dev.autogen.introspect.live.SchemaCrawlerLogging;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;

/**
 * Reads one H2 schema through SchemaCrawler 17.9 (core only, a test dependency), fed with the same queries on H2's
 * {@code INFORMATION_SCHEMA} as {@link H2CatalogReader} as its information schema views. It was H2's reader until it
 * was measured against the direct one (README, "Performance": slower by more than a tenth of {@code check}); it stays
 * for {@code H2ReadersAgreeTest} and for {@code bench/readers.sh}. Each query is limited to the schema: base tables
 * with their columns, primary keys, foreign keys with their rules, unique and check constraints, indexes (not those
 * H2 made for a constraint), comments, and the schema's sequences.
 *
 * <p>Columns: the type is the data type {@code INFORMATION_SCHEMA.COLUMNS} reports with its size
 * ({@code CHARACTER VARYING(255)}, {@code TIMESTAMP(6) WITH TIME ZONE}, {@code ENUM('A', 'B')}) mapped through
 * {@link SchemaDialect#parseType}; identity columns have no default; a computed column keeps its expression as H2
 * rewrote it ({@code "PRICE" * 2}) and has no default; other defaults are passed through as H2 prints them. The table
 * the H2 dialect's migration lock creates while a run holds it is never reported.
 */
public final class H2CrawlReader implements CatalogReader {

    @Override
    public String dialectName() {
        return "h2";
    }

    @Override
    public SchemaSnapshot read(Connection connection, SchemaDialect dialect, LiveReadOptions options) {
        SchemaCrawlerLogging.quiet();
        String schema = H2CatalogReader.resolveSchema(connection, options.schema());
        Catalog catalog = crawl(connection, schema);
        Map<String, List<ForeignKey>> foreignKeys;
        try {
            foreignKeys = H2ForeignKeys.read(connection, schema);
        } catch (SQLException e) {
            throw new LiveReadException(
                    "could not read the foreign keys of schema '" + schema + "': " + LiveReadException.describe(e), e);
        }
        String lockTable = options.versionTable() == null ? null : H2Dialect.lockTableName(options.versionTable());
        return new H2SnapshotBuilder(
                        catalog, schema, dialect, options.withTableFilter(name -> !name.equals(lockTable)), foreignKeys)
                .build();
    }

    private static Catalog crawl(Connection connection, String schema) {
        try {
            SchemaRetrievalOptions retrieval = SchemaRetrievalOptionsBuilder.builder()
                    .fromConnnection(connection)
                    .withInformationSchemaViews(InformationSchemaViewsBuilder.builder()
                            .withSql(InformationSchemaKey.PRIMARY_KEYS, sql(H2CatalogSql.PRIMARY_KEYS, schema))
                            .withSql(InformationSchemaKey.INDEXES, sql(H2CatalogSql.INDEXES, schema))
                            .withSql(
                                    InformationSchemaKey.TABLE_CONSTRAINTS, sql(H2CatalogSql.TABLE_CONSTRAINTS, schema))
                            .withSql(
                                    InformationSchemaKey.CONSTRAINT_COLUMN_USAGE,
                                    sql(H2CatalogSql.CONSTRAINT_COLUMNS, schema))
                            .withSql(
                                    InformationSchemaKey.CHECK_CONSTRAINTS, sql(H2CatalogSql.CHECK_CONSTRAINTS, schema))
                            .withSql(
                                    InformationSchemaKey.ADDITIONAL_TABLE_ATTRIBUTES,
                                    sql(H2CatalogSql.TABLE_ATTRIBUTES, schema))
                            .withSql(
                                    InformationSchemaKey.ADDITIONAL_COLUMN_ATTRIBUTES,
                                    sql(H2CatalogSql.COLUMN_ATTRIBUTES, schema))
                            .withSql(InformationSchemaKey.SEQUENCES, sql(H2CatalogSql.SEQUENCES, schema))
                            .toOptions())
                    .with(SchemaInfoMetadataRetrievalStrategy.tableColumnsRetrievalStrategy, metadata_over_schemas)
                    .with(SchemaInfoMetadataRetrievalStrategy.primaryKeysRetrievalStrategy, data_dictionary_all)
                    .with(SchemaInfoMetadataRetrievalStrategy.indexesRetrievalStrategy, data_dictionary_all)
                    .with(SchemaInfoMetadataRetrievalStrategy.tableConstraintsRetrievalStrategy, data_dictionary_all)
                    .with(
                            SchemaInfoMetadataRetrievalStrategy.tableConstraintColumnsRetrievalStrategy,
                            data_dictionary_all)
                    .with(
                            SchemaInfoMetadataRetrievalStrategy.tableColumnAdditionalAttributesRetrievalStrategy,
                            data_dictionary_all)
                    .toOptions();

            return new Crawl(
                            Pattern.compile("(?:[^.]*\\.)?" + Pattern.quote(schema)),
                            true,
                            true,
                            true,
                            false /* H2's join for them is quadratic: read by H2ForeignKeys */)
                    .load(connection, retrieval);
        } catch (RuntimeException e) {
            throw new LiveReadException(
                    "could not read schema '" + schema + "': " + LiveReadException.describe(Crawl.rootCause(e)), e);
        }
    }

    private static String sql(String query, String schema) {
        return H2CatalogSql.forSchema(query, schema);
    }
}
