package dev.autogen.engine.lint;

import dev.autogen.runtime.internal.migration.error.MigrationException;

/**
 * A migration cannot be linted: its {@code upgrade()} failed while its operations were recorded. A
 * {@link MigrationException} (not an engine one, which would tie this package and the engine's in a cycle), so callers
 * report it as one line as they do a migration that does not compile.
 */
public final class LintException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public LintException(String message, Throwable cause) {
        super(message, cause);
    }
}
