package dev.autogen.runtime.internal.migration.error;

/** The versions folder or the compiled-class cache cannot be read or written. */
public final class MigrationLoadException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public MigrationLoadException(String message) {
        super(message);
    }

    public MigrationLoadException(String message, Throwable cause) {
        super(message + ": " + describe(cause), cause);
    }
}
