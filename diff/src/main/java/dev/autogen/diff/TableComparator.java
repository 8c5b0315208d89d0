package dev.autogen.diff;

import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropForeignKeyOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.DropTableOp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * New and dropped tables. New tables are created in foreign-key order; a foreign key that closes a cycle is added
 * once all its tables exist. Dropped tables go in the opposite order, after their indexes and cycle-closing keys.
 */
final class TableComparator {
    private final NameKeys names;
    private final PlanBuilder plan;

    TableComparator(NameKeys names, PlanBuilder plan) {
        this.names = names;
        this.plan = plan;
    }

    void createTables(List<Table> newTables, Set<String> existingKeys) {
        for (Creation c : creationOrder(newTables, existingKeys)) {
            plan.add(PlanBuilder.Phase.CREATE_TABLES, new CreateTableOp(c.table()));
            for (Index index : c.indexes()) {
                plan.add(
                        PlanBuilder.Phase.CREATE_TABLES,
                        new CreateIndexOp(c.table().name(), index));
            }
            for (ForeignKey fk : c.deferred()) {
                plan.add(
                        PlanBuilder.Phase.ADD_FOREIGN_KEYS,
                        new AddForeignKeyOp(c.table().name(), fk));
            }
        }
    }

    /** Dropping is creating in reverse: the reverse of this part of the plan re-creates the tables as they were. */
    void dropTables(List<Table> droppedTables, Set<String> keptKeys) {
        List<Creation> order = creationOrder(droppedTables, keptKeys);
        for (Creation c : order) {
            for (ForeignKey fk : c.deferred()) {
                plan.add(
                        PlanBuilder.Phase.DROP_TABLE_CONSTRAINTS,
                        new DropForeignKeyOp(c.table().name(), fk));
            }
        }
        List<Creation> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        for (Creation c : reversed) {
            List<Index> indexes = new ArrayList<>(c.indexes());
            Collections.reverse(indexes);
            for (Index index : indexes) {
                plan.add(
                        PlanBuilder.Phase.DROP_TABLES, new DropIndexOp(c.table().name(), index));
            }
            plan.add(PlanBuilder.Phase.DROP_TABLES, new DropTableOp(c.table()));
        }
    }

    /**
     * A table as created: without its indexes (created separately, right after) and without the foreign keys that
     * reference a table not yet created (added once every table exists).
     */
    private record Creation(Table table, List<Index> indexes, List<ForeignKey> deferred) {}

    private List<Creation> creationOrder(List<Table> tables, Set<String> existingKeys) {
        List<Table> remaining = new ArrayList<>(tables);
        Set<String> created = new HashSet<>(existingKeys);
        Set<String> pending = new HashSet<>();
        remaining.forEach(t -> pending.add(names.key(t.name())));
        List<Creation> order = new ArrayList<>();
        while (!remaining.isEmpty()) {
            Table next = remaining.stream()
                    .filter(t -> t.foreignKeys().stream().allMatch(fk -> ready(t, fk, created, pending)))
                    .findFirst()
                    .orElse(remaining.get(0));
            remaining.remove(next);
            pending.remove(names.key(next.name()));
            List<ForeignKey> inline = new ArrayList<>();
            List<ForeignKey> deferred = new ArrayList<>();
            for (ForeignKey fk : next.foreignKeys()) {
                (ready(next, fk, created, pending) ? inline : deferred).add(fk);
            }
            created.add(names.key(next.name()));
            order.add(new Creation(next.withIndexes(List.of()).withForeignKeys(inline), next.indexes(), deferred));
        }
        return order;
    }

    /** Whether a foreign key can be declared when its table is created: its target exists or is outside this set. */
    private boolean ready(Table table, ForeignKey fk, Set<String> created, Set<String> pending) {
        String ref = names.referencedKey(table.name(), fk);
        return ref.equals(names.key(table.name())) || created.contains(ref) || !pending.contains(ref);
    }
}
