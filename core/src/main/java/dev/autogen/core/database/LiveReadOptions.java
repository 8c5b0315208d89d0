package dev.autogen.core.database;

import dev.autogen.core.dialect.SchemaDialect;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What {@link LiveReader} reads.
 *
 * @param schema the schema to read, as the database stores its name; null for the connection's current schema
 *     (PostgreSQL {@code current_schema()}, SQLite {@code main}, H2 {@code CURRENT_SCHEMA})
 * @param versionTable the table the migration runner keeps its version in, never reported; null to report every table
 * @param tableFilter accepts the tables to report, by name as the database stores it
 */
public record LiveReadOptions(String schema, String versionTable, Predicate<String> tableFilter) {

    /** The runner's version table, skipped by default. */
    public static final String DEFAULT_VERSION_TABLE = "autogen_version";

    public LiveReadOptions {
        Objects.requireNonNull(tableFilter, "tableFilter");
        if (schema != null && schema.isBlank()) {
            schema = null;
        }
    }

    /** The current schema, every table except {@link #DEFAULT_VERSION_TABLE}. */
    public static LiveReadOptions defaults() {
        return new LiveReadOptions(null, DEFAULT_VERSION_TABLE, name -> true);
    }

    public LiveReadOptions withSchema(String newSchema) {
        return new LiveReadOptions(newSchema, versionTable, tableFilter);
    }

    public LiveReadOptions withVersionTable(String newVersionTable) {
        return new LiveReadOptions(schema, newVersionTable, tableFilter);
    }

    /** Reports only the tables that {@code filter} accepts (and that the current filter accepts too). */
    public LiveReadOptions withTableFilter(Predicate<String> filter) {
        Objects.requireNonNull(filter, "filter");
        return new LiveReadOptions(schema, versionTable, tableFilter.and(filter));
    }

    private static boolean same(String stored, String table, SchemaDialect dialect) {
        return dialect.nameKey(stored).equals(dialect.nameKey(dialect.foldIdentifier(table)));
    }

    /**
     * Whether table {@code name} (as the database stores it) is reported: not the version table nor the runner's
     * progress and history tables next to it, and accepted.
     */
    public boolean accepts(String name, SchemaDialect dialect) {
        if (versionTable != null
                && (same(name, versionTable, dialect)
                        || same(name, progressTableFor(versionTable), dialect)
                        || same(name, historyTableFor(versionTable), dialect))) {
            return false;
        }
        return tableFilter.test(name);
    }

    /**
     * The table next to a version table where a run records its progress statement by statement:
     * {@code autogen_version_progress}.
     */
    public static String progressTableFor(String versionTable) {
        return versionTable + "_progress";
    }

    /**
     * The table next to a version table where a run records each applied revision with its checksum:
     * {@code autogen_version_history}.
     */
    public static String historyTableFor(String versionTable) {
        return versionTable + "_history";
    }
}
