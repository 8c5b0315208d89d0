package dev.autogen.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show one revision: its parents, dependencies, branch labels, file and message, then the file.")
final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(arity = "1", paramLabel = "REV", description = "A revision id or unique prefix, head, or branch@head.")
    String revision;

    @Override
    public Integer call() {
        root.autogen().show(revision).forEach(root.spec.commandLine().getOut()::println);
        return 0;
    }
}
