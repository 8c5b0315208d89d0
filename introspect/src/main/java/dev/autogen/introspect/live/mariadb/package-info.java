/**
 * MariaDB's and MySQL's live catalog, read with the project's own {@code information_schema} SQL from {@code .sql}
 * resources next to this package: one query per kind of object over the whole database.
 */
package dev.autogen.introspect.live.mariadb;
