/**
 * MariaDB and MySQL behind Autogen's {@link dev.autogen.core.database.Database} interface
 * ({@link dev.autogen.databases.mariadb.MariaDbDatabase}, {@link dev.autogen.databases.mariadb.MySqlDatabase}):
 * {@link dev.autogen.databases.mariadb.MariaDbDialect} (one dialect family, two instances), its DDL, the strict
 * session, the migration lock ({@code GET_LOCK}), what the DDL reads from a live database, the live catalog read with
 * the project's own {@code information_schema} SQL from {@code .sql} resources next to this package, and the scratch
 * database.
 */
package dev.autogen.databases.mariadb;
