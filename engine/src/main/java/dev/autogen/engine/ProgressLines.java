package dev.autogen.engine;

import dev.autogen.runtime.internal.migration.MigrationListener;
import dev.autogen.runtime.internal.migration.MigrationStep;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What an upgrade or a downgrade reports, one line a step, as the command line and the build plugin print it:
 * {@code Running upgrade A -> B, message} before each step, and where a step resumes a migration an interrupted run
 * left part-way, which statements it does not run again. Text from the migrations is made safe for a terminal.
 */
public class ProgressLines implements MigrationListener {

    private final Consumer<String> lines;

    /** @param lines told each line */
    public ProgressLines(Consumer<String> lines) {
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    /**
     * {@code Recorded checksums of 3 applied migrations in autogen_version_history, from their files as they are now
     * (when they were applied is unknown)}: once, on a database an earlier release migrated.
     */
    @Override
    public void recordedChecksums(int revisions, String table, boolean created) {
        lines.accept("Recorded the checksums of " + revisions + " applied migration" + (revisions == 1 ? "" : "s")
                + " in " + table + (created ? " (new: the version table was written by an earlier release)" : "")
                + ", from the migrations as they are now; when they were applied is unknown");
    }

    @Override
    public void starting(MigrationStep step) {
        lines.accept("Running " + TerminalText.escape(step.describe()));
    }

    @Override
    public void resuming(MigrationStep step, int applied, String lastStatement) {
        lines.accept("  Resuming after statement " + applied + ", where an earlier run stopped: "
                + (applied == 1 ? "it is" : "statements 1-" + applied + " are") + " not run again (the last: `"
                + TerminalText.escape(lastStatement.strip().replaceAll("\\s+", " ")) + "`)");
    }

    @Override
    public void completedEarlier(MigrationStep step, String note) {
        lines.accept("  " + TerminalText.escape(note.replaceAll("\\s+", " ")));
    }

    @Override
    public void retrying(MigrationStep step, int attempt, Duration pause, List<String> holders) {
        lines.accept("  A statement gave up waiting for a lock ("
                + (holders.isEmpty()
                        ? "another session holds it"
                        : "probably held by " + TerminalText.escape(String.join("; ", holders)))
                + "): trying " + step.revision().id() + " again in " + pause.toSeconds() + " s (retry " + attempt
                + ")");
    }

    /** {@code   still running after 10 s: building index ix_orders_customer: building index: scanning table, 45% ...}. */
    @Override
    public void stillRunning(MigrationStep step, Duration elapsed, String progress) {
        lines.accept("  " + TerminalText.escape(withoutMessage(step)) + " still running after " + elapsed.toSeconds()
                + " s" + (progress.isEmpty() ? "" : ": " + TerminalText.escape(progress)));
    }

    /** Steps that take a while say how long: {@code Finished upgrade A -> B in 12.4 s}. */
    @Override
    public void finished(MigrationStep step, Duration elapsed) {
        if (elapsed.compareTo(LONG_STEP) >= 0) {
            lines.accept(String.format(
                    Locale.ROOT,
                    "Finished %s in %.1f s",
                    TerminalText.escape(withoutMessage(step)),
                    elapsed.toMillis() / 1000.0));
        }
    }

    /** {@code upgrade A -> B}: the step as {@link MigrationStep#describe()} says it, without the message. */
    private static String withoutMessage(MigrationStep step) {
        String text = step.describe();
        String message = step.revision().message();
        return message.isBlank() ? text : text.substring(0, text.length() - message.length() - 2);
    }

    /** Steps at least this long print how long they took. */
    static final Duration LONG_STEP = Duration.ofSeconds(1);
}
