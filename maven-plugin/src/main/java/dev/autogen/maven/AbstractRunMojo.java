package dev.autogen.maven;

import dev.autogen.engine.ProgressLines;
import dev.autogen.runtime.internal.migration.Migrator;
import dev.autogen.runtime.internal.migration.OfflineRange;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** What {@code upgrade} and {@code downgrade} share: the run options, the target, and one line a step. */
abstract class AbstractRunMojo extends AbstractAutogenMojo {

    /** Runs all the migrations in one transaction instead of one each. */
    @Parameter(property = "autogen.transactionPerRun", defaultValue = "false")
    private boolean transactionPerRun;

    /** How long to wait, in seconds, for another run's lock on the database. */
    @Parameter(property = "autogen.lockTimeout", defaultValue = "300")
    private int lockTimeout;

    /**
     * How long, in seconds, one statement waits for a lock another session holds on what it changes, so that the
     * application's queries never queue behind it for longer; 0 leaves the database's own setting.
     */
    @Parameter(property = "autogen.ddlLockTimeout", defaultValue = "5")
    private int ddlLockTimeout;

    /** How many times a migration whose statement gave up waiting for a lock is tried again, after 1, 2, 4, ... s. */
    @Parameter(property = "autogen.ddlRetries", defaultValue = "3")
    private int ddlRetries;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        transactionPerRun = given.bool("transactionPerRun", transactionPerRun);
        lockTimeout = given.integer("lockTimeout", lockTimeout);
        ddlLockTimeout = given.integer("ddlLockTimeout", ddlLockTimeout);
        ddlRetries = given.integer("ddlRetries", ddlRetries);
    }

    /** The migrator with the run options. */
    Migrator runner(String target) throws MojoExecutionException {
        return runner(target, true);
    }

    /** The migrator with the run options, validating before an upgrade or not. */
    Migrator runner(String target, boolean validateOnMigrate) throws MojoExecutionException {
        if (OfflineRange.isRange(target)) {
            throw new MojoExecutionException("a FROM:TO target (" + target + ") is for offline SQL, where no database"
                    + " says where it is; run autogen:sql -Dautogen.range=" + target
                    + ", or give only the target revision");
        }
        return migrator()
                .transactionPerRun(transactionPerRun)
                .lockTimeout(Duration.ofSeconds(lockTimeout))
                .ddlLockTimeout(Duration.ofSeconds(ddlLockTimeout))
                .ddlRetries(ddlRetries)
                .validateOnMigrate(validateOnMigrate)
                .build();
    }

    /** Logs each step. */
    ProgressLines progress() {
        return new ProgressLines(getLog()::info);
    }
}
