package dev.autogen.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revision the database is at.")
final class CurrentCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @picocli.CommandLine.Mixin
    FanOutOptions fanOut;

    @Override
    public Integer call() {
        if (fanOut.active()) {
            return fanOut.on(root.autogen(), root.spec.commandLine().getOut()).current();
        }
        root.autogen().current().forEach(root.spec.commandLine().getOut()::println);
        return 0;
    }
}
