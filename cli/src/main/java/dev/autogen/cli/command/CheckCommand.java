package dev.autogen.cli.command;

import dev.autogen.cli.CliSettingNames;
import dev.autogen.engine.CheckReport;
import dev.autogen.engine.CheckResult;
import dev.autogen.engine.CommandReports;
import dev.autogen.engine.FailOn;
import dev.autogen.engine.lint.LintFailOn;
import dev.autogen.engine.lint.LintFormat;
import dev.autogen.engine.lint.LintReport;
import dev.autogen.engine.report.Report;
import java.util.ArrayList;
import java.util.List;
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
            "With --fail-on, exit 1 only when a change of that class (or a worse one) is among them.",
            "With --lint, also lint the migrations the database has not run yet (see 'autogen lint'), and exit 1"
                    + " when a finding reaches --lint-fail-on."
        })
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Mixin
    RenameOptions renames;

    @Mixin
    AgainstOptions against;

    @Mixin
    FanOutOptions fanOut;

    @Option(
            names = "--fail-on",
            paramLabel = "CLASS",
            converter = CheckCommand.FailOnConverter.class,
            description =
                    "destructive, data-dependent (data-dependent or destructive) or any (the default: every change).")
    FailOn failOn;

    @Option(
            names = "--lint",
            description = "Also lint the pending migrations (current:heads) for the database's own dialect.")
    boolean lint;

    @Option(
            names = "--lint-fail-on",
            paramLabel = "SEVERITY",
            defaultValue = "error",
            converter = LintCommand.FailOnConverter.class,
            description = "With --lint: error (the default), warning or none, as 'lint --fail-on'.")
    LintFailOn lintFailOn;

    @Mixin
    ReportOptions reports;

    @Override
    public Integer call() {
        var project = against.apply(
                renames.apply(root.autogen()), root.spec.commandLine().getErr());
        if (fanOut.active()) {
            if (lint) {
                throw new dev.autogen.cli.UserError("--lint runs on one database; leave it out with a set of targets");
            }
            if (against.against != null && !against.against.equals("database")) {
                throw new dev.autogen.cli.UserError("--against " + against.against + " compares with no target"
                        + " database; leave out the targets, or --against");
            }
            return fanOut.on(project, root.spec.commandLine().getOut(), reports.whole(root, project.workingDir()))
                    .check(failOn);
        }
        CheckResult result = project.check();
        CheckReport report = CheckReport.of(result, failOn, CliSettingNames.INSTANCE, project.against());
        List<String> text = new ArrayList<>(report.lines());
        boolean fails = report.fails();
        Report linted = null;
        if (lint) {
            LintReport found = project.lint("current:heads", null);
            linted = LintFormat.report(found, lintFailOn, "--lint-fail-on " + lintFailOn, project.workingDir());
            text.addAll(linted.text());
            fails |= found.fails(lintFailOn);
        }
        reports.emit(root, CommandReports.check(result, text, fails, failOn, linted), project.workingDir());
        return fails ? 1 : 0;
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
