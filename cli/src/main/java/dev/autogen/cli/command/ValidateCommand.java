package dev.autogen.cli.command;

import dev.autogen.cli.CliSettingNames;
import dev.autogen.engine.CommandReports;
import dev.autogen.engine.ValidationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Exit 1, naming each revision, when a migration the database has applied has changed since (its checksum"
                    + " over the operations it records differs from the one recorded then) or is missing; exit 0"
                    + " when all match.",
            "Reformatting, comments and imports do not change a checksum. Changes nothing."
        })
final class ValidateCommand implements Callable<Integer> {
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
                    .validate();
        }
        var project = root.autogen();
        var validation = project.validate();
        ValidationReport report = ValidationReport.of(validation, CliSettingNames.INSTANCE);
        reports.emit(root, CommandReports.validate(validation, report.lines()), project.workingDir());
        return report.fails() ? 1 : 0;
    }
}
