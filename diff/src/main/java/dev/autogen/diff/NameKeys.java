package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.ReferentialAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Name matching the way the database compares names. */
final class NameKeys {
    private final SchemaDialect dialect;
    private final String defaultSchema;

    NameKeys(SchemaDialect dialect) {
        this(dialect, null);
    }

    /** @param defaultSchema the schema unqualified names are in, or null when every table is in one schema */
    NameKeys(SchemaDialect dialect, String defaultSchema) {
        this.dialect = dialect;
        this.defaultSchema = defaultSchema;
    }

    String key(String name) {
        return name == null ? null : dialect.nameKey(name);
    }

    /**
     * The key of the table a foreign key of {@code table} references, named as tables are: a reference is in its
     * table's schema unless it names its own ({@code customer} from {@code sales.orders} is {@code sales.customer}), and
     * a table of the default schema is named without it.
     */
    String referencedKey(String table, ForeignKey fk) {
        QualifiedName referenced = QualifiedName.parse(fk.referencedTable());
        String schema = referenced.schema() != null
                ? referenced.schema()
                : QualifiedName.parse(table).schema();
        if (schema != null && defaultSchema != null && key(schema).equals(key(defaultSchema))) {
            schema = null;
        }
        return key(QualifiedName.of(schema, referenced.name()));
    }

    List<String> keys(List<String> names) {
        return names.stream().map(this::key).toList();
    }

    /** Whether two foreign key rules are the same on this database ({@code RESTRICT} is {@code NO ACTION} on MySQL). */
    boolean sameAction(ReferentialAction a, ReferentialAction b) {
        return dialect.canonicalAction(a) == dialect.canonicalAction(b);
    }

    boolean same(String a, String b) {
        return key(a).equals(key(b));
    }

    /** Items indexed by the key of the name {@code nameOf} gives, in their original order. */
    <T> Map<String, T> index(List<T> items, Function<T, String> nameOf) {
        Map<String, T> byKey = new LinkedHashMap<>();
        for (T item : items) {
            byKey.putIfAbsent(key(nameOf.apply(item)), item);
        }
        return byKey;
    }
}
