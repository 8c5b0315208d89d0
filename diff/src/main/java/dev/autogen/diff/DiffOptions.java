package dev.autogen.diff;

import java.util.function.Predicate;

/**
 * What the comparison looks at.
 *
 * @param includeTable tables (by name as stored) the plan may create, change or drop; others are left alone
 * @param defaultSchema the schema unqualified table names are in, when tables of other schemas take part
 *     ({@code sales.orders}, {@link dev.autogen.core.model.QualifiedName}): a foreign key that names a table with this
 *     schema ({@code public.customer}, from a table of another schema) references the unqualified table; null when
 *     every table is in one schema
 */
public record DiffOptions(Predicate<String> includeTable, String defaultSchema) {

    public DiffOptions {
        includeTable = includeTable == null ? name -> true : includeTable;
    }

    /** Tables of one schema. */
    public DiffOptions(Predicate<String> includeTable) {
        this(includeTable, null);
    }

    public static DiffOptions defaults() {
        return new DiffOptions(null);
    }

    /** These options with tables of several schemas, {@code schema} the one unqualified names are in. */
    public DiffOptions withDefaultSchema(String schema) {
        return new DiffOptions(includeTable, schema);
    }
}
