package dev.autogen.runtime.dialect;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.OperationVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The DDL every dialect writes the same way (lower-case key words, as Hibernate writes them); each dialect's emitter
 * extends it and renders the rest. Identifiers go through {@link Dialect#quote}.
 */
public abstract class AbstractDdl implements OperationVisitor<List<String>> {

    protected final Dialect dialect;

    protected AbstractDdl(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    protected String q(String identifier) {
        return dialect.quote(identifier);
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

    /** {@code name type [default x] [not null]}; identity columns are never nullable, so no {@code not null}. */
    public String columnDefinition(Column column) {
        StringBuilder sql = new StringBuilder(q(column.name())).append(' ').append(typeAndIdentity(column));
        if (column.serverDefault() != null && !column.identity()) {
            sql.append(defaultClause(column.serverDefault()));
        }
        if (!column.nullable() && !column.identity()) {
            sql.append(" not null");
        }
        return sql.toString();
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
        StringBuilder sql = new StringBuilder(constraintPrefix(fk.name()))
                .append("foreign key (").append(columnList(fk.columns())).append(") references ")
                .append(q(fk.referencedTable())).append(" (").append(columnList(fk.referencedColumns())).append(')');
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            sql.append(" on delete ").append(fk.onDelete().sql().toLowerCase(java.util.Locale.ROOT));
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            sql.append(" on update ").append(fk.onUpdate().sql().toLowerCase(java.util.Locale.ROOT));
        }
        return sql.toString();
    }

    /** {@code create table t (columns, primary key, unique constraints, foreign keys)}. */
    public String createTableSql(Table table) {
        return createTableSql(table.name(), table, List.of());
    }

    /** The table's definition under another name, with extra table constraints (as SQL) at the end. */
    protected String createTableSql(String name, Table table, List<String> extraConstraints) {
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(columnDefinition(column));
        }
        if (table.primaryKey() != null) {
            parts.add(primaryKeyClause(table.primaryKey()));
        }
        for (UniqueConstraint unique : table.uniqueConstraints()) {
            parts.add(uniqueClause(unique));
        }
        for (ForeignKey fk : table.foreignKeys()) {
            parts.add(foreignKeyClause(fk));
        }
        parts.addAll(extraConstraints);
        return "create table " + q(name) + " (" + String.join(", ", parts) + ")";
    }

    public String createIndexSql(String table, Index index) {
        return "create " + (index.unique() ? "unique " : "") + "index " + q(index.name()) + " on " + q(table)
                + " (" + columnList(index.columns()) + ")";
    }

    @Override
    public List<String> visitCreateTable(CreateTableOp op) {
        List<String> out = new ArrayList<>();
        out.add(createTableSql(op.definition()));
        for (Index index : op.definition().indexes()) {
            out.add(createIndexSql(op.definition().name(), index));
        }
        return out;
    }

    @Override
    public List<String> visitDropTable(DropTableOp op) {
        return List.of("drop table " + q(op.definition().name()));
    }

    @Override
    public List<String> visitCreateIndex(CreateIndexOp op) {
        return List.of(createIndexSql(op.table(), op.index()));
    }

    @Override
    public List<String> visitDropIndex(DropIndexOp op) {
        return List.of("drop index " + q(op.index().name()));
    }
}
