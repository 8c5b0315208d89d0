package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.DropColumnOp;
import java.util.Map;
import java.util.Objects;

/**
 * Added, dropped and altered columns. Types are compared in the dialect's canonical form and defaults after the
 * dialect's normalisation, so spellings of the same thing ({@code int8}/{@code bigint}) never show up as changes.
 */
final class ColumnComparator {
    private final Names names;
    private final SchemaDialect dialect;
    private final PlanBuilder plan;

    ColumnComparator(Names names, SchemaDialect dialect, PlanBuilder plan) {
        this.names = names;
        this.dialect = dialect;
        this.plan = plan;
    }

    void compare(Table target, Table current) {
        Map<String, Column> currentColumns = names.index(current.columns(), Column::name);
        Map<String, Column> targetColumns = names.index(target.columns(), Column::name);
        for (Column column : target.columns()) {
            Column existing = currentColumns.get(names.key(column.name()));
            if (existing == null) {
                plan.add(PlanBuilder.Phase.ADD_COLUMNS, new AddColumnOp(current.name(), column));
            } else {
                alter(current.name(), column, existing);
            }
        }
        for (Column column : current.columns()) {
            if (!targetColumns.containsKey(names.key(column.name()))) {
                plan.add(PlanBuilder.Phase.DROP_COLUMNS, new DropColumnOp(current.name(), column));
            }
        }
    }

    private void alter(String table, Column target, Column current) {
        boolean sameType = dialect.canonicalColumnType(target).equals(dialect.canonicalColumnType(current));
        boolean sameNullability = target.nullable() == current.nullable();
        boolean identity = target.identity() || current.identity();
        boolean sameDefault = identity
                || Objects.equals(dialect.normalizeDefault(target.serverDefault()), dialect.normalizeDefault(current.serverDefault()));
        if (sameType && sameNullability && sameDefault) {
            return;
        }
        // Unchanged parts carry the target's spelling on both sides, so the operation states only real changes.
        ColumnState from = new ColumnState(
                sameType ? target.type() : current.type(),
                current.nullable(),
                sameDefault ? target.serverDefault() : current.serverDefault());
        plan.add(PlanBuilder.Phase.ALTER_COLUMNS, new AlterColumnOp(table, current.name(), from, target.state()));
    }
}
