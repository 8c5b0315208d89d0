package dev.autogen.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply migrations up to a target revision.")
final class UpgradeCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
            description = "head (default), a revision id or unique prefix, or +N.")
    String target;

    @Option(names = {"-q", "--quiet"}, description = "Do not print each step.")
    boolean quiet;

    @Override
    public Integer call() {
        var out = root.spec.commandLine().getOut();
        root.autogen().upgrade(target, quiet ? line -> {} : out::println);
        return 0;
    }
}
