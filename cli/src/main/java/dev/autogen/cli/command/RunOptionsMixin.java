package dev.autogen.cli.command;

import dev.autogen.cli.UserError;
import dev.autogen.cli.config.Settings;
import dev.autogen.runtime.internal.migration.RunOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** How {@code upgrade} and {@code downgrade} run: offline SQL, transactions, the lock wait. */
final class RunOptionsMixin {

    @Option(
            names = "--sql",
            description =
                    "Print the SQL script instead of running it; connects to nothing (the URL"
                            + " only names the database kind). The database is taken to be at FROM of a FROM:TO target, base if none.")
    boolean sql;

    @Option(
            names = "--transaction-per-run",
            description = "One transaction for the whole run instead of one per"
                    + " migration: a failure then undoes every migration of the run.")
    boolean transactionPerRun;

    @Option(
            names = "--lock-timeout",
            paramLabel = "SECONDS",
            description = "How long to wait for another run's" + " migration lock (default: ${DEFAULT-VALUE}).",
            defaultValue = "300")
    long lockTimeoutSeconds;

    @Option(
            names = "--ddl-lock-timeout",
            paramLabel = "SECONDS",
            description = "How long one statement waits for a lock another session holds on what it changes, so that"
                    + " the application's queries never queue behind it for longer (0: the database's own setting;"
                    + " env AUTOGEN_DDL_LOCK_TIMEOUT; key 'ddl-lock-timeout'; default: 5).")
    Double ddlLockTimeoutSeconds;

    @Option(
            names = "--ddl-retries",
            paramLabel = "N",
            description = "How many times a migration whose statement gave up waiting for a lock is tried again,"
                    + " after 1, 2, 4, ... s (env AUTOGEN_DDL_RETRIES; key 'ddl-retries'; default: 3).")
    Integer ddlRetries;

    /** The options, each flag over what {@code settings} (environment, config file) give, over the default. */
    RunOptions options(Settings settings) {
        double ddlLockTimeoutSeconds = this.ddlLockTimeoutSeconds != null
                ? this.ddlLockTimeoutSeconds
                : settings.ddlLockTimeoutSeconds() != null ? settings.ddlLockTimeoutSeconds() : 5;
        int ddlRetries =
                this.ddlRetries != null ? this.ddlRetries : settings.ddlRetries() != null ? settings.ddlRetries() : 3;
        if (lockTimeoutSeconds < 0) {
            throw new UserError("--lock-timeout must be 0 or more seconds, not " + lockTimeoutSeconds);
        }
        if (!(ddlLockTimeoutSeconds >= 0) || Double.isInfinite(ddlLockTimeoutSeconds)) {
            throw new UserError("--ddl-lock-timeout must be 0 or more seconds, not " + ddlLockTimeoutSeconds);
        }
        if (ddlRetries < 0) {
            throw new UserError("--ddl-retries must be 0 or more, not " + ddlRetries);
        }
        return new RunOptions(
                transactionPerRun,
                Duration.ofSeconds(lockTimeoutSeconds),
                Duration.ofMillis(Math.round(ddlLockTimeoutSeconds * 1000)),
                ddlRetries);
    }
}
