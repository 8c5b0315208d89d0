/**
 * Running migrations, the counterpart of Alembic's {@code command} module: {@link dev.autogen.runtime.internal.migration.Migrator}
 * is the entry point for the command line and for applications (upgrade, downgrade, current, history, heads), and
 * {@link dev.autogen.runtime.internal.migration.MigrationRunner} applies the steps on one connection, each migration in its own
 * transaction together with its version-table update where the database has transactional DDL, holding the dialect's
 * migration lock so that concurrent runners never apply a migration twice. {@link
 * dev.autogen.runtime.internal.migration.OfflineRunner} writes the same steps as a SQL script without a database
 * ({@code --sql}). Nothing here prints; progress is reported to a
 * {@link dev.autogen.runtime.internal.migration.MigrationListener}.
 *
 * <p>Sub-packages: {@code load} (finding and compiling migration sources), {@code graph} (the revision graph and
 * targets), {@code version} (the {@code autogen_version} table) and {@code error} (the exceptions, each with a
 * one-line message that says what to do).
 */
package dev.autogen.runtime.internal.migration;
