package dev.autogen.cli.command;

import dev.autogen.cli.CliSettingNames;
import dev.autogen.engine.ValidationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @picocli.CommandLine.Mixin
    FanOutOptions fanOut;

    @Override
    public Integer call() {
        if (fanOut.active()) {
            return fanOut.on(root.autogen(), root.spec.commandLine().getOut()).validate();
        }
        ValidationReport report = ValidationReport.of(root.autogen().validate(), CliSettingNames.INSTANCE);
        var out = root.spec.commandLine().getOut();
        report.lines().forEach(out::println);
        return report.fails() ? 1 : 0;
    }
}
