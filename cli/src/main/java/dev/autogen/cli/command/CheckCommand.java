package dev.autogen.cli.command;

import dev.autogen.cli.CliSettingNames;
import dev.autogen.engine.CheckReport;
import dev.autogen.engine.CheckResult;
import dev.autogen.engine.FailOn;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Exit 1 and list the differences when the entities and the database disagree; exit 0 when they match.",
            "With --fail-on, exit 1 only when a change of that class (or a worse one) is among them."
        })
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Mixin
    RenameOptions renames;

    @Option(
            names = "--fail-on",
            paramLabel = "CLASS",
            converter = CheckCommand.FailOnConverter.class,
            description =
                    "destructive, data-dependent (data-dependent or destructive) or any (the default: every change).")
    FailOn failOn;

    @Override
    public Integer call() {
        CheckResult result = renames.apply(root.autogen()).check();
        CheckReport report = CheckReport.of(result, failOn, CliSettingNames.INSTANCE);
        var out = root.spec.commandLine().getOut();
        report.lines().forEach(out::println);
        return report.fails() ? 1 : 0;
    }

    /** Parses {@code destructive}, {@code data-dependent} or {@code any}, ignoring case. */
    static final class FailOnConverter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            return FailOn.parse(value.toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new TypeConversionException(
                            "expected destructive, data-dependent or any but was '" + value + "'"));
        }
    }
}
