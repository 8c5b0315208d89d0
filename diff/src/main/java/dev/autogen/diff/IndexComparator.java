package dev.autogen.diff;

import dev.autogen.core.model.Index;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.DropIndexOp;
import java.util.Map;

/** Indexes, matched by name; one whose columns, sort order or uniqueness changed is dropped and re-created. */
final class IndexComparator {
    private final NameKeys names;
    private final PlanBuilder plan;

    IndexComparator(NameKeys names, PlanBuilder plan) {
        this.names = names;
        this.plan = plan;
    }

    void compare(Table target, Table current) {
        Map<String, Index> currentIndexes = names.index(current.indexes(), Index::name);
        Map<String, Index> targetIndexes = names.index(target.indexes(), Index::name);
        for (Index index : current.indexes()) {
            Index wanted = targetIndexes.get(names.key(index.name()));
            if (wanted == null || !same(wanted, index)) {
                plan.add(PlanBuilder.Phase.DROP_INDEXES, new DropIndexOp(current.name(), index));
            }
        }
        for (Index index : target.indexes()) {
            Index existing = currentIndexes.get(names.key(index.name()));
            if (existing == null || !same(index, existing)) {
                plan.add(PlanBuilder.Phase.CREATE_INDEXES, new CreateIndexOp(current.name(), index));
            }
        }
    }

    /** Same uniqueness, columns and sort order (every database reports a DESC column in its catalog). */
    private boolean same(Index a, Index b) {
        return a.unique() == b.unique()
                && names.keys(a.columns()).equals(names.keys(b.columns()))
                && new java.util.HashSet<>(names.keys(a.descending()))
                        .equals(new java.util.HashSet<>(names.keys(b.descending())));
    }
}
