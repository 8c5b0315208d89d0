package dev.autogen.cli.command;

import dev.autogen.engine.Squasher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "squash",
        mixinStandardHelpOptions = true,
        description = "Write one migration that replaces a linear range of revisions from base (base:REV), built from"
                + " the schema the range builds, with their raw SQL carried over, and print its path."
                + " The replaced files stay until every database is past them.")
final class SquashCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(paramLabel = "RANGE", description = "base:REV, the revisions to replace (REV alone means base:REV).")
    String range;

    @Option(
            names = {"-m", "--message"},
            required = true,
            paramLabel = "MSG",
            description = "What the squashed migration is.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
    String revId;

    @Option(
            names = "--dialect",
            paramLabel = "DB",
            description = "The database the history is replayed for (postgresql, mariadb, mysql, sqlite or h2;"
                    + " default: the one the URL names).")
    String dialect;

    @Option(
            names = {"-o", "--output-dir"},
            paramLabel = "DIR",
            description = "Where to write the squashed migration (default: the versions folder).")
    Path outputDir;

    @Option(
            names = "--verify",
            description = "Run the old range and the squashed migration each in a scratch space (in memory for"
                    + " SQLite and H2, a scratch schema or database on the URL's server otherwise) and compare the two;"
                    + " exit 1 naming the differences.")
    boolean verify;

    @Override
    public Integer call() {
        Squasher.Result result = root.autogen().squash(range, message, revId, dialect, outputDir, verify);
        PrintWriter out = root.spec.commandLine().getOut();
        out.println(result.written());
        if (verify) {
            result.verifyLines().forEach(out::println);
            return result.differences().isEmpty() ? 0 : 1;
        }
        return 0;
    }
}
