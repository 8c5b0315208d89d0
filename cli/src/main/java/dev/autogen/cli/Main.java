package dev.autogen.cli;

import dev.autogen.cli.command.RootCommand;
import dev.autogen.engine.TerminalText;
import dev.autogen.runtime.internal.secret.Redaction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point: runs one command and exits 0 (ok), 1 (drift, check only) or 2 (error). */
public final class Main {

    /** Strong references, so the levels set here are not lost to garbage collection. */
    private static final Logger[] QUIET = {
        Logger.getLogger(""),
        Logger.getLogger("org.hibernate"),
        Logger.getLogger("schemacrawler"),
        Logger.getLogger("us.fatehi")
    };

    private Main() {}

    public static void main(String[] args) {
        Timings.mainStarted();
        java.io.Console console = System.console();
        System.exit(run(
                args,
                System.getenv(),
                Path.of("").toAbsolutePath(),
                new PrintWriter(System.out, true),
                new PrintWriter(System.err, true),
                console == null ? null : RenamePrompt.console(console)));
    }

    /** Runs a command line; the streams and environment are parameters so that tests run it in-process. Never asks. */
    public static int run(String[] args, Map<String, String> env, Path workingDir, PrintWriter out, PrintWriter err) {
        return run(args, env, workingDir, out, err, null);
    }

    /**
     * Runs a command line that may ask questions: autogenerate asks {@code prompt} about each possible rename when no
     * {@code --rename} is given (null: never ask, as without a terminal).
     */
    public static int run(
            String[] args,
            Map<String, String> env,
            Path workingDir,
            PrintWriter out,
            PrintWriter err,
            RenamePrompt prompt) {
        Timings.runStarted();
        quietLogging();
        RootCommand root = new RootCommand(flags -> new Project(
                        new dev.autogen.cli.config.SettingsResolver(
                                        env,
                                        workingDir,
                                        warning -> err.println("autogen: warning: " + TerminalText.escape(warning)))
                                .resolve(flags),
                        workingDir)
                .withRenamePrompt(prompt)
                .withEnvironment(env));
        root.environment(env);
        DriverLogs.install(err, root::secrets);
        CommandLine cli = RootCommand.commandLine(root, args);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        CommandLine downgrade = cli.getSubcommands().get("downgrade");
        if (downgrade != null) {
            downgrade.setUnmatchedOptionsArePositionalParams(true);
        }
        cli.setExecutionStrategy(parseResult -> {
            if (parseResult.hasMatchedOption("-m") && parseResult.hasSubcommand()) {
                throw new CommandLine.ParameterException(
                        cli,
                        "-m MSG before a command would be ignored; it is short for"
                                + " 'revision --autogenerate -m MSG' and takes no command");
            }
            DriverLogs.debug(root.debug());
            if (root.timings() || "1".equals(env.get("AUTOGEN_TIMINGS"))) {
                Timings.enable(err);
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setParameterExceptionHandler((ex, argv) -> {
            String command = ex.getCommandLine().getCommandName();
            err.println("autogen: error: " + TerminalText.escape(Redaction.mask(ex.getMessage(), root.secrets()))
                    + " (see 'autogen " + ("autogen".equals(command) ? "" : command + " ") + "--help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean debug = root.debug();
            String message = isUserFacing(ex) ? ex.getMessage() : describeUnexpected(ex);
            err.println("autogen: error: " + TerminalText.escape(Redaction.mask(message, root.secrets())));
            if (debug) {
                java.io.StringWriter trace = new java.io.StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                err.print(TerminalText.escapeLines(Redaction.mask(trace.toString(), root.secrets())));
                err.flush();
            }
            return 2;
        });
        try {
            return cli.execute(args);
        } finally {
            Timings.finish();
        }
    }

    /** Errors whose message already names the problem and what to do. */
    private static boolean isUserFacing(Throwable ex) {
        return ex instanceof UserError
                || ex instanceof dev.autogen.engine.EngineException
                || ex instanceof dev.autogen.runtime.internal.migration.error.MigrationException
                || ex instanceof dev.autogen.introspect.entity.EntityReadException
                || ex instanceof dev.autogen.core.database.LiveReadException;
    }

    private static String describeUnexpected(Throwable ex) {
        Throwable root = ex;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage() == null
                ? root.getClass().getSimpleName()
                : root.getMessage().lines().findFirst().orElse("");
        return "unexpected " + root.getClass().getSimpleName() + ": " + msg
                + " (run again with --debug for the stack trace, and please report it)";
    }

    private static void quietLogging() {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.WARNING);
        }
        System.setProperty("org.jboss.logging.provider", "jdk");
    }
}
