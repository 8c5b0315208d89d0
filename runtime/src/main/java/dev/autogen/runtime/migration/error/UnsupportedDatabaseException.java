package dev.autogen.runtime.migration.error;

/** No dialect matches the database a connection leads to. */
public final class UnsupportedDatabaseException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public UnsupportedDatabaseException(String message, Throwable cause) {
        super(message + ": " + describe(cause), cause);
    }
}
