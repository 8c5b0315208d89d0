package dev.autogen.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply migrations up to a target revision.")
final class UpgradeCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(
            arity = "0..1",
            paramLabel = "TARGET",
            defaultValue = "head",
            description = "head (default), heads, a revision id or unique prefix, +N, branch@head, branch@+N or rev+N;"
                    + " with --sql also FROM:TO.")
    String target;

    @Option(
            names = {"-q", "--quiet"},
            description = "Do not print each step.")
    boolean quiet;

    @Mixin
    RunOptionsMixin run;

    @Override
    public Integer call() {
        var out = root.spec.commandLine().getOut();
        if (run.sql) {
            out.print(root.autogen().upgradeSql(target, run.options()));
            out.flush();
            return 0;
        }
        root.autogen().upgrade(target, run.options(), quiet ? line -> {} : out::println);
        return 0;
    }
}
