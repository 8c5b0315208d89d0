package dev.autogen.core.ddl;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function that runs for every column on both sides of a comparison (type parsing,
 * canonical type text), where a schema of thousands of columns has a few dozen distinct inputs. Thread-safe, and
 * bounded: past {@value #LIMIT} entries results are computed but no longer kept.
 */
public final class Memo<K, V> {

    static final int LIMIT = 4096;

    private final Function<K, V> function;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    public Memo(Function<K, V> function) {
        this.function = Objects.requireNonNull(function, "function");
    }

    /** The function's result for {@code key}. */
    public V get(K key) {
        V value = values.get(key);
        if (value == null) {
            value = function.apply(key);
            if (value != null && values.size() < LIMIT) {
                values.put(key, value);
            }
        }
        return value;
    }
}
