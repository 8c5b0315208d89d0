package dev.autogen.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "stamp",
        mixinStandardHelpOptions = true,
        description = "Record revisions in the version table without running any migration, for a database whose"
                + " schema is already there.")
final class StampCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(
            arity = "1..*",
            paramLabel = "REV",
            description = "head, heads, base, a revision id or prefix, or branch@head; several are stamped in turn.")
    List<String> revisions;

    @Option(
            names = "--purge",
            description = "Empty the version table first, even of revisions the migrations do not know.")
    boolean purge;

    @Option(
            names = {"-q", "--quiet"},
            description = "Do not print what changed.")
    boolean quiet;

    @Override
    public Integer call() {
        var out = root.spec.commandLine().getOut();
        root.autogen().stamp(revisions, purge, quiet ? line -> {} : out::println);
        return 0;
    }
}
