package dev.autogen.databases.postgresql;

import static schemacrawler.schemacrawler.MetadataRetrievalStrategy.data_dictionary_all;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.introspect.live.Crawl;
import dev.autogen.introspect.live.CrawledTables;
import dev.autogen.introspect.live.SchemaCrawlerLogging;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.Schema;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintType;
import schemacrawler.schemacrawler.InformationSchemaKey;
import schemacrawler.schemacrawler.InformationSchemaViewsBuilder;
import schemacrawler.schemacrawler.SchemaInfoMetadataRetrievalStrategy;
import schemacrawler.schemacrawler.SchemaRetrievalOptions;
import schemacrawler.schemacrawler.SchemaRetrievalOptionsBuilder;

/**
 * Reads one PostgreSQL schema through SchemaCrawler (core only, no database plugin), fed with the same bulk catalog
 * SQL as {@link PostgresCatalogReader}, shaped as SchemaCrawler's information schema views expect ({@code crawl-*.sql}):
 * tables, columns, primary keys, foreign keys, indexes, unique and check constraints (a check's condition as a constraint
 * attribute) and sequences, each one query over
 * the whole schema, with the data-dictionary retrieval strategy throughout (no per-table {@code DatabaseMetaData}
 * call). It gives the same snapshot as {@link PostgresCatalogReader} ({@code PostgresCrawlReaderTest}). It lives with
 * the tests, SchemaCrawler being a test dependency: measured, it makes {@code check} slower by more than a tenth (README,
 * "Performance"), so {@link dev.autogen.introspect.live.LiveReader} does not use it; {@code bench/readers.sh} reruns
 * the measurement.
 */
public final class PostgresCrawlReader implements CatalogReader {

    // PostgreSQL's catalog shaped as SchemaCrawler's information schema views expect (test resources next to this
    // class)
    private static final String CRAWL_TABLES = PostgresCatalogSql.load("crawl-tables.sql");
    private static final String CRAWL_COLUMNS = PostgresCatalogSql.load("crawl-columns.sql");
    private static final String CRAWL_PRIMARY_KEYS = PostgresCatalogSql.load("crawl-primary-keys.sql");
    private static final String CRAWL_FOREIGN_KEYS = PostgresCatalogSql.load("crawl-foreign-keys.sql");
    private static final String CRAWL_INDEXES = PostgresCatalogSql.load("crawl-indexes.sql");
    private static final String CRAWL_TABLE_CONSTRAINTS = PostgresCatalogSql.load("crawl-table-constraints.sql");
    private static final String CRAWL_CONSTRAINT_COLUMNS = PostgresCatalogSql.load("crawl-constraint-columns.sql");
    private static final String CRAWL_SEQUENCES = PostgresCatalogSql.load("crawl-sequences.sql");

    private static final String FULL_TYPE = "AUTOGEN_FULL_TYPE";
    private static final String IDENTITY = "AUTOGEN_IDENTITY";
    private static final String GENERATED = "AUTOGEN_GENERATED";
    private static final String DEFAULT = "AUTOGEN_DEFAULT";
    private static final String OWNED_SEQUENCE = "AUTOGEN_OWNED_SEQUENCE";
    private static final String COMMENT = "AUTOGEN_COMMENT";
    private static final String CHECK_CLAUSE = "AUTOGEN_CHECK_CLAUSE";

    @Override
    public String dialectName() {
        return "postgresql";
    }

    @Override
    public SchemaSnapshot read(Connection connection, SchemaDialect dialect, LiveReadOptions options) {
        SchemaCrawlerLogging.quiet();
        PostgresSchema schema = PostgresCatalogReader.resolveSchema(connection, options.schema());
        Catalog catalog = crawl(connection, schema);
        Schema crawled = catalog.getSchemas().stream()
                .filter(s -> schema.name().equals(s.getName()))
                .findFirst()
                .orElse(null);
        if (crawled == null) {
            return SchemaSnapshot.empty();
        }
        List<Table> tables = new ArrayList<>();
        catalog.getTables(crawled).stream()
                .filter(t -> options.accepts(t.getName(), dialect))
                .sorted(Comparator.comparing(schemacrawler.schema.Table::getName))
                .forEach(t -> tables.add(table(t, schema.name(), dialect)));
        List<Sequence> sequences = catalog.getSequences(crawled).stream()
                .sorted(Comparator.comparing(schemacrawler.schema.Sequence::getName))
                .map(s -> new Sequence(s.getName(), s.getStartValue().longValueExact(), s.getIncrement()))
                .toList();
        return new SchemaSnapshot(tables, sequences);
    }

