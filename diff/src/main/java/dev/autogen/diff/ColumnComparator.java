package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.DropColumnOp;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

/**
 * Added, dropped and altered columns. Types are compared in the dialect's canonical form, defaults and generated
 * expressions after the dialect's normalisation, so spellings of the same thing ({@code int8}/{@code bigint},
 * {@code '0'::integer}/{@code 0}) never show up as changes. Comments (where the database keeps them) and identity are
 * altered too.
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
        Set<String> retyped = new HashSet<>();
        for (Column column : target.columns()) {
            Column existing = currentColumns.get(names.key(column.name()));
            if (existing != null && !dialect.canonicalColumnType(column).equals(dialect.canonicalColumnType(existing))) {
                retyped.add(names.key(column.name()));
            }
        }
        for (Column column : target.columns()) {
            Column existing = currentColumns.get(names.key(column.name()));
            if (existing == null) {
                plan.add(PlanBuilder.Phase.ADD_COLUMNS, new AddColumnOp(current.name(), column));
            } else if (!sameGenerated(column, existing) || usesAny(existing.generated(), retyped)) {
                // a generated column's expression cannot be altered, nor (PostgreSQL) the type of a column it uses: the
                // column goes and comes back (its values are computed); one that starts or stops being generated too
                plan.add(PlanBuilder.Phase.DROP_REPLACED_COLUMNS, new DropColumnOp(current.name(), existing));
                plan.add(PlanBuilder.Phase.ADD_REPLACED_COLUMNS, new AddColumnOp(current.name(), column));
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

    private boolean usesAny(String expression, Set<String> columnKeys) {
        return expression != null && !columnKeys.isEmpty()
                && SqlNames.mentioned(expression, dialect).stream().anyMatch(name -> columnKeys.contains(names.key(name)));
    }

    private boolean sameGenerated(Column target, Column current) {
        return Objects.equals(dialect.normalizeCheck(target.generated()), dialect.normalizeCheck(current.generated()));
    }

    /**
     * Type, nullability, default, comment and identity. The default of an identity column is its sequence and is not
     * compared; on databases where identity follows from type and key ({@link SchemaDialect#comparesIdentity}), the
     * identity flags are not compared either.
     */
    private void alter(String table, Column target, Column current) {
        boolean sameType = dialect.canonicalColumnType(target).equals(dialect.canonicalColumnType(current));
        boolean sameNullability = target.nullable() == current.nullable();
        boolean sameIdentity = !dialect.comparesIdentity() || target.identity() == current.identity();
        boolean identity = dialect.comparesIdentity()
                ? target.identity() && current.identity()
                : target.identity() || current.identity();
        boolean sameDefault = identity
                || Objects.equals(dialect.normalizeDefault(target.serverDefault(), target.type()),
                        dialect.normalizeDefault(current.serverDefault(), current.type()));
        boolean sameComment = !dialect.supportsComments() || Objects.equals(target.comment(), current.comment());
        if (sameType && sameNullability && sameDefault && sameComment && sameIdentity) {
            return;
        }
        // Unchanged parts carry the target's spelling on both sides, so the operation states only real changes. Where
        // identity follows from the type, it moves with a type change (SQLite: bigint key -> integer rowid).
        boolean identityMoves = dialect.comparesIdentity() ? !sameIdentity : !sameType && target.identity() != current.identity();
        ColumnState from = new ColumnState(
                sameType ? target.type() : current.type(),
                current.nullable(),
                sameDefault ? target.serverDefault() : current.serverDefault(),
                sameComment ? target.comment() : current.comment(),
                identityMoves ? current.identity() : target.identity());
        plan.add(PlanBuilder.Phase.ALTER_COLUMNS, new AlterColumnOp(table, current.name(), from, target.state()));
    }
}
