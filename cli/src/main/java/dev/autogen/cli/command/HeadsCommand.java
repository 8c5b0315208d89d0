package dev.autogen.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the newest revision(s) in the migrations folder.")
final class HeadsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        root.autogen().heads().forEach(root.spec.commandLine().getOut()::println);
        return 0;
    }
}
