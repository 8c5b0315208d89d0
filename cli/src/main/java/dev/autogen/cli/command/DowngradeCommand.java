package dev.autogen.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "downgrade", mixinStandardHelpOptions = true, description = "Revert migrations down to a target revision.")
final class DowngradeCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(arity = "1", paramLabel = "TARGET", description = "A revision id or unique prefix, -N, or base.")
    String target;

    @Option(names = {"-q", "--quiet"}, description = "Do not print each step.")
    boolean quiet;

    @Override
    public Integer call() {
        var out = root.spec.commandLine().getOut();
        root.autogen().downgrade(target, quiet ? line -> {} : out::println);
        return 0;
    }
}
