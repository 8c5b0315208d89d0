package dev.autogen.introspect.live;

import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.ReferentialAction;
import java.util.Comparator;
import java.util.List;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.Table;

/** Foreign keys as SchemaCrawler read them, in the model's terms, for the catalog readers that crawl. */
public final class CrawledKeys {

    private CrawledKeys() {}

    /** The table's foreign keys, columns in key order, sorted by name. */
    public static List<ForeignKey> foreignKeys(Table table) {
        return table.getImportedForeignKeys().stream()
                .map(fk -> {
                    List<ColumnReference> references = fk.getColumnReferences().stream()
                            .sorted(Comparator.comparingInt(ColumnReference::getKeySequence))
                            .toList();
                    return new ForeignKey(
                            fk.getName(),
                            references.stream().map(r -> r.getForeignKeyColumn().getName()).toList(),
                            CrawledNames.referencedTable(table, fk.getPrimaryKeyTable()),
                            references.stream().map(r -> r.getPrimaryKeyColumn().getName()).toList(),
                            action(fk.getDeleteRule()),
                            action(fk.getUpdateRule()));
                })
                .sorted(Comparator.comparing(ForeignKey::name))
                .toList();
    }

    /** A JDBC update or delete rule as the model's action; unknown rules are NO ACTION. */
    public static ReferentialAction action(ForeignKeyUpdateRule rule) {
        if (rule == null) {
            return ReferentialAction.NO_ACTION;
        }
        return switch (rule) {
            case cascade -> ReferentialAction.CASCADE;
            case setNull -> ReferentialAction.SET_NULL;
            case setDefault -> ReferentialAction.SET_DEFAULT;
            case restrict -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
