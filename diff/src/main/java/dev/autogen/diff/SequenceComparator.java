package dev.autogen.diff;

import dev.autogen.core.model.Sequence;
import dev.autogen.core.ops.AlterSequenceOp;
import dev.autogen.core.ops.CreateSequenceOp;
import dev.autogen.core.ops.DropSequenceOp;
import java.util.List;
import java.util.Map;

/**
 * Sequences (Hibernate's {@code @SequenceGenerator} on databases that have them), matched by name: created, dropped,
 * or altered when the start value, the increment or (where both sides state it) the cache changed. Sequences behind identity and serial columns are not
 * reported by the readers and so never show up here.
 */
final class SequenceComparator {
    private final NameKeys names;
    private final PlanBuilder plan;

    SequenceComparator(NameKeys names, PlanBuilder plan) {
        this.names = names;
        this.plan = plan;
    }

    void compare(List<Sequence> target, List<Sequence> current) {
        Map<String, Sequence> currentByKey = names.index(current, Sequence::name);
        Map<String, Sequence> targetByKey = names.index(target, Sequence::name);
        for (Sequence wanted : target) {
            Sequence existing = currentByKey.get(names.key(wanted.name()));
            if (existing == null) {
                plan.add(PlanBuilder.Phase.CREATE_SEQUENCES, new CreateSequenceOp(wanted));
            } else if (existing.start() != wanted.start()
                    || existing.increment() != wanted.increment()
                    || (existing.cache() != null
                            && wanted.cache() != null
                            && !existing.cache().equals(wanted.cache()))) {
                Long cache = wanted.cache() != null ? wanted.cache() : existing.cache();
                plan.add(
                        PlanBuilder.Phase.ALTER_SEQUENCES,
                        new AlterSequenceOp(
                                existing, new Sequence(existing.name(), wanted.start(), wanted.increment(), cache)));
            }
        }
        for (Sequence existing : current) {
            if (!targetByKey.containsKey(names.key(existing.name()))) {
                plan.add(PlanBuilder.Phase.DROP_SEQUENCES, new DropSequenceOp(existing));
            }
        }
    }
}
