/**
 * Running migrations' operations: {@link dev.autogen.runtime.internal.exec.JdbcOperations} implements the
 * {@link dev.autogen.runtime.Operations} facade on a JDBC connection and a {@link dev.autogen.core.database.Dialect};
 * {@link dev.autogen.core.database.SqlSink} decides whether statements are executed or collected.
 */
package dev.autogen.runtime.internal.exec;
