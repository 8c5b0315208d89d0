/**
 * {@link dev.autogen.runtime.internal.dialect.Dialects}: the {@link dev.autogen.core.database.Dialect} for a name, a JDBC URL or
 * a connection, among the database modules on the class path. Generic code never asks which database it is talking to.
 */
package dev.autogen.runtime.internal.dialect;
