package dev.autogen.runtime.internal.migration;

import java.time.Duration;

/**
 * Hears about each step while migrations run; the command line prints {@code "Running " + step.describe()}. A runner
 * that waited for another one hears only about the steps it runs itself. A listener that throws stops the run before
 * the step (from {@link #starting}) or after it was committed (from {@link #finished}).
 */
@FunctionalInterface
public interface MigrationListener {

    /** Ignores every step. */
    MigrationListener NONE = step -> {};

    /**
     * Called before the first step when migrations of the run had to be compiled (their classes were neither on the
     * class path nor in the compiled-class cache).
     *
     * @param migrations how many migration sources were compiled
     * @param elapsed how long loading and compiling them took
     */
    default void compiled(int migrations, Duration elapsed) {}

    /**
     * Called once, before the first step, when applied revisions had no checksum recorded and were given the checksum
     * their migrations have now: a database migrated by an earlier release of Autogen (which kept no history table).
     *
     * @param revisions how many applied revisions were recorded
     * @param table the history table
     * @param created whether the table was created for it
     */
    default void recordedChecksums(int revisions, String table, boolean created) {}

    /** Called before a step's migration runs. */
    void starting(MigrationStep step);

    /**
     * Called after {@link #starting} when the step resumes a migration that an interrupted run left part-way, where DDL
     * commits as it runs: the first {@code applied} statements completed then and are not run again.
     *
     * @param lastStatement the last of them
     */
    default void resuming(MigrationStep step, int applied, String lastStatement) {}

    /**
     * Called during a resumed step when the DDL statement an interrupted run had started, but not recorded as
     * completed, turned out to have completed then: running it again failed because its work is there.
     *
     * @param note what was found, in one line: the statement and the database's message
     */
    default void completedEarlier(MigrationStep step, String note) {}

    /**
     * Called when a statement of the step gave up waiting for a lock another session holds, before the step is tried
     * again: its work so far was rolled back (or, where each statement commits, is kept and not run again).
     *
     * @param attempt the try that failed, from 1
     * @param pause how long the runner waits before the next try
     * @param holders who probably holds the lock, one line each; empty where unknown
     */
    default void retrying(MigrationStep step, int attempt, Duration pause, java.util.List<String> holders) {}

    /**
     * Called every so often (10 s) while a step runs: how long it has run, and what its statement has done so far where
     * the database tells (an index build's phase and share on PostgreSQL).
     *
     * @param progress in one line; empty where unknown
     */
    default void stillRunning(MigrationStep step, Duration elapsed, String progress) {}

    /**
     * Called after a step's migration and version update were committed; without transactional DDL, or with one
     * transaction per run, after they ran.
     */
    default void finished(MigrationStep step, Duration elapsed) {}
}
