package dev.autogen.cli.command;

import dev.autogen.engine.ValidationReport;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "repair",
        mixinStandardHelpOptions = true,
        description = "Record the checksum an applied migration has now, accepting a change made to it after it was"
                + " applied, so that validate and upgrade pass again.")
final class RepairCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(
            names = "--accept",
            paramLabel = "REV",
            required = true,
            description = "An applied revision (id, unique prefix or branch label) whose migration's checksum to"
                    + " record; repeatable.")
    List<String> accept;

    @Option(
            names = {"-q", "--quiet"},
            description = "Do not print what was recorded.")
    boolean quiet;

    @Override
    public Integer call() {
        var out = root.spec.commandLine().getOut();
        var accepted = root.autogen().accept(accept, quiet ? line -> {} : out::println);
        if (!quiet) {
            ValidationReport.accepted(accepted).forEach(out::println);
        }
        return 0;
    }
}
