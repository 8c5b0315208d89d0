package dev.autogen.introspect.live;

import java.sql.Connection;
import java.util.regex.Pattern;
import schemacrawler.inclusionrule.ExcludeAll;
import schemacrawler.inclusionrule.IncludeAll;
import schemacrawler.schema.Catalog;
import schemacrawler.schemacrawler.InfoLevel;
import schemacrawler.schemacrawler.LimitOptionsBuilder;
import schemacrawler.schemacrawler.LoadOptionsBuilder;
import schemacrawler.schemacrawler.SchemaCrawlerOptions;
import schemacrawler.schemacrawler.SchemaCrawlerOptionsBuilder;
import schemacrawler.schemacrawler.SchemaInfoLevelBuilder;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.tools.options.ConfigUtility;
import schemacrawler.tools.utility.SchemaCrawlerUtility;
import us.fatehi.utility.datasource.DatabaseConnectionSource;
import us.fatehi.utility.datasource.DatabaseConnectionSources;

/**
 * For the SchemaCrawler-driven readers kept to measure against the direct ones (README, "Performance"): one
 * SchemaCrawler load, limited to one schema's tables and to the object kinds a catalog reader asks for, for the
 * readers that crawl. Everything else SchemaCrawler could retrieve is switched off, to stay fast.
 *
 * @param schemas the schemas to read
 * @param sequences whether to read sequences
 * @param tableAttributes whether to read additional table attributes (e.g. comments)
 * @param constraintDefinitions whether to read table constraint definitions (check clauses)
 * @param foreignKeys whether SchemaCrawler reads the foreign keys (H2's reader reads them itself)
 */
public record Crawl(
        Pattern schemas,
        boolean sequences,
        boolean tableAttributes,
        boolean constraintDefinitions,
        boolean foreignKeys) {

    /** Loads the catalog over the caller's connection, which stays open. */
    public Catalog load(Connection connection, SchemaRetrievalOptions retrieval) {
        SchemaCrawlerOptions options = SchemaCrawlerOptionsBuilder.newSchemaCrawlerOptions()
                .withLimitOptions(LimitOptionsBuilder.builder()
                        .includeSchemas(schemas)
                        .tableTypes("TABLE", "BASE TABLE")
                        .includeRoutines(new ExcludeAll())
                        .includeSequences(sequences ? new IncludeAll() : new ExcludeAll())
                        .includeSynonyms(new ExcludeAll())
                        .toOptions())
                .withLoadOptions(LoadOptionsBuilder.builder()
                        // "detailed" is the lowest level that retrieves table constraint columns (there is no setter
                        // for that); everything not needed is switched off.
                        .withSchemaInfoLevel(SchemaInfoLevelBuilder.builder()
                                .withInfoLevel(InfoLevel.detailed)
                                .setRetrieveAdditionalColumnAttributes(true)
                                .setRetrieveAdditionalTableAttributes(tableAttributes)
                                .setRetrieveTableConstraintDefinitions(constraintDefinitions)
                                .setRetrieveSequenceInformation(sequences)
                                .setRetrieveAdditionalColumnMetadata(false)
                                .setRetrieveAdditionalDatabaseInfo(false)
                                .setRetrieveAdditionalJdbcDriverInfo(false)
                                .setRetrieveColumnDataTypes(false)
                                .setRetrieveDatabaseUsers(false)
                                .setRetrieveIndexInformation(false)
                                .setRetrieveForeignKeys(foreignKeys)
                                .setRetrieveRoutineInformation(false)
                                .setRetrieveRoutineParameters(false)
                                .setRetrieveRoutines(false)
                                .setRetrieveServerInfo(false)
                                .setRetrieveSynonymInformation(false)
                                .setRetrieveTableColumnPrivileges(false)
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
    }

    /** The innermost cause, whose message says what the database objected to. */
    public static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
