package dev.autogen.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Medians and maxima over repeated measurements. */
final class Stats {

    private Stats() {}

    static <T> double median(List<T> items, ToDoubleFunction<T> value) {
        double[] v = items.stream().mapToDouble(value).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static <T> double max(List<T> items, ToDoubleFunction<T> value) {
        return items.stream().mapToDouble(value).max().orElse(Double.NaN);
    }
}
