package dev.autogen.runtime.internal.migration.error;

/**
 * The targets of a fan-out cannot be found: no schema matches the glob, the query failed or returned nothing, the
 * targets file is unreadable or empty, or the fan-out's options are out of range.
 */
public final class TargetSelectionException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public TargetSelectionException(String message) {
        super(message);
    }
}
