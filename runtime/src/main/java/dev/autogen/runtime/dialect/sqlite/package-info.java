/**
 * SQLite: its dialect and {@link dev.autogen.runtime.dialect.sqlite.SqliteSchemaReader}, which reads a live database
 * into the core model through PRAGMAs and the stored {@code CREATE TABLE} text.
 */
package dev.autogen.runtime.dialect.sqlite;
