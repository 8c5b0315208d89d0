package dev.autogen.runtime.internal.migration.error;

/** A revision named by a target, or stored in the version table, is not among the migrations. */
public final class UnknownRevisionException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public UnknownRevisionException(String message) {
        super(message);
    }
}
