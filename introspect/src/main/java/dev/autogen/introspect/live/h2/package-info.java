/**
 * H2's live catalog, read through SchemaCrawler (core only, no database plugin) with the project's own queries on
 * H2's {@code INFORMATION_SCHEMA} from {@code .sql} resources next to this package: keys, indexes, unique and check
 * constraints, sequences, and full column types, identity, defaults, computed columns and comments as additional
 * attributes. No SchemaCrawler type leaves this package.
 */
package dev.autogen.introspect.live.h2;
