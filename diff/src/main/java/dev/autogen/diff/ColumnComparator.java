package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.Conversion;
import dev.autogen.core.ops.ConversionClass;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.Safety;
import dev.autogen.core.ops.ValueMapping;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Added, dropped and altered columns. Types are compared in the dialect's canonical form, defaults and generated
 * expressions after the dialect's normalisation, so spellings of the same thing ({@code int8}/{@code bigint},
 * {@code '0'::integer}/{@code 0}) never show up as changes. Comments (where the database keeps them) and identity are
 * altered too.
 */
final class ColumnComparator {
    private final NameKeys names;
    private final SchemaDialect dialect;
    private final PlanBuilder plan;

    ColumnComparator(NameKeys names, SchemaDialect dialect, PlanBuilder plan) {
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
            if (existing != null
                    && !dialect.canonicalColumnType(column).equals(dialect.canonicalColumnType(existing))) {
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
                alter(current, column, existing);
                loseRemovedConstants(current, column, existing);
            }
        }
        for (Column column : current.columns()) {
            if (!targetColumns.containsKey(names.key(column.name()))) {
                plan.add(PlanBuilder.Phase.DROP_COLUMNS, new DropColumnOp(current.name(), column));
            }
        }
    }

    /**
     * An enum stored by name in a checked column (PostgreSQL, SQLite: {@code varchar(255)} with
     * {@code check (status in ('A','B','C'))}) that lost constants: the rows holding them cannot pass the new check, so
     * their values are set to NULL first, destructively and by name ({@code mapValues("C", null)}), as a native enum
     * does. A native enum's list (a type change) is converted by {@link #alter}.
     */
    private void loseRemovedConstants(Table current, Column target, Column existing) {
        List<String> constants = target.type().values();
        if (constants.isEmpty()
                || target.type().kind() == TypeKind.ENUM
                || !dialect.canonicalColumnType(target).equals(dialect.canonicalColumnType(existing))) {
            return;
        }
        for (CheckConstraint check : current.checks()) {
            String normalized = dialect.normalizeCheck(check.expression());
            List<String> values = CheckWidening.listedValues(normalized);
            if (values == null || !mentionsOnly(normalized, existing.name(), current)) {
                continue;
            }
            List<String> lost =
                    values.stream().filter(v -> !constants.contains(v)).toList();
            if (!lost.isEmpty()) {
                List<String> from =
                        lost.stream().map(v -> "'" + v.replace("'", "''") + "'").toList();
                ValueMapping mapping =
                        new ValueMapping(from, from.stream().map(v -> "NULL").toList());
                ConversionClass loses = EnumConversions.classify(mapping, target.type(), target.nullable(), true);
                ColumnState state = target.state();
                plan.add(
                        PlanBuilder.Phase.ALTER_COLUMNS,
                        new AlterColumnOp(
                                current.name(),
                                existing.name(),
                                state,
                                state,
                                new Conversion(mapping, loses.safety(), loses.note(), Safety.SAFE, null)));
            }
            return;
        }
    }

    /** The normalised conditions of the table's checks that name this column and no other. */
    private List<String> checks(Table table, Column column) {
        return table.checks().stream()
                .map(c -> dialect.normalizeCheck(c.expression()))
                .filter(c -> c != null && mentionsOnly(c, column.name(), table))
                .toList();
    }

    /** Whether of the table's columns the condition names this one only. */
    private boolean mentionsOnly(String condition, String column, Table table) {
        Set<String> mentioned = new HashSet<>();
        SqlNames.mentioned(condition, dialect).forEach(n -> mentioned.add(names.key(n)));
        return mentioned.contains(names.key(column))
                && table.columns().stream()
                        .noneMatch(c -> !names.same(c.name(), column) && mentioned.contains(names.key(c.name())));
    }

    private boolean usesAny(String expression, Set<String> columnKeys) {
        return expression != null
                && !columnKeys.isEmpty()
                && SqlNames.mentioned(expression, dialect).stream()
                        .anyMatch(name -> columnKeys.contains(names.key(name)));
    }

    private boolean sameGenerated(Column target, Column current) {
        return Objects.equals(dialect.normalizeCheck(target.generated()), dialect.normalizeCheck(current.generated()));
    }

    /**
     * Type, nullability, default, comment and identity. The default of an identity column is its sequence and is not
     * compared; on databases where identity follows from type and key ({@link SchemaDialect#comparesIdentity}), the
     * identity flags are not compared either.
     */
    private void alter(Table table, Column target, Column current) {
        boolean sameType = dialect.canonicalColumnType(target).equals(dialect.canonicalColumnType(current));
        boolean sameNullability = target.nullable() == current.nullable();
        boolean sameIdentity = !dialect.comparesIdentity() || target.identity() == current.identity();
        boolean identity = dialect.comparesIdentity()
                ? target.identity() && current.identity()
                : target.identity() || current.identity();
        boolean sameDefault = identity
                || Objects.equals(
                        dialect.normalizeDefault(target.serverDefault(), target.type()),
                        dialect.normalizeDefault(current.serverDefault(), current.type()));
        boolean sameComment = !dialect.supportsComments() || dialect.sameComment(target.comment(), current.comment());
        if (sameType && sameNullability && sameDefault && sameComment && sameIdentity) {
            return;
        }
        // Unchanged parts carry the target's spelling on both sides, so the operation states only real changes. Where
        // identity follows from the type, it moves with a type change (SQLite: bigint key -> integer rowid).
        boolean identityMoves =
                dialect.comparesIdentity() ? !sameIdentity : !sameType && target.identity() != current.identity();
        ColumnState from = new ColumnState(
                sameType ? target.type() : current.type(),
                current.nullable(),
                sameDefault ? target.serverDefault() : current.serverDefault(),
                sameComment ? target.comment() : current.comment(),
                identityMoves ? current.identity() : target.identity());
        Conversion conversion = sameType ? null : conversion(from, target.state(), checks(table, current));
        plan.add(
                PlanBuilder.Phase.ALTER_COLUMNS,
                new AlterColumnOp(table.name(), current.name(), from, target.state(), conversion));
    }

    /**
     * What the type change does to stored values, both ways: an enum column's values map through the enum's constants
     * ({@link EnumConversions}); any other change is classed by the dialect.
     */
    private Conversion conversion(ColumnState from, ColumnState to, List<String> checks) {
        // what the column's own check says its values are: a value list (by name) or an ordinal range
        List<String> names = checks.stream()
                .map(CheckWidening::listedValues)
                .filter(v -> v != null)
                .findFirst()
                .orElse(null);
        long[] range = checks.stream()
                .map(CheckWidening::range)
                .filter(r -> r != null)
                .findFirst()
                .orElse(null);
        ColumnType old = names != null
                        && from.type().kind() != TypeKind.ENUM
                        && from.type().values().isEmpty()
                ? ColumnType.enumOf(names)
                : from.type();
        ValueMapping mapping = EnumConversions.mapping(old, to.type(), range == null ? null : range[1]);
        ConversionClass forward;
        ConversionClass backward;
        if (mapping != null) {
            boolean known = names != null || range != null && range[0] >= 0;
            forward = EnumConversions.classify(mapping, old, to.nullable(), known);
            ValueMapping back = mapping.reverse();
            backward = back == null
                    ? dialect.classifyConversion(to.type(), from.type())
                    : EnumConversions.classify(back, to.type(), from.nullable(), false);
        } else {
            forward = dialect.classifyConversion(from.type(), to.type());
            backward = dialect.classifyConversion(to.type(), from.type());
        }
        boolean portable = forward.safety() == portableClass(from, to) && backward.safety() == portableClass(to, from);
        // an operation that the portable rule classes the same way needs nothing more (and reads back the same)
        return mapping == null && portable
                ? null
                : new Conversion(mapping, forward.safety(), forward.note(), backward.safety(), backward.note());
    }

    private static dev.autogen.core.ops.Safety portableClass(ColumnState from, ColumnState to) {
        return new AlterColumnOp("t", "c", from, to).typeSafety();
    }
}
