package dev.autogen.introspect.live.postgresql;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.introspect.live.LiveReadException;
import dev.autogen.introspect.live.LiveReadOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import schemacrawler.schema.Catalog;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.Schema;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schema.TableConstraintType;

/** Translates the SchemaCrawler catalog of one schema into core records. */
final class PostgresSnapshotBuilder {

    static final String FULL_TYPE = "AUTOGEN_FULL_TYPE";
    static final String IDENTITY = "AUTOGEN_IDENTITY";
    static final String GENERATED = "AUTOGEN_GENERATED";
    static final String DEFAULT = "AUTOGEN_DEFAULT";
    static final String OWNED_SEQUENCE = "AUTOGEN_OWNED_SEQUENCE";

    private final Catalog catalog;
    private final String schemaName;
    private final SchemaDialect dialect;
    private final LiveReadOptions options;

    PostgresSnapshotBuilder(Catalog catalog, String schemaName, SchemaDialect dialect, LiveReadOptions options) {
        this.catalog = catalog;
        this.schemaName = schemaName;
        this.dialect = dialect;
        this.options = options;
    }

    SchemaSnapshot build() {
        Schema schema = catalog.getSchemas().stream()
                .filter(s -> schemaName.equals(s.getName()))
                .findFirst()
                .orElse(null);
        if (schema == null) {
            return SchemaSnapshot.empty(); // the schema exists (it was looked up) but holds no table
        }
        List<Table> tables = new ArrayList<>();
        for (schemacrawler.schema.Table table : catalog.getTables(schema)) {
            if (options.accepts(table.getName(), dialect)) {
                tables.add(table(table));
            }
        }
        return new SchemaSnapshot(tables);
    }

    private Table table(schemacrawler.schema.Table table) {
        List<Column> columns = table.getColumns().stream().map(c -> column(table, c)).toList();
        return new Table(table.getName(), columns, primaryKey(table), uniqueConstraints(table), indexes(table), foreignKeys(table));
    }

    private Column column(schemacrawler.schema.Table table, schemacrawler.schema.Column column) {
        Map<String, Object> attributes = column.getAttributes();
        String fullType = text(attributes, FULL_TYPE);
        if (fullType == null) {
            throw new LiveReadException("no type for column " + table.getName() + "." + column.getName()
                    + ": the column attribute query returned nothing for it");
        }
        String defaultExpression = text(attributes, DEFAULT);
        boolean identityColumn = !isBlank(text(attributes, IDENTITY));
        boolean serial = defaultExpression != null
                && defaultExpression.startsWith("nextval(")
                && Boolean.parseBoolean(String.valueOf(value(attributes, OWNED_SEQUENCE)));
        boolean generated = !isBlank(text(attributes, GENERATED));
        boolean identity = identityColumn || serial;
        String serverDefault = identity || generated ? null : defaultExpression;
        return new Column(column.getName(), dialect.parseType(fullType), column.isNullable(), serverDefault, identity);
    }

    private static PrimaryKey primaryKey(schemacrawler.schema.Table table) {
        if (!table.hasPrimaryKey()) {
            return null;
        }
        schemacrawler.schema.PrimaryKey key = table.getPrimaryKey();
        return new PrimaryKey(key.getName(), constrainedColumns(key));
    }

    private static List<UniqueConstraint> uniqueConstraints(schemacrawler.schema.Table table) {
        return table.getTableConstraints().stream()
                .filter(c -> c.getType() == TableConstraintType.unique)
                .sorted(Comparator.comparing(TableConstraint::getName))
                .map(c -> new UniqueConstraint(c.getName(), constrainedColumns(c)))
                .toList();
    }

    private static List<String> constrainedColumns(TableConstraint constraint) {
        return constraint.getConstrainedColumns().stream()
                .sorted(Comparator.comparingInt(TableConstraintColumn::getTableConstraintOrdinalPosition))
                .map(TableConstraintColumn::getName)
                .toList();
    }

    private static List<Index> indexes(schemacrawler.schema.Table table) {
        return table.getIndexes().stream()
                .map(index -> new Index(index.getName(),
                        index.getColumns().stream()
                                .sorted(Comparator.comparingInt(IndexColumn::getIndexOrdinalPosition))
                                .map(IndexColumn::getName)
                                .toList(),
                        index.isUnique()))
                .sorted(Comparator.comparing(Index::name))
                .toList();
    }

    private static List<ForeignKey> foreignKeys(schemacrawler.schema.Table table) {
        return table.getImportedForeignKeys().stream()
                .map(fk -> {
                    List<ColumnReference> references = fk.getColumnReferences().stream()
                            .sorted(Comparator.comparingInt(ColumnReference::getKeySequence))
                            .toList();
                    return new ForeignKey(
                            fk.getName(),
                            references.stream().map(r -> r.getForeignKeyColumn().getName()).toList(),
                            fk.getPrimaryKeyTable().getName(),
                            references.stream().map(r -> r.getPrimaryKeyColumn().getName()).toList(),
                            action(fk.getDeleteRule()),
                            action(fk.getUpdateRule()));
                })
                .sorted(Comparator.comparing(ForeignKey::name))
                .toList();
    }

    private static ReferentialAction action(ForeignKeyUpdateRule rule) {
        if (rule == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (rule) {
            case cascade -> ReferentialAction.CASCADE;
            case setNull -> ReferentialAction.SET_NULL;
            case setDefault -> ReferentialAction.SET_DEFAULT;
            case restrict -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    private static Object value(Map<String, Object> attributes, String name) {
        Object value = attributes.get(name);
        return value != null ? value : attributes.get(name.toLowerCase(Locale.ROOT));
    }

    private static String text(Map<String, Object> attributes, String name) {
        Object value = value(attributes, name);
        return value == null ? null : value.toString();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
