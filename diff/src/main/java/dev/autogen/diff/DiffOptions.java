package dev.autogen.diff;

import java.util.function.Predicate;

/**
 * What the comparison looks at.
 *
 * @param includeTable tables (by name as stored) the plan may create, change or drop; others are left alone
 */
public record DiffOptions(Predicate<String> includeTable) {

    public DiffOptions {
        includeTable = includeTable == null ? name -> true : includeTable;
    }

    public static DiffOptions defaults() {
        return new DiffOptions(null);
    }
}
