package dev.autogen.databases.mariadb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The catalog queries in {@code dev/autogen/databases/mariadb/*.sql}; some have a MySQL variant. */
final class MariaDbCatalogSql {

    static final String DATABASE = load("database.sql");
    static final String PRIMARY_KEYS = load("primary-keys.sql");
    static final String FOREIGN_KEYS = load("foreign-keys.sql");
    static final String INDEXES = load("indexes.sql");
    static final String UNIQUE_CONSTRAINT_COLUMNS = load("unique-constraint-columns.sql");
    static final String TABLES = load("tables.sql");
    private static final String COLUMN_ATTRIBUTES = load("column-attributes.sql");
    private static final String COLUMN_ATTRIBUTES_MYSQL = load("column-attributes-mysql.sql");
    private static final String CHECK_CONSTRAINTS = load("check-constraints.sql");
    private static final String CHECK_CONSTRAINTS_MYSQL = load("check-constraints-mysql.sql");

    private static final String DATABASE_NAME = "{{database}}";

    private MariaDbCatalogSql() {}

    static String columnAttributes(boolean mysql) {
        return mysql ? COLUMN_ATTRIBUTES_MYSQL : COLUMN_ATTRIBUTES;
    }

    static String checkConstraints(boolean mysql) {
        return mysql ? CHECK_CONSTRAINTS_MYSQL : CHECK_CONSTRAINTS;
    }

    /**
     * {@code sql} limited to one database: the placeholder becomes the name as a hexadecimal string
     * ({@code CONVERT(X'617070a' USING utf8mb4)}), so no name can change the query.
     */
    static String forDatabase(String sql, String database) {
        if (!sql.contains(DATABASE_NAME)) {
            throw new IllegalStateException("catalog query has no " + DATABASE_NAME + " placeholder");
        }
        String hex = HexFormat.of().formatHex(database.getBytes(StandardCharsets.UTF_8));
        return sql.replace(DATABASE_NAME, "CONVERT(X'" + hex + "' USING utf8mb4)");
    }

    private static String load(String name) {
        try (InputStream in = MariaDbCatalogSql.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "missing resource " + name + " next to " + MariaDbCatalogSql.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
