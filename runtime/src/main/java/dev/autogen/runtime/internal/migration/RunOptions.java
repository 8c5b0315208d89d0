package dev.autogen.runtime.internal.migration;

import java.time.Duration;
import java.util.Objects;

/**
 * How a runner applies migrations.
 *
 * @param transactionPerRun one transaction for the whole run instead of one per migration (where DDL is
 *     transactional): a failure then undoes every migration of the run, not just the failed one
 * @param lockTimeout how long to wait for another run to release the migration lock
 */
public record RunOptions(boolean transactionPerRun, Duration lockTimeout) {

    /** Five minutes: long enough for other replicas' migrations, short enough to notice a stuck one. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);

    public RunOptions {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lock timeout must not be negative: " + lockTimeout);
        }
    }

    /** One transaction per migration, five minutes' wait for the lock. */
    public static RunOptions defaults() {
        return new RunOptions(false, DEFAULT_LOCK_TIMEOUT);
    }

    public RunOptions withTransactionPerRun(boolean perRun) {
        return new RunOptions(perRun, lockTimeout);
    }

    public RunOptions withLockTimeout(Duration timeout) {
        return new RunOptions(transactionPerRun, timeout);
    }
}
