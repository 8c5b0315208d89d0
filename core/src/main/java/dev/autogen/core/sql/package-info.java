/**
 * SQL text: the one lexer every scanner of SQL text reads through ({@link dev.autogen.core.sql.SqlLexer}, under the
 * quoting rules each database's dialect hands out), helpers built on it ({@link dev.autogen.core.sql.SqlText}), and
 * the control characters no identifier or literal may carry.
 */
package dev.autogen.core.sql;
