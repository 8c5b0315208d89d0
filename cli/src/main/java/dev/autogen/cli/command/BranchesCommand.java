package dev.autogen.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "branches",
        mixinStandardHelpOptions = true,
        description = "Show the revisions where the history branches, and the revisions it branches into.")
final class BranchesCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(
            names = {"-v", "--verbose"},
            description = "Show each branch point's parents, file and message.")
    boolean verbose;

    @Override
    public Integer call() {
        root.autogen().branches(verbose).forEach(root.spec.commandLine().getOut()::println);
        return 0;
    }
}
