/**
 * Reads a live database schema into a core {@link dev.autogen.core.model.SchemaSnapshot}:
 * {@link dev.autogen.introspect.live.LiveReader} picks the {@link dev.autogen.core.database.CatalogReader} of the
 * database module on the class path for the dialect's name, so generic code never asks which database it talks to.
 * Each database's reader lives in its module ({@code databases/*}: PostgreSQL, MariaDB, MySQL and H2 with the
 * project's own bulk catalog SQL, SQLite through PRAGMAs). SchemaCrawler, which the design named, drives the same SQL in the tests only: measured on 2,000 tables it
 * made {@code check} slower by more than a tenth (README, "Performance"; {@code bench/readers.sh}).
 */
package dev.autogen.introspect.live;
