package dev.autogen.runtime.internal.migration.error;

/** The database connection cannot be opened or fails outside a migration step. */
public final class DatabaseConnectionException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public DatabaseConnectionException(String message, Throwable cause) {
        super(message + ": " + describe(cause), cause);
    }
}
