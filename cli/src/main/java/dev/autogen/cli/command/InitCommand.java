package dev.autogen.cli.command;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create a migrations folder (versions/ and the script.java.vm template) and autogen.properties.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder to create (default: migrations).")
    Path dir;

    @Override
    public Integer call() {
        for (String line : root.autogen().init(dir, root.url, root.entities, root.packages)) {
            root.spec.commandLine().getOut().println(line);
        }
        return 0;
    }
}
