package dev.autogen.core.ddl;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.AlterSequenceOp;
import dev.autogen.core.ops.AlterTableCommentOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateSequenceOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropCheckOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.DropSequenceOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.OperationVisitor;
import dev.autogen.core.ops.RenameColumnOp;
import dev.autogen.core.ops.RenameTableOp;
import dev.autogen.core.ops.ValueMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The DDL every dialect writes the same way (lower-case key words, as Hibernate writes them); each dialect's emitter
 * extends it and renders the rest. Identifiers go through {@link Dialect#quote}; table and sequence names through
 * {@link Dialect#quoteQualified}, so that {@code sales.orders} is table {@code orders} of schema {@code sales}
 * ({@link QualifiedName}). Indexes and constraints live in their table's schema.
 */
public abstract class AbstractDdl implements OperationVisitor<List<String>> {

    protected final Dialect dialect;

    protected AbstractDdl(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    protected String q(String identifier) {
        return dialect.quote(identifier);
    }

    /** A table's or sequence's name, schema-qualified when it has a schema: {@code sales.orders}. */
    protected String qt(String table) {
        return dialect.quoteQualified(table);
    }

    /**
     * An object of the table's schema (an index), qualified as the table is: {@code sales.idx_orders_day} for a table
     * {@code sales.orders}, {@code idx_orders_day} for {@code orders}.
     */
    protected String inSchemaOf(String table, String name) {
        String schema = QualifiedName.parse(table).schema();
        return schema == null ? q(name) : q(schema) + "." + q(name);
    }

    /** {@code a, "order", c}. */
    protected String columnList(List<String> columns) {
        return columns.stream().map(this::q).collect(Collectors.joining(", "));
    }

    /** The column's type and, for identity columns, what makes the database generate values. */
    protected abstract String typeAndIdentity(Column column);

    /** {@code  default <expression>}. */
    protected String defaultClause(String expression) {
        return " default " + expression;
    }

    /**
     * {@code name type [default x] [not null]}; identity columns are never nullable, so no {@code not null}. A computed
     * column is {@code name type generated always as (expression) stored}.
     */
    public String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(q(column.name())).append(' ').append(typeAndIdentity(column));
        if (column.generated() != null) {
            sql.append(generatedClause(column.generated()));
        } else if (column.serverDefault() != null && !column.identity()) {
            sql.append(defaultClause(column.serverDefault()));
        }
        if (!column.nullable() && !column.identity()) {
            sql.append(" not null");
        }
        return sql.append(enumCheckClause(column))
                .append(inlineColumnComment(column))
                .toString();
    }

    /**
     * What follows an enum column's type in its definition: nothing where the database has enum types; PostgreSQL and
     * SQLite, which store Hibernate's {@code varchar(255)}, check the values there ({@link #valueListCheck}).
     */
    protected String enumCheckClause(Column column) {
        return "";
    }

    /** {@code  check (status in ('A','B'))} for an enum column, as Hibernate checks its values; empty for another. */
    protected String valueListCheck(Column column) {
        if (column.type().kind() != TypeKind.ENUM) {
            return "";
        }
        List<String> quoted =
                column.type().values().stream().map(dialect::quoteLiteral).toList();
        return " check (" + q(column.name()) + " in (" + String.join(",", quoted) + "))";
    }

    /**
     * An alter whose stored values map ({@link ValueMapping}), where an alter converts by cast: to {@code varchar(255)}
     * (which holds every old and new value as text), each value updated to its new one, then to the new type.
     */
    protected List<String> convertThroughText(AlterColumnOp op) {
        ColumnState from = op.from();
        if (dialect.canonicalType(from.type())
                .equals(dialect.canonicalType(op.to().type()))) {
            // the same type (a checked enum losing constants): the values change, then whatever else does
            List<String> out = new ArrayList<>(List.of(mappedUpdate(op)));
            out.addAll(visitAlterColumn(new AlterColumnOp(op.table(), op.column(), from, op.to())));
            return out;
        }
        ColumnState text = new ColumnState(
                ColumnType.withLength(TypeKind.VARCHAR, 255), from.nullable(), null, from.comment(), from.identity());
        List<String> out = new ArrayList<>(visitAlterColumn(new AlterColumnOp(op.table(), op.column(), from, text)));
        out.add("update " + qt(op.table()) + " set " + q(op.column()) + " = "
                + mappedValues(op.column(), op.mapping(), AbstractDdl::asText, q(op.column())));
        out.addAll(visitAlterColumn(new AlterColumnOp(op.table(), op.column(), text, op.to())));
        return out;
    }

    /** {@code update t set c = case c when 'A' then 0 ... else c end}: the values mapped in place, literals as given. */
    protected String mappedUpdate(AlterColumnOp op) {
        return "update " + qt(op.table()) + " set " + q(op.column()) + " = "
                + mappedValues(op.column(), op.mapping(), v -> v, q(op.column()));
    }

    /** {@code case c when 'A' then 0 ... else <otherwise> end}, each literal written by {@code literal}. */
    protected String mappedValues(
            String column, ValueMapping mapping, UnaryOperator<String> literal, String otherwise) {
        StringBuilder sql = new StringBuilder("case ").append(q(column));
        for (int i = 0; i < mapping.from().size(); i++) {
            sql.append(" when ")
                    .append(literal.apply(mapping.from().get(i)))
                    .append(" then ")
                    .append(literal.apply(mapping.to().get(i)));
        }
        return sql.append(" else ").append(otherwise).append(" end").toString();
    }

    /** A literal as a string literal: {@code 0} is {@code '0'}; quoted literals and NULL stay. */
    protected static String asText(String literal) {
        return literal.startsWith("'") || literal.equalsIgnoreCase("NULL") ? literal : "'" + literal + "'";
    }

    /** {@code  generated always as (expression) stored}. */
    protected String generatedClause(String expression) {
        return " generated always as (" + expression + ") stored";
    }

    /** A comment written inside the column definition, for dialects that write them there (MySQL); none by default. */
    protected String inlineColumnComment(Column column) {
        return "";
    }

    /** The statements that set a table's comment ({@code comment on table t is '...'}); null removes it. */
    protected List<String> tableCommentSql(String table, String comment) {
        return List.of("comment on table " + qt(table) + " is " + literalOrNull(comment));
    }

    /** The statements that set a column's comment; null removes it. */
    protected List<String> columnCommentSql(String table, String column, String comment) {
        return List.of("comment on column " + qt(table) + "." + q(column) + " is " + literalOrNull(comment));
    }

    protected String literalOrNull(String value) {
        return value == null ? "null" : dialect.quoteLiteral(value);
    }

    /** The comments of a new table and its columns. */
    protected List<String> commentsOf(Table table) {
        List<String> out = new ArrayList<>();
        if (table.comment() != null) {
            out.addAll(tableCommentSql(table.name(), table.comment()));
        }
        for (Column column : table.columns()) {
            if (column.comment() != null && inlineColumnComment(column).isEmpty()) {
                out.addAll(columnCommentSql(table.name(), column.name(), column.comment()));
            }
        }
        return out;
    }

    public String checkClause(CheckConstraint check) {
        return constraintPrefix(check.name()) + "check (" + check.expression() + ")";
    }

    protected String constraintPrefix(String name) {
        return name == null ? "" : "constraint " + q(name) + " ";
    }

    public String primaryKeyClause(PrimaryKey pk) {
        return constraintPrefix(pk.name()) + "primary key (" + columnList(pk.columns()) + ")";
    }

    public String uniqueClause(UniqueConstraint unique) {
        return constraintPrefix(unique.name()) + "unique (" + columnList(unique.columns()) + ")";
    }

    public String foreignKeyClause(ForeignKey fk) {
        return foreignKeyClause(null, fk);
    }

    /**
     * The foreign key of {@code table}. Its referenced table is in the same schema as {@code table} unless its name is
     * qualified ({@link QualifiedName}): a key of {@code sales.orders} to {@code customer} references
     * {@code sales.customer}, one to {@code public.customer} the table of the schema {@code public}. The name is written
     * qualified whenever the table's is, since databases resolve a bare name differently there (PostgreSQL through the
     * search path, H2 and MariaDB in the table's schema).
     *
     * @param table the table the key belongs to, or null for one of the current schema
     */
    public String foreignKeyClause(String table, ForeignKey fk) {
        String referenced = fk.referencedTable();
        String schema = table == null ? null : QualifiedName.parse(table).schema();
        if (schema != null && QualifiedName.parse(referenced).schema() == null) {
            referenced = QualifiedName.of(schema, referenced);
        }
        StringBuilder sql = new StringBuilder(constraintPrefix(fk.name()))
                .append("foreign key (")
                .append(columnList(fk.columns()))
                .append(") references ")
                .append(qt(referenced))
                .append(" (")
                .append(columnList(fk.referencedColumns()))
                .append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" on delete ").append(fk.onDelete().sql().toLowerCase(java.util.Locale.ROOT));
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" on update ").append(fk.onUpdate().sql().toLowerCase(java.util.Locale.ROOT));
        }
        return sql.toString();
    }

    /**
     * {@code create table t (columns, primary key, unique constraints, foreign keys, checks)}; an unnamed check declared
     * on a column is written in that column's definition, as Hibernate writes it (MariaDB names it after the column).
     */
    public String createTableSql(Table table) {
        return createTableSql(table.name(), table, List.of());
    }

    /** The table's definition under another name, with extra table constraints (as SQL) at the end. */
    protected String createTableSql(String name, Table table, List<String> extraConstraints) {
        List<String> parts = new ArrayList<>();
        List<CheckConstraint> tableChecks = new ArrayList<>(table.checks());
        for (Column column : table.columns()) {
            StringBuilder definition = new StringBuilder(columnDefinition(column));
            for (CheckConstraint check : table.checks()) {
                if (declaredOn(check, column) && tableChecks.contains(check)) {
                    definition.append(' ').append(checkClause(check));
                    tableChecks.remove(check);
                }
            }
            parts.add(definition.toString());
        }
        if (table.primaryKey() != null) {
            parts.add(primaryKeyClause(table.primaryKey()));
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            parts.add(uniqueClause(unique));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            parts.add(foreignKeyClause(name, fk));
        }
        for (CheckConstraint check : tableChecks) {
            parts.add(checkClause(check));
        }
        parts.addAll(extraConstraints);
        return "create table " + qt(name) + " (" + String.join(", ", parts) + ")";
    }

    /** Whether the check is an unnamed one declared in this column's definition (MariaDB refuses named ones there). */
    private boolean declaredOn(CheckConstraint check, Column column) {
        return check.column() != null
                && check.name() == null
                && dialect.nameKey(check.column()).equals(dialect.nameKey(column.name()));
    }

    /** {@code create index ix on t (a desc, b)}: a descending column is written so, as Hibernate writes it. */
    public String createIndexSql(String table, Index index) {
        List<String> columns = index.columns().stream()
                .map(c -> q(c) + (index.isDescending(c) ? " desc" : ""))
                .toList();
        return "create " + (index.unique() ? "unique " : "") + "index " + q(index.name()) + " on " + qt(table) + " ("
                + String.join(", ", columns) + ")";
    }

    @Override
    public List<String> visitCreateTable(CreateTableOp op) {
        List<String> out = new ArrayList<>();
        out.add(createTableSql(op.definition()));
        for (Index index : op.definition().indexes()) {
            out.add(createIndexSql(op.definition().name(), index));
        }
        out.addAll(commentsOf(op.definition()));
        out.addAll(insertsOf(op.definition()));
        return out;
    }

    /** The table's initial rows, inserted right after it is created ({@link Dialect#initialRowInserts}). */
    protected List<String> insertsOf(Table table) {
        return dialect.initialRowInserts(table);
    }

    @Override
    public List<String> visitDropTable(DropTableOp op) {
        return List.of("drop table " + qt(op.definition().name()));
    }

    @Override
    public List<String> visitCreateIndex(CreateIndexOp op) {
        return List.of(createIndexSql(op.table(), op.index()));
    }

    @Override
    public List<String> visitDropIndex(DropIndexOp op) {
        return List.of("drop index " + inSchemaOf(op.table(), op.index().name()));
    }

    @Override
    public List<String> visitAddCheck(AddCheckOp op) {
        return List.of("alter table " + qt(op.table()) + " add " + checkClause(op.check()));
    }

    @Override
    public List<String> visitDropCheck(DropCheckOp op) {
        if (op.check().name() == null) {
            throw new IllegalArgumentException("cannot drop the unnamed check constraint ("
                    + op.check().expression() + ") on " + op.table() + ": give the name the database chose for it");
        }
        return List.of("alter table " + qt(op.table()) + " drop constraint "
                + q(op.check().name()));
    }

    @Override
    public List<String> visitCreateSequence(CreateSequenceOp op) {
        Sequence seq = op.sequence();
        return List.of("create sequence " + qt(seq.name()) + " start with " + seq.start() + " increment by "
                + seq.increment());
    }

    @Override
    public List<String> visitDropSequence(DropSequenceOp op) {
        return List.of("drop sequence " + qt(op.sequence().name()));
    }

    @Override
    public List<String> visitAlterSequence(AlterSequenceOp op) {
        return List.of("alter sequence " + qt(op.to().name()) + " start with "
                + op.to().start() + " increment by " + op.to().increment());
    }

    @Override
    public List<String> visitAlterTableComment(AlterTableCommentOp op) {
        return tableCommentSql(op.table(), op.to());
    }

    @Override
    public List<String> visitRenameTable(RenameTableOp op) {
        return List.of("alter table " + qt(op.from()) + " rename to " + renameTarget(op.to()));
    }

    /**
     * The new name in {@code alter table ... rename to}: without its schema, since the table stays in its schema
     * (PostgreSQL and SQLite refuse a qualified name there).
     */
    protected String renameTarget(String to) {
        return q(QualifiedName.unqualified(to));
    }

    @Override
    public List<String> visitRenameColumn(RenameColumnOp op) {
        return List.of("alter table " + qt(op.table()) + " rename column " + q(op.from()) + " to " + q(op.to()));
    }
}
