/**
 * H2's live catalog, read with the project's own queries on H2's {@code INFORMATION_SCHEMA} from {@code .sql} resources
 * next to this package, one per kind of object over the whole schema (SchemaCrawler read it until measured: README,
 * "Performance"): keys, indexes, unique and check constraints, foreign keys, sequences, and full column types,
 * identity, defaults, computed columns and comments. Also the scratch database.
 */
package dev.autogen.introspect.live.h2;
