package dev.autogen.runtime.internal.migration.error;

/** Two migrations carry the same revision id. */
public final class DuplicateRevisionException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String revision;

    public DuplicateRevisionException(String revision, String firstOrigin, String secondOrigin) {
        super("Revision " + revision + " is declared twice, in " + firstOrigin + " and in " + secondOrigin
                + ": give one of them a new id (and update the revises of any migration that follows it)");
        this.revision = revision;
    }

    public String revision() {
        return revision;
    }
}
