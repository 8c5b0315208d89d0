package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.ReferentialAction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Name matching the way the database compares names. */
final class Names {
    private final SchemaDialect dialect;

    Names(SchemaDialect dialect) {
        this.dialect = dialect;
    }

    String key(String name) {
        return name == null ? null : dialect.nameKey(name);
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
