package dev.autogen.runtime.internal.migration.error;

/** A class implements {@code Migration} but carries no {@code @Revision}. */
public final class MissingRevisionAnnotationException extends MigrationException {

    private static final long serialVersionUID = 1L;

    public MissingRevisionAnnotationException(String className, String origin) {
        super("Migration class " + className + (origin.equals(className) ? "" : " in " + origin)
                + " has no @Revision: annotate it with @Revision(id = \"...\", revises = {\"...\"})");
    }
}
