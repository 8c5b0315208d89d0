/**
 * MariaDB's and MySQL's live catalog, read through SchemaCrawler (core only, no database plugin) with the project's
 * own {@code information_schema} SQL from {@code .sql} resources next to this package. No SchemaCrawler type leaves
 * this package.
 */
package dev.autogen.introspect.live.mariadb;
