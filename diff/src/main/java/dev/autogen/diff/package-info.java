/**
 * Compares a target schema (from entities) with the current one (from the database) into an ordered, reversible
 * {@link dev.autogen.core.ops.MigrationPlan}. Pure: no JDBC, no Hibernate. One small comparator per object kind;
 * {@link dev.autogen.diff.SchemaDiff} orders their findings so that every step is valid when it runs, in both
 * directions.
 */
package dev.autogen.diff;
