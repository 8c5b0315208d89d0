/**
 * PostgreSQL's live catalog, read through SchemaCrawler (core only, no database plugin) with the project's own catalog
 * SQL from {@code .sql} resources next to this package: primary keys, foreign keys and indexes from the data
 * dictionary, unique constraints as table constraints, and full column types, identity and defaults as additional
 * column attributes. No SchemaCrawler type leaves this package.
 */
package dev.autogen.introspect.live.postgresql;
