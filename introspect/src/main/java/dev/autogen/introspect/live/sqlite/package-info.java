/** SQLite's live catalog: delegates to the runtime's PRAGMA-based {@link dev.autogen.runtime.dialect.sqlite.SqliteSchemaReader}. */
package dev.autogen.introspect.live.sqlite;
