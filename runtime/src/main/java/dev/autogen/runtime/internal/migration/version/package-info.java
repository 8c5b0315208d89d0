/**
 * The version table ({@code autogen_version}, one {@code version_num} row per applied head, like Alembic's
 * {@code alembic_version}): created when missing, read, and updated with each migration step. Plain JDBC with
 * portable SQL only.
 */
package dev.autogen.runtime.internal.migration.version;
