package dev.autogen.cli.command;

import dev.autogen.cli.UserError;
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

    RunOptions options() {
        if (lockTimeoutSeconds < 0) {
            throw new UserError("--lock-timeout must be 0 or more seconds, not " + lockTimeoutSeconds);
        }
        return new RunOptions(transactionPerRun, Duration.ofSeconds(lockTimeoutSeconds));
    }
}
