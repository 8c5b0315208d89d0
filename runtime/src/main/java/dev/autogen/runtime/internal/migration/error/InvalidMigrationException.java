package dev.autogen.runtime.internal.migration.error;

/**
 * A migration file or class breaks the rules: no migration class in a file, two in one file, no usable no-argument
 * constructor, an invalid revision id, or {@code @Revision} on a class that is not a migration.
 */
public final class InvalidMigrationException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public InvalidMigrationException(String message) {
        super(message);
    }

    public InvalidMigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
