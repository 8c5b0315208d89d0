package dev.autogen.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "heads",
        mixinStandardHelpOptions = true,
        description = "Show the newest revision(s) in the migrations folder, with their branch labels.")
final class HeadsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(
            names = {"-v", "--verbose"},
            description = "Show each head's parents, branch labels, file and message.")
    boolean verbose;

    @Override
    public Integer call() {
        root.autogen().heads(verbose).forEach(root.spec.commandLine().getOut()::println);
        return 0;
    }
}
