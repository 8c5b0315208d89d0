package dev.autogen.runtime.internal.migration.error;

/**
 * A target that cannot be reached in the requested direction: a relative step past head or base, an upgrade to a
 * revision below the current one, or a malformed target.
 */
public final class InvalidTargetException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public InvalidTargetException(String message) {
        super(message);
    }
}
