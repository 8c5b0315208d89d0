package dev.autogen.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "revision", mixinStandardHelpOptions = true,
        description = "Write a new migration file; with --autogenerate, fill it from the differences between entities and database.")
final class RevisionCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the migration does.")
    String message;

    @Option(names = "--autogenerate", description = "Compare entities with the database and write the operations.")
    boolean autogenerate;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
    String revId;

    @Override
    public Integer call() {
        return write(root, message, autogenerate, revId);
    }

    static int write(RootCommand root, String message, boolean autogenerate, String revId) {
        Path written = root.autogen().revision(message, autogenerate, revId);
        root.spec.commandLine().getOut().println(written);
        return 0;
    }
}
