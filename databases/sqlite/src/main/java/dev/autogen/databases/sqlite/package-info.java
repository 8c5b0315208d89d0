/**
 * SQLite behind Autogen's {@link dev.autogen.core.database.Database} interface
 * ({@link dev.autogen.databases.sqlite.SqliteDatabase}): its dialect, the table rebuild that stands in for the
 * {@code ALTER TABLE} SQLite lacks, and {@link dev.autogen.databases.sqlite.SqliteSchemaReader}, which reads a live
 * database into the core model through PRAGMAs and the stored {@code CREATE TABLE} text, for the DDL and for comparison
 * alike. Also the scratch database.
 */
package dev.autogen.databases.sqlite;
