package dev.autogen.runtime.migration.error;

/** A migration's upgrade or downgrade threw, or its version-table update failed. */
public final class MigrationFailedException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final String revision;
    private final boolean rolledBack;

    /**
     * @param step the step as {@code upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b}
     * @param revision the revision whose migration failed
     * @param message the revision's message, possibly empty
     * @param stillAt what the version table still says, {@code base} when empty
     * @param rolledBack whether the migration's changes were rolled back together with its version update
     * @param versionTable the version table's name
     */
    public MigrationFailedException(String step, String revision, String message, String stillAt, boolean rolledBack,
            String versionTable, Throwable cause) {
        super(capitalize(step) + (message.isBlank() ? "" : " (" + oneLine(message) + ")") + " failed"
                + (rolledBack
                        ? " and was rolled back; the database stays at " + stillAt + ": " + describe(cause)
                                + "; fix the migration and run again"
                        : ": " + describe(cause) + "; this database commits DDL as it runs, so statements of "
                                + revision + " that ran before the failure remain while " + versionTable
                                + " still says " + stillAt + "; repair the schema by hand, then run again"),
                cause);
        this.revision = revision;
        this.rolledBack = rolledBack;
    }

    /** The revision whose migration failed. */
    public String revision() {
        return revision;
    }

    /** Whether everything the failed step did was rolled back. */
    public boolean rolledBack() {
        return rolledBack;
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
