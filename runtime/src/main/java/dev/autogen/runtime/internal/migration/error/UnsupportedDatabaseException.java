package dev.autogen.runtime.internal.migration.error;

/** No dialect matches the database a connection (or URL) leads to, or none was given where one is needed. */
public final class UnsupportedDatabaseException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public UnsupportedDatabaseException(String message) {
        super(message);
    }

    public UnsupportedDatabaseException(String message, Throwable cause) {
        super(message + ": " + describe(cause), cause);
    }
}
