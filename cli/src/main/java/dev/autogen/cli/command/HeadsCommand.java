package dev.autogen.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "heads",
        mixinStandardHelpOptions = true,
        description = {
            "Show the newest revision(s) in the migrations folder, with their branch labels.",
            "With --check, exit 1 when there is more than one head."
        })
final class HeadsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(
            names = {"-v", "--verbose"},
            description = "Show each head's parents, branch labels, file and message.")
    boolean verbose;

    @Option(names = "--check", description = "Exit 1 when there is more than one head (merge them first).")
    boolean check;

    @Mixin
    ReportOptions reports;

    @Override
    public Integer call() {
        var project = root.autogen();
        var report = project.headsReport(verbose, check);
        reports.emit(root, report, project.workingDir());
        return report.failed() ? 1 : 0;
    }
}
