package dev.autogen.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        description = "Write an empty migration that merges two or more heads into one, and print its path.")
final class MergeCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(arity = "1..*", paramLabel = "REV", description = "The revisions to merge, or heads for all heads.")
    List<String> revisions;

    @Option(
            names = {"-m", "--message"},
            required = true,
            paramLabel = "MSG",
            description = "What the merge is for.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
    String revId;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "A branch label for the merge; repeatable.")
    List<String> branchLabels;

    @Override
    public Integer call() {
        Path written = root.autogen().merge(revisions, message, revId, branchLabels == null ? List.of() : branchLabels);
        root.spec.commandLine().getOut().println(written);
        return 0;
    }
}
