package dev.autogen.cli.roundtrip;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema as sorted lines of what matters to an application: names as the database compares them, canonical types,
 * nullability, normalised defaults and generated expressions, comments, keys, uniques, indexes, foreign keys, check
 * conditions (normalised) and sequences. Names the database invents (primary-key, unique-constraint and check
 * names) are left out. Independent of the diff, so it checks the diff too.
 */
final class SchemaFingerprint {
    private SchemaFingerprint() {}

    static List<String> of(SchemaSnapshot snapshot, SchemaDialect d, boolean withForeignKeys) {
        List<String> lines = new ArrayList<>();
        for (Table t : snapshot.tables()) {
            String table = d.nameKey(t.name());
            for (Column c : t.columns()) {
                lines.add(table + " column " + d.nameKey(c.name()) + " " + d.canonicalColumnType(c)
                        + (c.nullable() ? " null" : " not null")
                        + (c.identity() ? " identity" : " default=" + d.normalizeDefault(c.serverDefault()))
                        + (c.generated() == null ? "" : " generated=" + d.normalizeCheck(c.generated()))
                        + (c.comment() == null ? "" : " comment=" + c.comment()));
            }
            if (t.comment() != null) {
                lines.add(table + " comment " + t.comment());
            }
            if (t.primaryKey() != null) {
                lines.add(table + " primary key " + keys(t.primaryKey().columns(), d));
            }
            for (UniqueConstraint u : t.uniqueConstraints()) {
                lines.add(table + " unique " + keys(u.columns(), d));
            }
            for (Index i : t.indexes()) {
                lines.add(table + " index " + d.nameKey(i.name()) + " " + keys(i.columns(), d)
                        + (i.unique() ? " unique" : ""));
            }
            for (CheckConstraint k : t.checks()) {
                lines.add(table + " check " + d.normalizeCheck(k.expression()));
            }
            if (withForeignKeys) {
                for (ForeignKey fk : t.foreignKeys()) {
                    lines.add(table + " foreign key " + fk.name() + " " + keys(fk.columns(), d) + " -> "
                            + d.nameKey(fk.referencedTable())
                            + keys(fk.referencedColumns(), d) + " on delete " + d.canonicalAction(fk.onDelete())
                            + " on update " + d.canonicalAction(fk.onUpdate()));
                }
            }
        }
        for (Sequence s : snapshot.sequences()) {
            lines.add(d.nameKey(s.name()) + " sequence start " + s.start() + " increment " + s.increment());
        }
        lines.sort(null);
        return lines;
    }

    private static List<String> keys(List<String> names, SchemaDialect d) {
        return names.stream().map(d::nameKey).toList();
    }
}
