package dev.autogen.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "List the migrations, newest first, marking (head), (current) (when a database URL is set),"
                + " (branchpoint) and (mergepoint).")
final class HistoryCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(
            names = {"-r", "--rev-range"},
            paramLabel = "A:B",
            description =
                    "Only revisions from A up to B; A: and :B leave an end open. Each end is a target or current.")
    String range;

    @Option(
            names = {"-v", "--verbose"},
            description = "Show each revision's parents, branch labels, file and message.")
    boolean verbose;

    @Mixin
    ReportOptions reports;

    @Override
    public Integer call() {
        var project = root.autogen();
        reports.emit(root, project.historyReport(range, verbose), project.workingDir());
        return 0;
    }
}
