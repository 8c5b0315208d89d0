package dev.autogen.introspect.entity;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Identifiers;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;

/**
 * Translates Hibernate's relational model into a {@link SchemaSnapshot}: what Hibernate's export would create, with
 * names as the database stores them.
 */
final class SnapshotBuilder {

    private final HibernateBoot boot;
    private final SchemaDialect dialect;
    private final HibernateDdl ddl;
    private final ColumnTypes types;

    SnapshotBuilder(HibernateBoot boot, SchemaDialect dialect) {
        this.boot = boot;
        this.dialect = dialect;
        this.ddl = new HibernateDdl(boot);
        this.types = new ColumnTypes(boot, dialect);
    }

    /** Every physical table of every namespace; catalogs and schemas are dropped, so their table names must differ. */
    SchemaSnapshot build() {
        return build(false);
    }

    /**
     * Every physical table of every namespace.
     *
     * @param qualified whether a table or sequence of a namespace with a schema (without one, a catalog: MariaDB's
     *     databases) is named {@code schema.table}, and a foreign key names the table it references the same way;
     *     otherwise schemas and catalogs are dropped, so table names must differ
     */
    SchemaSnapshot build(boolean qualified) {
        List<Table> tables = new ArrayList<>();
        List<Sequence> sequences = new ArrayList<>();
        Map<String, String> qualifiedByKey = new HashMap<>();
        for (Namespace namespace : boot.database().getNamespaces()) {
            String schema = qualified
                    ? schemaName(
                            namespace.getName().schema(), namespace.getName().catalog())
                    : null;
            if (hibernateDialect().getSequenceSupport().supportsSequences()) {
                for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
                    sequences.add(new Sequence(
                            QualifiedName.of(schema, name(sequence.getName().getSequenceName())),
                            sequence.getInitialValue(),
                            sequence.getIncrementSize(),
                            cache(sequence)));
                }
            }
            for (org.hibernate.mapping.Table table : namespace.getTables()) {
                if (!table.isPhysicalTable() || table.isView()) {
                    continue;
                }
                Table read = table(table, qualified);
                if (schema != null) {
                    read = read.withName(QualifiedName.of(schema, read.name()));
                }
                String rendered = table.getQualifiedTableName().render();
                String previous = qualifiedByKey.putIfAbsent(dialect.nameKey(read.name()), rendered);
                if (previous != null && sameNamespace(previous, rendered)) {
                    throw new EntityReadException("Entities map two tables that " + dialect.name() + " takes for one ("
                            + previous + " and " + rendered + "): their names differ only in case; give the tables"
                            + " distinct names");
                }
                if (previous != null) {
                    throw new EntityReadException("Entities map two tables named " + read.name() + " (" + previous
                            + " and " + rendered + "): autogen reads one schema unless told to read all"
                            + " (--all-schemas); give the tables distinct names");
                }
                tables.add(read);
            }
        }
        return new SchemaSnapshot(tables, sequences);
    }

    /**
     * 0 where Hibernate creates the sequence {@code nocache} (its MariaDB dialect does), else null: the database's
     * default, not compared.
     */
    private Long cache(org.hibernate.boot.model.relational.Sequence sequence) {
        String create = hibernateDialect()
                .getSequenceSupport()
                .getCreateSequenceString(
                        sequence.getName().getSequenceName().getText(),
                        sequence.getInitialValue(),
                        sequence.getIncrementSize());
        return SnapshotBuilder.containsWord(create.toLowerCase(Locale.ROOT), "nocache") ? 0L : null;
    }

    /** Whether two rendered table names ({@code sales.orders}, {@code orders}) are in the same schema and catalog. */
    private static boolean sameNamespace(String a, String b) {
        int dotA = a.lastIndexOf('.');
        int dotB = b.lastIndexOf('.');
        return (dotA < 0 ? "" : a.substring(0, dotA)).equals(dotB < 0 ? "" : b.substring(0, dotB));
    }

    /** The schema's name as the database stores it, else the catalog's; null when the namespace names neither. */
    private String schemaName(Identifier schema, Identifier catalog) {
        Identifier named = schema != null ? schema : catalog;
        return named == null ? null : name(named);
    }

    private org.hibernate.dialect.Dialect hibernateDialect() {
        return boot.dialect();
    }

    private Table table(org.hibernate.mapping.Table table, boolean qualified) {
        String createSql = String.join("\n", ddl.table(table)).toLowerCase(Locale.ROOT);
        List<Column> columns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            boolean inPrimaryKey = table.isPrimaryKey(column);
            ColumnDefinition definition = boot.hasColumnDefinition(column)
                    ? ColumnDefinition.parse(column.getSqlType(boot.metadata()))
                    : new ColumnDefinition(null, null, false);
            String serverDefault =
                    column.getDefaultValue() != null ? column.getDefaultValue() : definition.serverDefault();
            columns.add(new Column(
                    columnName(column),
                    types.type(column),
                    column.isNullable() && !inPrimaryKey && !definition.notNull(),
                    column.getGeneratedAs() == null ? serverDefault : null,
                    column.isIdentity(),
                    comment(column.getComment()),
                    column.getGeneratedAs()));
        }
        return new Table(
                name(table.getNameIdentifier()),
                columns,
                primaryKey(table),
                uniqueConstraints(table, createSql),
                indexes(table),
                foreignKeys(table, qualified),
                checks(table),
                comment(table.getComment()),
                HibernateInitialRows.of(table, boot.sqlContext(), written -> writtenColumn(table, written)));
    }

    /** The stored name of the table's column an init command names as {@code written} (unquoted). */
    private String writtenColumn(org.hibernate.mapping.Table table, String written) {
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.getName().equals(written)) {
                return columnName(column);
            }
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.getName().equalsIgnoreCase(written)) {
                return columnName(column);
            }
        }
        return dialect.foldIdentifier(written);
    }

    /** A comment where the database keeps comments; SQLite has none (Hibernate's statements for them fail there). */
    private String comment(String comment) {
        return dialect.supportsComments() ? comment : null;
    }

    /**
     * The check constraints Hibernate's table exporter writes: per column, its unnamed checks joined into one
     * ({@code (a) and (b)}) and each named one; then the table's own ({@code @Check} on the entity, JPA's
     * {@code @Table(check = ...)} and those Hibernate derives, such as a subclass's NOT NULL columns under single-table
     * inheritance). Enum, boolean and discriminator checks are column checks Hibernate adds itself; they have no name,
     * and the database names them. Column checks keep their column: Hibernate declares them in the column's definition.
     */
    private List<CheckConstraint> checks(org.hibernate.mapping.Table table) {
        org.hibernate.dialect.Dialect hibernate = hibernateDialect();
        List<CheckConstraint> checks = new ArrayList<>();
        if (hibernate.supportsColumnCheck() || hibernate.supportsTableCheck()) {
            for (org.hibernate.mapping.Column column : table.getColumns()) {
                List<org.hibernate.mapping.CheckConstraint> unnamed = column.getCheckConstraints().stream()
                        .filter(org.hibernate.mapping.CheckConstraint::isAnonymous)
                        .toList();
                String declaredOn = columnName(column);
                if (unnamed.size() == 1) {
                    checks.add(new CheckConstraint(null, unnamed.get(0).getConstraint(), declaredOn));
                } else if (unnamed.size() > 1) {
                    List<String> parts = unnamed.stream()
                            .map(org.hibernate.mapping.CheckConstraint::getConstraintInParens)
                            .toList();
                    checks.add(new CheckConstraint(null, String.join(" and ", parts), declaredOn));
                }
                for (org.hibernate.mapping.CheckConstraint check : column.getCheckConstraints()) {
                    if (check.isNamed()) {
                        checks.add(new CheckConstraint(
                                constraintName(check.getName()), check.getConstraint(), declaredOn));
                    }
                }
            }
        }
        if (hibernate.supportsTableCheck()) {
            for (org.hibernate.mapping.CheckConstraint check : table.getChecks()) {
                checks.add(new CheckConstraint(constraintName(check.getName()), check.getConstraint()));
            }
        }
        return checks;
    }

    /** The primary key; Hibernate's name for it is synthetic and never reaches the DDL, so the database names it. */
    private PrimaryKey primaryKey(org.hibernate.mapping.Table table) {
        org.hibernate.mapping.PrimaryKey key = table.getPrimaryKey();
        if (key == null || key.getColumns().isEmpty()) {
            return null;
        }
        return new PrimaryKey(null, columnNames(key.getColumns()));
    }

    /**
     * The unique constraints Hibernate's export creates: multi-column keys whose name its DDL for the table mentions
     * (SQLite's dialect silently drops them), and single-column ones the dialect declares inline or by name.
     */
    private List<UniqueConstraint> uniqueConstraints(org.hibernate.mapping.Table table, String createSql) {
        List<UniqueConstraint> uniques = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        StringBuilder tableSql = new StringBuilder(createSql);
        for (UniqueKey key : table.getUniqueKeys().values()) {
            tableSql.append('\n').append(String.join("\n", ddl.uniqueKey(key)).toLowerCase(Locale.ROOT));
        }
        String sql = tableSql.toString();
        for (UniqueKey key : table.getUniqueKeys().values()) {
            List<String> columns = columnNames(key.getColumns());
            String name = emittedName(key.getName(), sql);
            boolean inlineUnnamed = name == null && declaresInlineUnique(createSql, key.getColumns());
            if (!columns.isEmpty() && (name != null || inlineUnnamed) && seen.add(columns)) {
                uniques.add(new UniqueConstraint(name, columns));
            }
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            boolean onlyPrimaryKeyColumn =
                    table.isPrimaryKey(column) && table.getPrimaryKey().getColumnSpan() == 1;
            if (!column.isUnique() || onlyPrimaryKeyColumn) {
                continue;
            }
            String name = emittedName(column.getUniqueKeyName(), sql);
            List<String> columns = List.of(columnName(column));
            if ((name != null || ddl.declaresInlineUnique(column)) && seen.add(columns)) {
                uniques.add(new UniqueConstraint(name, columns));
            }
        }
        return uniques;
    }

    /**
     * Whether the table's create statement declares an unnamed table-level {@code unique (a, b)} over exactly these
     * columns, as Hibernate does for the key of a collection table whose element column is nullable.
     */
    private static boolean declaresInlineUnique(String createSql, List<org.hibernate.mapping.Column> columns) {
        StringBuilder list = new StringBuilder();
        for (org.hibernate.mapping.Column column : columns) {
            list.append(list.isEmpty() ? "" : ", ")
                    .append(column.getQuotedName().toLowerCase(Locale.ROOT));
        }
        return createSql.toLowerCase(Locale.ROOT).contains("unique (" + list + ")");
    }

    /** Indexes on plain columns, in column order, DESC ones noted; an index on a formula has no place in the model and is left out. */
    private List<Index> indexes(org.hibernate.mapping.Table table) {
        List<Index> indexes = new ArrayList<>();
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<org.hibernate.mapping.Column> columns = new ArrayList<>();
            for (Selectable selectable : index.getSelectables()) {
                if (selectable instanceof org.hibernate.mapping.Column column) {
                    columns.add(column);
                }
            }
            if (!columns.isEmpty() && columns.size() == index.getSelectables().size()) {
                List<String> descending = columns.stream()
                        .filter(c -> "desc"
                                .equalsIgnoreCase(String.valueOf(
                                                index.getSelectableOrderMap().get(c))
                                        .trim()))
                        .map(this::columnName)
                        .toList();
                indexes.add(
                        new Index(constraintName(index.getName()), columnNames(columns), index.isUnique(), descending));
            }
        }
        return indexes;
    }

    /** The foreign keys Hibernate's export creates, and on SQLite those it would create if its exporter could. */
    private List<ForeignKey> foreignKeys(org.hibernate.mapping.Table table, boolean qualified) {
        List<ForeignKey> keys = new ArrayList<>();
        for (org.hibernate.mapping.ForeignKey key : table.getForeignKeyCollection()) {
            // Hibernate's SQLite exporter emits no foreign keys at all; Autogen creates them inline there, so a key
            // counts when Hibernate would create it on a database that can, i.e. unless it is disabled (NO_CONSTRAINT).
            if (!key.isCreationEnabled() || (ddl.foreignKey(key).isEmpty() && ddl.emitsForeignKeys())) {
                continue;
            }
            org.hibernate.mapping.Table referenced = key.getReferencedTable();
            boolean toPrimaryKey =
                    key.isReferenceToPrimaryKey() || key.getReferencedColumns().isEmpty();
            List<org.hibernate.mapping.Column> referencedColumns =
                    toPrimaryKey ? referenced.getPrimaryKey().getColumns() : key.getReferencedColumns();
            keys.add(new ForeignKey(
                    constraintName(key.getName()),
                    columnNames(key.getColumns()),
                    qualified
                            ? QualifiedName.of(
                                    schemaName(referenced.getSchemaIdentifier(), referenced.getCatalogIdentifier()),
                                    name(referenced.getNameIdentifier()))
                            : name(referenced.getNameIdentifier()),
                    columnNames(referencedColumns),
                    definedRule(key.getKeyDefinition(), "delete").orElse(onDelete(key.getOnDeleteAction())),
                    definedRule(key.getKeyDefinition(), "update").orElse(ReferentialAction.NO_ACTION)));
        }
        return keys;
    }

    /**
     * The {@code on delete} or {@code on update} rule a {@code @ForeignKey(foreignKeyDefinition = "...")} states;
     * Hibernate's export writes the definition as it is, so its rules are the key's.
     */
    static Optional<ReferentialAction> definedRule(String definition, String event) {
        if (definition == null || definition.isBlank()) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile(
                        "(?i)\\bon\\s+" + event + "\\s+(cascade|restrict|no\\s+action|set\\s+null|set\\s+default)\\b")
                .matcher(definition);
        return m.find() ? Optional.of(ReferentialAction.fromSql(m.group(1).replaceAll("\\s+", " "))) : Optional.empty();
    }

    private static ReferentialAction onDelete(OnDeleteAction action) {
        if (action == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (action) {
            case NO_ACTION -> ReferentialAction.NO_ACTION;
            case CASCADE -> ReferentialAction.CASCADE;
            case RESTRICT -> ReferentialAction.RESTRICT;
            case SET_NULL -> ReferentialAction.SET_NULL;
            case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
        };
    }

    /** A constraint name as the database stores it, or null when Hibernate's DDL does not give it (the database names it). */
    private String emittedName(String hibernateName, String ddlLowerCase) {
        if (hibernateName == null || hibernateName.isBlank()) {
            return null;
        }
        Identifier identifier = Identifier.toIdentifier(hibernateName);
        return containsWord(ddlLowerCase, identifier.getText().toLowerCase(Locale.ROOT)) ? name(identifier) : null;
    }

    /** Whether {@code word} occurs in {@code text} with no letter, digit, {@code _} or {@code $} right before or after. */
    static boolean containsWord(String text, String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isWordChar(text.charAt(at - 1)))
                    && (end == text.length() || !isWordChar(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || c == '$' || (c < 128 && Character.isLetterOrDigit(c));
    }

    private String constraintName(String hibernateName) {
        return hibernateName == null || hibernateName.isBlank() ? null : name(Identifier.toIdentifier(hibernateName));
    }

    private List<String> columnNames(List<org.hibernate.mapping.Column> columns) {
        return columns.stream().map(this::columnName).toList();
    }

    private String columnName(org.hibernate.mapping.Column column) {
        return column.isQuoted() ? Identifiers.quoted(column.getName()) : dialect.foldIdentifier(column.getName());
    }

    /**
     * A quoted identifier marked quoted, as Hibernate writes it ({@code `MixedCase`}), so that every database keeps its
     * case; an unquoted one as the database folds it.
     */
    private String name(Identifier identifier) {
        return identifier.isQuoted()
                ? Identifiers.quoted(identifier.getText())
                : dialect.foldIdentifier(identifier.getText());
    }
}
