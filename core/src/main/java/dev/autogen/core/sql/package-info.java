/**
 * SQL text: literals, comments and quoted names skipped as each database writes them
 * ({@link dev.autogen.core.sql.SqlText}), and the control characters no identifier or literal may carry.
 */
package dev.autogen.core.sql;
