package dev.autogen.runtime.internal.migration.error;

import java.util.List;

/**
 * A migration's upgrade or downgrade threw, or its version-table update failed. The message says what the database
 * holds now: with transactional DDL nothing of the failed step (nor, with one transaction per run, of the run); without
 * it, the version table still names the last revision fully applied, and the message lists the statements of the failed
 * migration that had already run and stay.
 */
public final class MigrationFailedException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /** At most this many statements that ran are quoted in the message. */
    static final int QUOTED_STATEMENTS = 5;

    private final String revision;
    private final boolean rolledBack;
    private final List<String> remaining;

    private MigrationFailedException(
            String message, String revision, boolean rolledBack, List<String> remaining, Throwable cause) {
        super(message, cause);
        this.revision = revision;
        this.rolledBack = rolledBack;
        this.remaining = List.copyOf(remaining);
    }

    /**
     * The step ran in its own transaction, which was rolled back.
     *
     * @param step the step as {@code upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b}
     * @param revision the revision whose migration failed
     * @param message the revision's message, possibly empty
     * @param stillAt what the version table still says, {@code base} when empty
     */
    public static MigrationFailedException rolledBack(
            String step, String revision, String message, String stillAt, Throwable cause) {
        return new MigrationFailedException(
                head(step, message) + " failed and was rolled back; the database stays at " + stillAt + ": "
                        + describe(cause) + "; fix the migration and run again",
                revision,
                true,
                List.of(),
                cause);
    }

    /**
     * The whole run was one transaction, which was rolled back, the steps before the failed one included.
     *
     * @param stillAt what the version table says, as before the run
     * @param undone the revisions of this run that had run before the failure and were rolled back too
     */
    public static MigrationFailedException runRolledBack(
            String step, String revision, String message, String stillAt, List<String> undone, Throwable cause) {
        return new MigrationFailedException(
                head(step, message) + " failed and the run's transaction was rolled back"
                        + (undone.isEmpty() ? "" : ", " + String.join(", ", undone) + " included")
                        + "; the database stays at " + stillAt + ": " + describe(cause)
                        + "; fix the migration and run again",
                revision,
                true,
                List.of(),
                cause);
    }

    /**
     * The database commits DDL as it runs: the statements that ran stay, the version table was not updated, and the
     * progress table records how far the migration got, so a rerun resumes after the last statement that completed.
     *
     * @param stillAt what the version table says: the last revision fully applied
     * @param ran the statements of the failed migration that this run completed before the failure
     * @param ranBefore how many statements an interrupted run had completed before this one resumed
     * @param lastBefore the last of those, quoted when this run completed none
     * @param progressTable the table that records them
     */
    public static MigrationFailedException notRolledBack(
            String step,
            String revision,
            String message,
            String stillAt,
            String versionTable,
            List<String> ran,
            int ranBefore,
            String lastBefore,
            String progressTable,
            Throwable cause) {
        int total = ranBefore + ran.size();
        String remain;
        if (total == 0) {
            remain = "no statement of " + revision + " ran before the failure; fix the migration and run again";
        } else {
            String them = total == 1 ? "it" : "them";
            List<String> shown = ran.isEmpty() ? List.of(lastBefore) : ran;
            List<String> quoted = shown.stream()
                    .limit(QUOTED_STATEMENTS)
                    .map(s -> "`" + oneLine(s) + "`")
                    .toList();
            remain = total + " statement" + (total == 1 ? "" : "s") + " of " + revision + " ran and remain"
                    + (total == 1 ? "s" : "")
                    + (ranBefore == 0 ? "" : " (" + ranBefore + " in an earlier run that stopped part-way)")
                    + (ran.isEmpty() ? ", the last: " : ": ") + String.join("; ", quoted)
                    + (shown.size() > QUOTED_STATEMENTS ? " and " + (shown.size() - QUOTED_STATEMENTS) + " more" : "")
                    + "; " + progressTable + " records " + them + ", so a rerun skips " + them
                    + " and continues with statement " + (total + 1) + ": fix the migration, leaving what ran as it"
                    + " is, and run again (or undo " + them + " by hand and delete the row for " + revision + " from "
                    + progressTable + ")";
        }
        return new MigrationFailedException(
                head(step, message) + " failed: " + describe(cause)
                        + "; this database commits DDL as it runs, so " + versionTable + " still says " + stillAt
                        + " (the last revision fully applied) and " + remain,
                revision,
                false,
                ran,
                cause);
    }

    /**
     * The database commits DDL as it runs, and an interrupted run left another step part-way: that one must be
     * finished (or undone) first.
     *
     * @param interrupted the interrupted step, as {@code upgrade of 3f2a9c1d7e4b}
     */
    public static MigrationFailedException interruptedElsewhere(
            String step,
            String revision,
            String message,
            String interrupted,
            int applied,
            String lastStatement,
            String progressTable) {
        return new MigrationFailedException(
                head(step, message) + " cannot run: an unfinished " + interrupted
                        + " left " + applied + " of its statements applied (the last: `" + oneLine(lastStatement)
                        + "`),"
                        + " as " + progressTable + " records; run that "
                        + interrupted.substring(0, interrupted.indexOf(' '))
                        + " again to finish it first (or undo those statements by hand and delete the row from "
                        + progressTable + ")",
                revision,
                false,
                List.of(),
                null);
    }

    /** The revision whose migration failed. */
    public String revision() {
        return revision;
    }

    /** Whether everything the failed step did was rolled back. */
    public boolean rolledBack() {
        return rolledBack;
    }

    /** Without transactional DDL: the statements of the failed migration that ran and stay; otherwise empty. */
    public List<String> remainingStatements() {
        return remaining;
    }

    /**
     * A statement gave up waiting for a lock another session holds, on every try: {@code last} is how the last try
     * failed (rolled back, or with the statements that ran kept), and the message names who probably holds the lock.
     *
     * @param tries how many times the step was tried
     * @param timeout how long each statement waited
     * @param holders who probably holds the lock, one line each; empty where unknown
     */
    public static MigrationFailedException lockWaitGaveUp(
            MigrationFailedException last, int tries, java.time.Duration timeout, List<String> holders) {
        String who = holders.isEmpty()
                ? "another session holds it"
                : "probably held by "
                        + String.join(
                                "; ",
                                holders.stream()
                                        .map(MigrationFailedException::oneLine)
                                        .toList());
        String what = last.getMessage();
        String fix = "; fix the migration and run again";
        if (what.endsWith(fix)) {
            what = what.substring(0, what.length() - fix.length());
        }
        return new MigrationFailedException(
                what + ". A statement gave up waiting for a lock, "
                        + (tries == 1 ? "after " : tries + " times, each after ") + seconds(timeout)
                        + ", so that the application's queries would not queue behind it: " + who
                        + "; end that session's transaction, or run again when it is done (the DDL lock timeout and"
                        + " retries settings set the wait)",
                last.revision,
                last.rolledBack,
                last.remaining,
                last.getCause());
    }

    private static String seconds(java.time.Duration timeout) {
        long ms = timeout.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static String head(String step, String message) {
        return capitalize(step) + (message.isBlank() ? "" : " (" + oneLine(message) + ")");
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
