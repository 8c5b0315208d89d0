package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.DropCheckOp;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Check constraints. Two named checks match by name; otherwise (Hibernate leaves its enum, discriminator and
 * {@code @Check} constraints unnamed, and the database names them) a check matches one with the same condition, as
 * {@link SchemaDialect#normalizeCheck} compares conditions. A named check whose condition changed is dropped and added
 * again. An unnamed check stays unnamed when added to an existing table, as Hibernate's export leaves it: the database
 * names it, and dropping it (the migration's downgrade) finds that name in the catalog by the condition.
 */
final class CheckComparator {

    private final NameKeys names;
    private final SchemaDialect dialect;
    private final PlanBuilder plan;

    CheckComparator(NameKeys names, SchemaDialect dialect, PlanBuilder plan) {
        this.names = names;
        this.dialect = dialect;
        this.plan = plan;
    }

    void compare(Table target, Table current) {
        List<CheckConstraint> unmatchedCurrent = new ArrayList<>(current.checks());
        List<CheckConstraint> unmatchedTarget = new ArrayList<>();
        List<CheckConstraint> drops = new ArrayList<>();
        List<CheckConstraint> adds = new ArrayList<>();
        for (CheckConstraint wanted : target.checks()) {
            CheckConstraint byName = wanted.name() == null
                    ? null
                    : take(unmatchedCurrent, c -> c.name() != null && names.same(c.name(), wanted.name()));
            if (byName == null) {
                unmatchedTarget.add(wanted);
            } else if (!sameCondition(wanted, byName)) {
                drops.add(byName);
                adds.add(wanted);
            }
        }
        for (CheckConstraint wanted : unmatchedTarget) {
            CheckConstraint same = take(
                    unmatchedCurrent, c -> (wanted.name() == null || c.name() == null) && sameCondition(wanted, c));
            if (same == null) {
                adds.add(wanted);
            }
        }
        drops.addAll(unmatchedCurrent);

        for (CheckConstraint check : drops) {
            plan.add(PlanBuilder.Phase.DROP_CHECKS, new DropCheckOp(current.name(), entitySide(check, target)));
        }
        for (CheckConstraint check : adds) {
            boolean widens = drops.stream()
                    .anyMatch(d -> CheckWidening.widens(
                            dialect.normalizeCheck(d.expression()), dialect.normalizeCheck(check.expression())));
            plan.add(PlanBuilder.Phase.ADD_CHECKS, new AddCheckOp(current.name(), check, widens));
        }
    }

    /**
     * A dropped check as the migration writes it (its downgrade re-creates it from this): with the condition of the
     * entities' check that has the same one, else as the dialect writes the catalog's text portably
     * ({@link SchemaDialect#portableCheck}), never {@code 'A'::character varying} or backticks where avoidable.
     */
    private CheckConstraint entitySide(CheckConstraint dropped, Table target) {
        String expression = target.checks().stream()
                .filter(c -> sameCondition(c, dropped))
                .map(CheckConstraint::expression)
                .findFirst()
                .orElseGet(() -> dialect.portableCheck(dropped.expression()));
        return new CheckConstraint(dropped.name(), expression, dropped.column());
    }

    private boolean sameCondition(CheckConstraint a, CheckConstraint b) {
        return Objects.equals(dialect.normalizeCheck(a.expression()), dialect.normalizeCheck(b.expression()));
    }

    private static <T> T take(List<T> items, Predicate<T> matches) {
        for (int i = 0; i < items.size(); i++) {
            if (matches.test(items.get(i))) {
                return items.remove(i);
            }
        }
        return null;
    }
}
