/**
 * H2 2.x behind Autogen's {@link dev.autogen.core.database.Database} interface
 * ({@link dev.autogen.databases.h2.H2Database}): {@link dev.autogen.databases.h2.H2Dialect}, its DDL, the catalog
 * lookups that resolve names H2 chose itself, the migration lock, the live catalog read with the project's own queries
 * on H2's {@code INFORMATION_SCHEMA} from {@code .sql} resources next to this package (SchemaCrawler read it until
 * measured: README, "Performance"), and the scratch database.
 */
package dev.autogen.databases.h2;
