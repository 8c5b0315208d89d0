package dev.autogen.runtime.internal.migration.error;

import java.time.Duration;

/** Another run held the migration lock for longer than this run was willing to wait. */
public final class MigrationLockTimeoutException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /**
     * @param database the database, as named in messages
     * @param waited how long this run waited
     */
    public MigrationLockTimeoutException(String database, Duration waited, Throwable cause) {
        super(
                "Another migration run kept " + database + " locked for longer than the lock timeout ("
                        + seconds(waited) + "): " + describe(cause)
                        + "; let it finish and run again, or allow a longer wait"
                        + " (--lock-timeout SECONDS, or lockTimeout(..) in the API)",
                cause);
    }

    private static String seconds(Duration waited) {
        long millis = waited.toMillis();
        return millis % 1000 == 0
                ? millis / 1000 + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
