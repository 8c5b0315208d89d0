/**
 * What can go wrong while loading, ordering or running migrations. Every type extends
 * {@link dev.autogen.runtime.internal.migration.error.MigrationException}, and every message is one line that says what
 * happened and what to do about it, so a command-line tool can print {@code getMessage()} as it is.
 */
package dev.autogen.runtime.internal.migration.error;
