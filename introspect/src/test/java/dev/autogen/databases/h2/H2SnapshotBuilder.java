package dev.autogen.databases.h2;

import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.introspect.live.CrawledTables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.Schema;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintType;

/** Translates the SchemaCrawler catalog of one H2 schema into core records. */
final class H2SnapshotBuilder {

    static final String FULL_TYPE = "AUTOGEN_FULL_TYPE";
    static final String IDENTITY = "AUTOGEN_IDENTITY";
    static final String GENERATED = "AUTOGEN_GENERATED";
    static final String DEFAULT = "AUTOGEN_DEFAULT";
    static final String COMMENT = "AUTOGEN_COMMENT";

    /** How H2 names a constraint that was given no name. */
    private static final Pattern GENERATED_NAME = Pattern.compile("CONSTRAINT_[0-9A-F]+(?:_[0-9]+)?");

    private final Catalog catalog;
    private final String schemaName;
    private final SchemaDialect dialect;
    private final LiveReadOptions options;
    private final Map<String, List<ForeignKey>> foreignKeys;

    H2SnapshotBuilder(
            Catalog catalog,
            String schemaName,
            SchemaDialect dialect,
            LiveReadOptions options,
            Map<String, List<ForeignKey>> foreignKeys) {
        this.catalog = catalog;
        this.schemaName = schemaName;
        this.dialect = dialect;
        this.options = options;
        this.foreignKeys = foreignKeys;
    }

    SchemaSnapshot build() {
        Schema schema = catalog.getSchemas().stream()
                .filter(s -> schemaName.equals(s.getName()))
                .findFirst()
                .orElse(null);
        if (schema == null) {
            return SchemaSnapshot.empty(); // the schema exists (it was looked up) but holds nothing
        }
        List<Table> tables = new ArrayList<>();
        for (schemacrawler.schema.Table table : catalog.getTables(schema)) {
            if (options.accepts(table.getName(), dialect)) {
                tables.add(table(table));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (schemacrawler.schema.Sequence sequence : catalog.getSequences(schema)) {
            long start = sequence.getStartValue() == null
                    ? 1
                    : sequence.getStartValue().longValueExact();
            sequences.add(new Sequence(sequence.getName(), start, sequence.getIncrement()));
        }
        return new SchemaSnapshot(tables, sequences);
    }

    private Table table(schemacrawler.schema.Table table) {
        List<Column> columns =
                table.getColumns().stream().map(c -> column(table, c)).toList();
        return new Table(
                table.getName(),
                columns,
                CrawledTables.primaryKey(table),
                CrawledTables.uniqueConstraints(table),
                CrawledTables.indexes(table),
                foreignKeys.getOrDefault(table.getName(), List.of()),
                checks(table),
                text(table.getAttributes(), COMMENT));
    }

    private Column column(schemacrawler.schema.Table table, schemacrawler.schema.Column column) {
        Map<String, Object> attributes = column.getAttributes();
        String fullType = text(attributes, FULL_TYPE);
        if (fullType == null) {
            throw new LiveReadException("no type for column " + table.getName() + "." + column.getName()
                    + ": the column attribute query returned nothing for it");
        }
        boolean identity = "YES".equalsIgnoreCase(text(attributes, IDENTITY));
        String generated = text(attributes, GENERATED);
        String serverDefault = identity || generated != null ? null : text(attributes, DEFAULT);
        return new Column(
                column.getName(),
                dialect.parseType(fullType),
                column.isNullable(),
                serverDefault,
                identity,
                text(attributes, COMMENT),
                generated);
    }

    /**
     * The check constraints; a name H2 made up ({@code CONSTRAINT_F}, {@code CONSTRAINT_50_0}: it differs from one
     * database to the next) is reported as none, so the check is matched by its condition, and dropped by it.
     */
    private static List<CheckConstraint> checks(schemacrawler.schema.Table table) {
        return table.getTableConstraints().stream()
                .filter(c -> c.getType() == TableConstraintType.check && c.hasDefinition())
                .sorted(Comparator.comparing(TableConstraint::getName))
                .map(c -> new CheckConstraint(
                        GENERATED_NAME.matcher(c.getName()).matches() ? null : c.getName(),
                        c.getDefinition().strip()))
                .toList();
    }

    private static Object value(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        return value != null ? value : attributes.get(name.toLowerCase(Locale.ROOT));
    }

    private static String text(Map<String, Object> attributes, String name) {
        Object value = value(attributes, name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
