package dev.autogen.introspect.live.mariadb;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.introspect.live.CrawledKeys;
import dev.autogen.introspect.live.CrawledTables;
import dev.autogen.introspect.live.LiveReadException;
import dev.autogen.introspect.live.LiveReadOptions;
import dev.autogen.runtime.dialect.mariadb.ForeignKeyIndexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Schema;

/** Translates the SchemaCrawler catalog of one MariaDB or MySQL database into core records. */
final class MariaDbSnapshotBuilder {

    static final String FULL_TYPE = "AUTOGEN_FULL_TYPE";
    static final String EXTRA = "AUTOGEN_EXTRA";
    static final String DEFAULT = "AUTOGEN_DEFAULT";
    static final String COMMENT = "AUTOGEN_COMMENT";
    static final String GENERATED = "AUTOGEN_GENERATED";

    private final Catalog catalog;
    private final String database;
    private final SchemaDialect dialect;
    private final LiveReadOptions options;
    private final MariaDbObjects objects;

    MariaDbSnapshotBuilder(Catalog catalog, String database, SchemaDialect dialect, LiveReadOptions options,
            MariaDbObjects objects) {
        this.catalog = catalog;
        this.database = database;
        this.dialect = dialect;
        this.options = options;
        this.objects = objects;
    }

    SchemaSnapshot build() {
        Schema schema = catalog.getSchemas().stream()
                .filter(s -> database.equals(s.getCatalogName()) || database.equals(s.getFullName()))
                .findFirst()
                .orElse(null);
        if (schema == null) {
            return new SchemaSnapshot(List.of(), objects.sequences()); // the database exists but holds no table
        }
        List<Table> tables = new ArrayList<>();
        for (schemacrawler.schema.Table table : catalog.getTables(schema)) {
            if (options.accepts(table.getName(), dialect)) {
                tables.add(table(table));
            }
        }
        return new SchemaSnapshot(tables, objects.sequences());
    }

    private Table table(schemacrawler.schema.Table table) {
        List<Column> columns = table.getColumns().stream().map(c -> column(table, c)).toList();
        List<ForeignKey> foreignKeys = CrawledKeys.foreignKeys(table);
        return new Table(table.getName(), columns, CrawledTables.primaryKey(table), CrawledTables.uniqueConstraints(table),
                indexes(table, foreignKeys), foreignKeys, objects.checks(table.getName()),
                objects.tableComment(table.getName()));
    }

    private Column column(schemacrawler.schema.Table table, schemacrawler.schema.Column column) {
        Map<String, Object> attributes = column.getAttributes();
        String fullType = text(attributes, FULL_TYPE);
        if (fullType == null) {
            throw new LiveReadException("no type for column " + table.getName() + "." + column.getName()
                    + ": the column attribute query returned nothing for it");
        }
        String extra = String.valueOf(text(attributes, EXTRA)).toLowerCase(Locale.ROOT);
        boolean identity = extra.contains("auto_increment");
        boolean generated = extra.contains("stored generated") || extra.contains("virtual generated")
                || extra.equals("persistent") || extra.equals("virtual");
        String expression = generated ? text(attributes, GENERATED) : null;
        String serverDefault = identity || generated ? null : text(attributes, DEFAULT);
        return new Column(column.getName(), dialect.parseType(fullType), column.isNullable(), serverDefault, identity,
                text(attributes, COMMENT), expression);
    }

    /** The indexes, except those the database created for a foreign key. */
    private static List<Index> indexes(schemacrawler.schema.Table table, List<ForeignKey> foreignKeys) {
        return CrawledTables.indexes(table).stream()
                .filter(index -> foreignKeys.stream().noneMatch(fk -> ForeignKeyIndexes.backs(
                        index.name(), index.columns(), index.unique(), fk.name(), fk.columns())))
                .toList();
    }

    private static String text(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        if (value == null) {
            value = attributes.get(name.toLowerCase(Locale.ROOT));
        }
        return value == null ? null : value.toString();
    }
}
