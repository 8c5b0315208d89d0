package dev.autogen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plans about N/10 perturbations, cycling through the kinds, each on its own table. */
final class Perturbations {

    private Perturbations() {}

    static List<Perturbation> plan(GeneratedModel model) {
        int count = Math.max(PerturbationKind.values().length, model.size() / 10);
        List<Perturbation> plan = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            PerturbationKind kind = PerturbationKind.values()[k % PerturbationKind.values().length];
            TableShape t = model.tables().get((k * 10 + 3) % model.size());
            String table = t.name();
            plan.add(
                    switch (kind) {
                        case DROPPED_COLUMN ->
                            new Perturbation(kind, table, "title", "ALTER TABLE " + table + " DROP COLUMN title");
                        case EXTRA_COLUMN ->
                            new Perturbation(
                                    kind,
                                    table,
                                    "legacy_note",
                                    "ALTER TABLE " + table + " ADD COLUMN legacy_note text");
                        case DROPPED_INDEX ->
                            new Perturbation(
                                    kind,
                                    table,
                                    t.indexes().get(0),
                                    "DROP INDEX " + t.indexes().get(0));
                        case NULLABILITY ->
                            new Perturbation(
                                    kind,
                                    table,
                                    "quantity",
                                    "ALTER TABLE " + table + " ALTER COLUMN quantity DROP NOT NULL");
                        case VARCHAR_LENGTH ->
                            new Perturbation(
                                    kind,
                                    table,
                                    "code",
                                    "ALTER TABLE " + table + " ALTER COLUMN code TYPE varchar(80)");
                        case EXTRA_TABLE -> {
                            String extra = String.format(Locale.ROOT, "legacy_%04d", k);
                            yield new Perturbation(
                                    kind,
                                    extra,
                                    null,
                                    "CREATE TABLE " + extra + " (id bigint PRIMARY KEY, note varchar(100))");
                        }
                    });
        }
        return plan;
    }
}
