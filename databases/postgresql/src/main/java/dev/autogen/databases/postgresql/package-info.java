/**
 * PostgreSQL behind Autogen's {@link dev.autogen.core.database.Database} interface
 * ({@link dev.autogen.databases.postgresql.PostgresDatabase}): {@link dev.autogen.databases.postgresql.PostgresDialect}
 * and its DDL, the advisory lock, the live catalog read with the project's own catalog SQL from {@code .sql} resources
 * next to this package (one query per kind of object over the whole schema, so that thousands of tables cost a
 * handful of round trips), and the scratch schema.
 */
package dev.autogen.databases.postgresql;
