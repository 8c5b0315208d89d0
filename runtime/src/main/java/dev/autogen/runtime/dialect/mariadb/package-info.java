/**
 * MariaDB and MySQL: {@link dev.autogen.runtime.dialect.mariadb.MariaDbDialect} (one dialect family, two instances),
 * its DDL, the migration lock ({@code GET_LOCK}) and what the DDL reads from a live database.
 */
package dev.autogen.runtime.dialect.mariadb;
