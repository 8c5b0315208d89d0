package dev.autogen.diff;

import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.DropForeignKeyOp;
import java.util.Map;

/**
 * Foreign keys, matched by what they connect (columns, referenced table and columns); one whose ON DELETE or ON UPDATE
 * rule changed (as the dialect compares rules) is dropped and re-added.
 */
final class ForeignKeyComparator {
    private final NameKeys names;
    private final PlanBuilder plan;

    ForeignKeyComparator(NameKeys names, PlanBuilder plan) {
        this.names = names;
        this.plan = plan;
    }

    void compare(Table target, Table current) {
        Map<String, ForeignKey> currentKeys = names.index(current.foreignKeys(), this::signature);
        Map<String, ForeignKey> targetKeys = names.index(target.foreignKeys(), this::signature);
        for (ForeignKey fk : current.foreignKeys()) {
            ForeignKey wanted = targetKeys.get(names.key(signature(fk)));
            if (wanted == null || !sameRules(wanted, fk)) {
                plan.add(PlanBuilder.Phase.DROP_FOREIGN_KEYS, new DropForeignKeyOp(current.name(), fk));
            }
        }
        for (ForeignKey fk : target.foreignKeys()) {
            ForeignKey existing = currentKeys.get(names.key(signature(fk)));
            if (existing == null || !sameRules(fk, existing)) {
                plan.add(PlanBuilder.Phase.ADD_FOREIGN_KEYS, new AddForeignKeyOp(current.name(), fk));
            }
        }
    }

    private String signature(ForeignKey fk) {
        return String.join(",", names.keys(fk.columns())) + "->" + names.key(fk.referencedTable()) + "("
                + String.join(",", names.keys(fk.referencedColumns())) + ")";
    }

    private boolean sameRules(ForeignKey a, ForeignKey b) {
        return names.sameAction(a.onDelete(), b.onDelete()) && names.sameAction(a.onUpdate(), b.onUpdate());
    }
}
