package dev.autogen.databases.postgresql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The catalog queries in {@code dev/autogen/databases/postgresql/*.sql}. */
final class PostgresCatalogSql {

    static final String CURRENT_SCHEMA = load("current-schema.sql");
    static final String SCHEMA = load("schema.sql");
    static final String CHECK_CONSTRAINTS = load("check-constraints.sql");
    static final String TABLE_COMMENTS = load("table-comments.sql");
    static final String SEQUENCES = load("sequences.sql");
    static final String TABLES = load("tables.sql");
    static final String COLUMNS = load("columns.sql");
    static final String KEY_CONSTRAINTS = load("key-constraints.sql");
    static final String TABLE_INDEXES = load("table-indexes.sql");
    static final String TABLE_FOREIGN_KEYS = load("table-foreign-keys.sql");

    private static final String SCHEMA_OID = "{{schemaOid}}";

    private PostgresCatalogSql() {}

    /** {@code sql} limited to the schema with this oid (a number, so nothing can be injected). */
    static String forSchema(String sql, long schemaOid) {
        if (!sql.contains(SCHEMA_OID)) {
            throw new IllegalStateException("catalog query has no " + SCHEMA_OID + " placeholder");
        }
        return sql.replace(SCHEMA_OID, Long.toString(schemaOid));
    }

    /** The query in resource {@code name} next to this class. */
    static String load(String name) {
        try (InputStream in = PostgresCatalogSql.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing resource " + name + " next to " + PostgresCatalogSql.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
