package dev.autogen.runtime.internal.migration.error;

/** A branch label declared twice, clashing with a revision id or a keyword, or not a valid name. */
public final class InvalidBranchLabelException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public InvalidBranchLabelException(String message) {
        super(message);
    }
}
