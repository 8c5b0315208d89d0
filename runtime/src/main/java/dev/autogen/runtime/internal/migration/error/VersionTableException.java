package dev.autogen.runtime.internal.migration.error;

/** The version table cannot be created, read or updated, or it does not hold what the runner expects. */
public final class VersionTableException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public VersionTableException(String message) {
        super(message);
    }

    public VersionTableException(String message, Throwable cause) {
        super(message + ": " + describe(cause), cause);
    }
}
