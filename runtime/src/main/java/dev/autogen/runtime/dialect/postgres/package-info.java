/** PostgreSQL: {@link dev.autogen.runtime.dialect.postgres.PostgresDialect} and its DDL. */
package dev.autogen.runtime.dialect.postgres;
