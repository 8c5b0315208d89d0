package dev.autogen.databases.h2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The catalog queries in {@code dev/autogen/databases/h2/*.sql}. */
final class H2CatalogSql {

    static final String CURRENT_SCHEMA = load("current-schema.sql");
    static final String SCHEMA = load("schema.sql");
    static final String PRIMARY_KEYS = load("primary-keys.sql");
    static final String FOREIGN_KEY_COLUMNS = load("foreign-key-columns.sql");
    static final String REFERENTIAL_CONSTRAINTS = load("referential-constraints.sql");
    /** Not limited to a schema: a foreign key may reference a table of another one. */
    static final String KEY_COLUMNS = load("key-columns.sql");

    static final String INDEXES = load("indexes.sql");
    static final String TABLE_CONSTRAINTS = load("table-constraints.sql");
    static final String CONSTRAINT_COLUMNS = load("constraint-columns.sql");
    static final String CHECK_CONSTRAINTS = load("check-constraints.sql");
    static final String TABLE_ATTRIBUTES = load("table-attributes.sql");
    static final String COLUMN_ATTRIBUTES = load("column-attributes.sql");
    static final String SEQUENCES = load("sequences.sql");

    private static final String SCHEMA_NAME = "{{schema}}";

    private H2CatalogSql() {}

    /** {@code sql} limited to this schema, whose name goes in as a string literal (quotes doubled). */
    static String forSchema(String sql, String schema) {
        if (!sql.contains(SCHEMA_NAME)) {
            throw new IllegalStateException("catalog query has no " + SCHEMA_NAME + " placeholder");
        }
        return sql.replace(SCHEMA_NAME, "'" + schema.replace("'", "''") + "'");
    }

    private static String load(String name) {
        try (InputStream in = H2CatalogSql.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing resource " + name + " next to " + H2CatalogSql.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
