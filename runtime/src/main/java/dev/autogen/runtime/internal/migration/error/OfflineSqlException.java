package dev.autogen.runtime.internal.migration.error;

/** The SQL of a migration cannot be written without a database (for {@code --sql}). */
public final class OfflineSqlException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /**
     * @param step the step as {@code upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b}, with its message
     */
    public OfflineSqlException(String step, Throwable cause) {
        super(
                "Cannot write the SQL of " + step + " without a database: " + describe(cause)
                        + "; run this migration against the database instead of with --sql",
                cause);
    }
}
