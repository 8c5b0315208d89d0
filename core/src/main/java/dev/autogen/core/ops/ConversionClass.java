package dev.autogen.core.ops;

import java.util.Objects;

/**
 * What converting stored values from one column type to another does on one database: keeps them ({@link Safety#SAFE}),
 * fails for those that do not fit ({@link Safety#DATA_DEPENDENT}), or succeeds while changing some
 * ({@link Safety#DESTRUCTIVE}: rounding, truncation, a time zone applied).
 *
 * @param safety the class
 * @param note what happens to values, in words ({@code rounds fractions to whole numbers}), or null when safe
 */
public record ConversionClass(Safety safety, String note) {
    public ConversionClass {
        Objects.requireNonNull(safety, "safety");
    }

    public static final ConversionClass SAFE = new ConversionClass(Safety.SAFE, null);

    public static ConversionClass failsIf(String note) {
        return new ConversionClass(Safety.DATA_DEPENDENT, note);
    }

    public static ConversionClass changes(String note) {
        return new ConversionClass(Safety.DESTRUCTIVE, note);
    }
}
