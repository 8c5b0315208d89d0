package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.DropCheckOp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Check constraints. Two named checks match by name; otherwise (Hibernate leaves its enum, discriminator and
 * {@code @Check} constraints unnamed, and the database names them) a check matches one with the same condition, as
 * {@link SchemaDialect#normalizeCheck} compares conditions. A named check whose condition changed is dropped and added
 * again. A check added to an existing table gets the name PostgreSQL would give it ({@code orders_status_check},
 * {@code orders_check} when it uses several columns), so that the migration's downgrade can drop it by name.
 */
final class CheckComparator {

    /** PostgreSQL's identifier length (NAMEDATALEN - 1); names stay within it everywhere. */
    private static final int MAX_NAME = 63;

    private final Names names;
    private final SchemaDialect dialect;
    private final PlanBuilder plan;

    CheckComparator(Names names, SchemaDialect dialect, PlanBuilder plan) {
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
            CheckConstraint byName = wanted.name() == null ? null
                    : take(unmatchedCurrent, c -> c.name() != null && names.same(c.name(), wanted.name()));
            if (byName == null) {
                unmatchedTarget.add(wanted);
            } else if (!sameCondition(wanted, byName)) {
                drops.add(byName);
                adds.add(wanted);
            }
        }
        for (CheckConstraint wanted : unmatchedTarget) {
            CheckConstraint same = take(unmatchedCurrent,
                    c -> (wanted.name() == null || c.name() == null) && sameCondition(wanted, c));
            if (same == null) {
                adds.add(wanted);
            }
        }
        drops.addAll(unmatchedCurrent);

        Set<String> taken = new HashSet<>();
        current.checks().stream().filter(c -> c.name() != null && !drops.contains(c)).forEach(c -> taken.add(names.key(c.name())));
        adds.stream().filter(c -> c.name() != null).forEach(c -> taken.add(names.key(c.name())));
        for (CheckConstraint check : drops) {
            plan.add(PlanBuilder.Phase.DROP_CHECKS, new DropCheckOp(current.name(), check));
        }
        for (CheckConstraint check : adds) {
            CheckConstraint named = check.name() != null ? check
                    : new CheckConstraint(defaultName(current, check, taken), check.expression());
            boolean widens = drops.stream().anyMatch(d -> CheckWidening.widens(
                    dialect.normalizeCheck(d.expression()), dialect.normalizeCheck(check.expression())));
            plan.add(PlanBuilder.Phase.ADD_CHECKS, new AddCheckOp(current.name(), named, widens));
        }
    }

    private boolean sameCondition(CheckConstraint a, CheckConstraint b) {
        return Objects.equals(dialect.normalizeCheck(a.expression()), dialect.normalizeCheck(b.expression()));
    }

    /** {@code <table>_<column>_check} when the condition uses one column of the table, else {@code <table>_check}. */
    private String defaultName(Table table, CheckConstraint check, Set<String> taken) {
        List<String> used = SqlNames.mentioned(check.expression(), dialect).stream()
                .flatMap(n -> table.columns().stream().filter(c -> names.same(c.name(), n)).map(c -> c.name()))
                .distinct()
                .toList();
        String label = used.size() == 1 ? used.get(0) + "_check" : "check";
        String name = fit(table.name(), label);
        for (int n = 1; taken.contains(names.key(name)); n++) {
            name = fit(table.name(), label + n);
        }
        taken.add(names.key(name));
        return name;
    }

    private static String fit(String table, String label) {
        String name = table + "_" + label;
        return name.length() <= MAX_NAME ? name : table.substring(0, Math.max(1, MAX_NAME - label.length() - 1)) + "_" + label;
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
