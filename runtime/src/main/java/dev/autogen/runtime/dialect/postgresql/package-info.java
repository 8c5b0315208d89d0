/** PostgreSQL: {@link dev.autogen.runtime.dialect.postgresql.PostgresDialect} and its DDL. */
package dev.autogen.runtime.dialect.postgresql;
