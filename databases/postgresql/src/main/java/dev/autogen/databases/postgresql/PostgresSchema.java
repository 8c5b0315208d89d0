package dev.autogen.databases.postgresql;

/** The schema being read: its oid, which the catalog queries are limited to, and its name. */
record PostgresSchema(long oid, String name) {

    /** {@code sql} limited to this schema. */
    String limit(String sql) {
        return PostgresCatalogSql.forSchema(sql, oid);
    }
}
