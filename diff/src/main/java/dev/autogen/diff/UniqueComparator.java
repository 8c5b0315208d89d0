package dev.autogen.diff;

import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.DropUniqueOp;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Unique constraints, matched by their columns: databases name unnamed ones themselves ({@code users_email_key}),
 * so a name says less than the columns do.
 */
final class UniqueComparator {
    private final NameKeys names;
    private final PlanBuilder plan;

    UniqueComparator(NameKeys names, PlanBuilder plan) {
        this.names = names;
        this.plan = plan;
    }

    void compare(Table target, Table current) {
        Set<List<String>> currentKeys = keys(current.uniqueConstraints());
        Set<List<String>> targetKeys = keys(target.uniqueConstraints());
        for (UniqueConstraint unique : current.uniqueConstraints()) {
            if (!targetKeys.contains(names.keys(unique.columns()))) {
                plan.add(PlanBuilder.Phase.DROP_UNIQUES, new DropUniqueOp(current.name(), unique));
            }
        }
        for (UniqueConstraint unique : target.uniqueConstraints()) {
            if (!currentKeys.contains(names.keys(unique.columns()))) {
                plan.add(PlanBuilder.Phase.ADD_UNIQUES, new AddUniqueOp(current.name(), unique));
            }
        }
    }

    private Set<List<String>> keys(List<UniqueConstraint> uniques) {
        return uniques.stream().map(u -> names.keys(u.columns())).collect(Collectors.toSet());
    }
}
