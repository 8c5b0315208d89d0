/**
 * The database plugin interface: {@link dev.autogen.core.database.Database}, one implementation per database module
 * ({@code databases/*}), found by {@link dev.autogen.core.database.Databases} with {@link java.util.ServiceLoader}, and
 * what it hands out: the {@link dev.autogen.core.database.Dialect} (SQL, types, DDL, session, lock), the
 * {@link dev.autogen.core.database.CatalogReader} and the {@link dev.autogen.core.database.ScratchSpace}.
 */
package dev.autogen.core.database;
