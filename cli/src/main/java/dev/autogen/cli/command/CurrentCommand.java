package dev.autogen.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "current", mixinStandardHelpOptions = true, description = "Show the revision the database is at.")
final class CurrentCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Mixin
    FanOutOptions fanOut;

    @Mixin
    ReportOptions reports;

    @Override
    public Integer call() {
        if (fanOut.active()) {
            return fanOut.on(
                            root.autogen(),
                            root.spec.commandLine().getOut(),
                            reports.whole(root, root.autogen().workingDir()))
                    .current();
        }
        var project = root.autogen();
        reports.emit(root, project.currentReport(), project.workingDir());
        return 0;
    }
}
