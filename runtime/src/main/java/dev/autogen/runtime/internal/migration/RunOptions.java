package dev.autogen.runtime.internal.migration;

import java.time.Duration;
import java.util.Objects;

/**
 * How a runner applies migrations.
 *
 * @param transactionPerRun one transaction for the whole run instead of one per migration (where DDL is
 *     transactional): a failure then undoes every migration of the run, not just the failed one
 * @param lockTimeout how long to wait for another run to release the migration lock
 * @param ddlLockTimeout how long one statement waits for a lock another session holds on what it changes (PostgreSQL's
 *     {@code lock_timeout}, MariaDB's {@code lock_wait_timeout}); zero leaves the database's own setting
 * @param ddlRetries how many times a migration whose statement gave up waiting is tried again, after a pause that
 *     doubles each time
 * @param validateOnMigrate whether an upgrade first checks that the migrations the database has applied are
 *     unchanged ({@link MigrationChecksum}), and refuses to run when one changed
 */
public record RunOptions(
        boolean transactionPerRun,
        Duration lockTimeout,
        Duration ddlLockTimeout,
        int ddlRetries,
        boolean validateOnMigrate) {

    /** Five minutes: long enough for other replicas' migrations, short enough to notice a stuck one. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);

    /** Five seconds: what the application's queries queued behind a waiting DDL statement wait at most. */
    public static final Duration DEFAULT_DDL_LOCK_TIMEOUT = Duration.ofSeconds(5);

    /** Three more tries, after 1, 2 and 4 s. */
    public static final int DEFAULT_DDL_RETRIES = 3;

    public RunOptions {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(ddlLockTimeout, "ddlLockTimeout");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lock timeout must not be negative: " + lockTimeout);
        }
        if (ddlLockTimeout.isNegative()) {
            throw new IllegalArgumentException("DDL lock timeout must not be negative: " + ddlLockTimeout);
        }
        if (ddlRetries < 0) {
            throw new IllegalArgumentException("DDL retries must not be negative: " + ddlRetries);
        }
    }

    /** Options that validate before an upgrade. */
    public RunOptions(boolean transactionPerRun, Duration lockTimeout, Duration ddlLockTimeout, int ddlRetries) {
        this(transactionPerRun, lockTimeout, ddlLockTimeout, ddlRetries, true);
    }

    public RunOptions(boolean transactionPerRun, Duration lockTimeout) {
        this(transactionPerRun, lockTimeout, DEFAULT_DDL_LOCK_TIMEOUT, DEFAULT_DDL_RETRIES);
    }

    /**
     * One transaction per migration, five minutes' wait for the lock, 5 s for a lock a statement needs, 3 retries,
     * validation before an upgrade.
     */
    public static RunOptions defaults() {
        return new RunOptions(false, DEFAULT_LOCK_TIMEOUT);
    }

    public RunOptions withTransactionPerRun(boolean perRun) {
        return new RunOptions(perRun, lockTimeout, ddlLockTimeout, ddlRetries, validateOnMigrate);
    }

    public RunOptions withLockTimeout(Duration timeout) {
        return new RunOptions(transactionPerRun, timeout, ddlLockTimeout, ddlRetries, validateOnMigrate);
    }

    public RunOptions withDdlLockTimeout(Duration timeout) {
        return new RunOptions(transactionPerRun, lockTimeout, timeout, ddlRetries, validateOnMigrate);
    }

    public RunOptions withDdlRetries(int retries) {
        return new RunOptions(transactionPerRun, lockTimeout, ddlLockTimeout, retries, validateOnMigrate);
    }

    public RunOptions withValidateOnMigrate(boolean validate) {
        return new RunOptions(transactionPerRun, lockTimeout, ddlLockTimeout, ddlRetries, validate);
    }
}
