package dev.autogen.runtime.migration.error;

/** A migration revises a revision that is not among the migrations. */
public final class MissingParentRevisionException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public MissingParentRevisionException(String revision, String parent, String location, String origin) {
        super("Revision " + revision + " revises " + parent + ", which is not in " + location
                + ": restore the migration " + parent + " or fix the revises of " + origin);
    }
}
