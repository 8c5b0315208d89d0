/**
 * Reads a live database schema into a core {@link dev.autogen.core.model.SchemaSnapshot}:
 * {@link dev.autogen.introspect.live.LiveReader} picks the {@link dev.autogen.introspect.live.CatalogReader} registered
 * for the dialect's name, so generic code never asks which database it talks to. Each database's reader lives in its
 * own sub-package (PostgreSQL, MariaDB and MySQL with the project's own catalog SQL, H2 through SchemaCrawler with
 * its own foreign key queries, SQLite through PRAGMAs).
 */
package dev.autogen.introspect.live;
