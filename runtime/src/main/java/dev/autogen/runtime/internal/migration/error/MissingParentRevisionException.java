package dev.autogen.runtime.internal.migration.error;

/** A migration revises a revision that is not among the migrations. */
public final class MissingParentRevisionException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public MissingParentRevisionException(String revision, String parent, String location, String origin) {
        super("Revision " + revision + " revises " + parent + ", which is not in " + location
                + ": restore the migration " + parent + " or fix the revises of " + origin);
    }

    /** A revision whose {@code dependsOn} names a revision that is not there. */
    public static MissingParentRevisionException dependency(
            String revision, String dependency, String location, String origin) {
        return new MissingParentRevisionException("Revision " + revision + " depends on " + dependency
                + ", which is not in " + location + ": restore the migration " + dependency
                + " or fix the dependsOn of "
                + origin);
    }

    private MissingParentRevisionException(String message) {
        super(message);
    }
}