    private static Catalog crawl(Connection connection, PostgresSchema schema) {
        try {
            SchemaRetrievalOptionsBuilder retrieval = SchemaRetrievalOptionsBuilder.builder()
                    .fromConnnection(connection)
                    .withInformationSchemaViews(InformationSchemaViewsBuilder.builder()
                            .withSql(InformationSchemaKey.TABLES, schema.limit(CRAWL_TABLES))
                            .withSql(InformationSchemaKey.TABLE_COLUMNS, schema.limit(CRAWL_COLUMNS))
                            .withSql(InformationSchemaKey.PRIMARY_KEYS, schema.limit(CRAWL_PRIMARY_KEYS))
                            .withSql(InformationSchemaKey.FOREIGN_KEYS, schema.limit(CRAWL_FOREIGN_KEYS))
                            .withSql(InformationSchemaKey.INDEXES, schema.limit(CRAWL_INDEXES))
                            .withSql(InformationSchemaKey.TABLE_CONSTRAINTS, schema.limit(CRAWL_TABLE_CONSTRAINTS))
                            .withSql(
                                    InformationSchemaKey.CONSTRAINT_COLUMN_USAGE,
                                    schema.limit(CRAWL_CONSTRAINT_COLUMNS))
                            .withSql(InformationSchemaKey.SEQUENCES, schema.limit(CRAWL_SEQUENCES))
                            .toOptions());
            for (SchemaInfoMetadataRetrievalStrategy strategy : List.of(
                    SchemaInfoMetadataRetrievalStrategy.tablesRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.tableColumnsRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.primaryKeysRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.foreignKeysRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.indexesRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.tableConstraintsRetrievalStrategy,
                    SchemaInfoMetadataRetrievalStrategy.tableConstraintColumnsRetrievalStrategy)) {
                retrieval.with(strategy, data_dictionary_all);
            }
            SchemaRetrievalOptions options = retrieval.toOptions();
            return new Crawl(Pattern.compile("(?:[^.]*\\.)?" + Pattern.quote(schema.name())), true, false, false, true)
                    .load(connection, options);
        } catch (RuntimeException e) {
            throw new LiveReadException(
                    "could not read schema '" + schema.name() + "': " + LiveReadException.describe(Crawl.rootCause(e)),
                    e);
        }
    }

    private static Table table(schemacrawler.schema.Table table, String schemaName, SchemaDialect dialect) {
        List<Column> columns = table.getColumns().stream()
                .sorted(Comparator.comparingInt(schemacrawler.schema.Column::getOrdinalPosition))
                .map(c -> column(table, c, dialect))
                .toList();
        List<ForeignKey> foreignKeys = table.getImportedForeignKeys().stream()
                .filter(fk -> fk.getForeignKeyTable().equals(table))
                .sorted(Comparator.comparing(schemacrawler.schema.ForeignKey::getName))
                .map(fk -> foreignKey(fk, schemaName))
                .toList();
        List<CheckConstraint> checks = table.getTableConstraints().stream()
                .filter(c -> c.getType() == TableConstraintType.check)
                .sorted(Comparator.comparing(TableConstraint::getName))
                .map(c -> new CheckConstraint(c.getName(), text(c.getAttributes(), CHECK_CLAUSE)))
                .toList();
        return new Table(
                table.getName(),
                columns,
                CrawledTables.primaryKey(table),
                CrawledTables.uniqueConstraints(table),
                CrawledTables.indexes(table),
                foreignKeys,
                checks,
                text(table.getAttributes(), COMMENT));
    }

    /** As {@link PostgresTables}: identity and serial columns have no default, a generated column its expression. */
    private static Column column(
            schemacrawler.schema.Table table, schemacrawler.schema.Column column, SchemaDialect dialect) {
        Map<String, Object> attributes = column.getAttributes();
        String fullType = text(attributes, FULL_TYPE);
        if (fullType == null) {
            throw new LiveReadException("no type for column " + table.getName() + "." + column.getName());
        }
        String defaultExpression = text(attributes, DEFAULT);
        boolean serial = defaultExpression != null
                && defaultExpression.startsWith("nextval(")
                && "YES".equals(text(attributes, OWNED_SEQUENCE));
        boolean identity = text(attributes, IDENTITY) != null || serial;
        boolean generated = text(attributes, GENERATED) != null;
        return new Column(
                column.getName(),
                dialect.parseType(fullType),
                column.isNullable(),
                identity || generated ? null : defaultExpression,
                identity,
                text(attributes, COMMENT),
                generated ? defaultExpression : null);
    }

    private static ForeignKey foreignKey(schemacrawler.schema.ForeignKey key, String schemaName) {
        List<ColumnReference> references = key.getColumnReferences().stream()
                .sorted(Comparator.comparingInt(ColumnReference::getKeySequence))
                .toList();
        schemacrawler.schema.Table referenced =
                references.get(0).getPrimaryKeyColumn().getParent();
        String referencedSchema = referenced.getSchema().getName();
        String referencedTable = schemaName.equals(referencedSchema)
                ? referenced.getName()
                : referencedSchema + "." + referenced.getName();
        return new ForeignKey(
                key.getName(),
                references.stream().map(r -> r.getForeignKeyColumn().getName()).toList(),
                referencedTable,
                references.stream().map(r -> r.getPrimaryKeyColumn().getName()).toList(),
                action(key.getDeleteRule()),
                action(key.getUpdateRule()));
    }

    private static ReferentialAction action(ForeignKeyUpdateRule rule) {
        return switch (rule) {
            case cascade -> ReferentialAction.CASCADE;
            case setNull -> ReferentialAction.SET_NULL;
            case setDefault -> ReferentialAction.SET_DEFAULT;
            case restrict -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static String text(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        if (value == null) {
            value = attributes.get(name.toLowerCase(java.util.Locale.ROOT));
        }
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }
}
