package dev.autogen.engine;

import dev.autogen.runtime.internal.migration.MigrationListener;
import dev.autogen.runtime.internal.migration.MigrationStep;
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
}
