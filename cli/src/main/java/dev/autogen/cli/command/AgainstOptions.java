package dev.autogen.cli.command;

import dev.autogen.cli.Project;
import dev.autogen.cli.UserError;
import dev.autogen.engine.Against;
import dev.autogen.engine.TerminalText;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * {@code --against database|history|scratch} and {@code --dialect NAME}: what {@code check}, {@code diff} and
 * {@code revision --autogenerate} compare the entities with.
 */
final class AgainstOptions {

    @Option(
            names = "--against",
            paramLabel = "WHAT",
            description = "Compare the entities with: database (the default), history (the schema the migrations"
                    + " build, replayed for --dialect without a database) or scratch (the migrations run in a"
                    + " scratch schema or database, in memory for SQLite and H2, and read back).")
    String against;

    @Option(
            names = "--dialect",
            paramLabel = "DB",
            description = "With --against history or scratch: the database the migrations are for (postgresql,"
                    + " mariadb, mysql, sqlite or h2; default: the one the URL names).")
    String dialect;

    /** The project, told what to compare with; the history's warnings go to {@code err}. */
    Project apply(Project project, PrintWriter err) {
        Against what = against == null
                ? Against.DATABASE
                : Against.parse(against)
                        .orElseThrow(() -> new UserError(
                                "unknown value '" + against + "' for --against: use database, history or scratch"));
        if (what == Against.DATABASE && dialect != null) {
            throw new UserError("--dialect " + dialect + " names the database the history is replayed for; use it"
                    + " with --against history or --against scratch");
        }
        return project.withAgainst(
                what, dialect, warning -> err.println("autogen: warning: " + TerminalText.escape(warning)));
    }
}
