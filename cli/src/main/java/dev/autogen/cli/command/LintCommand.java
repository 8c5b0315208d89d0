package dev.autogen.cli.command;

import dev.autogen.engine.lint.LintFailOn;
import dev.autogen.engine.lint.LintFormat;
import dev.autogen.engine.lint.LintReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

@Command(
        name = "lint",
        mixinStandardHelpOptions = true,
        description = {
            "Check what each migration does on the target database, by rules with ids and fixes.",
            "Finds changes that block writes to a table holding rows, drops of what the entities still map and"
                    + " changes that can lose data, each with a rule id (AG101...) and a one-line fix;"
                    + " '// autogen-lint: ignore AG101' in a migration silences a rule for it.",
            "Exit 1 when a finding reaches --fail-on, 0 otherwise."
        })
final class LintCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(
            arity = "0..1",
            paramLabel = "RANGE",
            description = "TO (from base) or FROM:TO, as upgrade --sql takes them, or current:TO (the pending"
                    + " migrations; needs the URL); default base:heads, every migration.")
    String range;

    @Option(
            names = "--dialect",
            paramLabel = "DATABASE",
            description = "postgresql, mariadb, mysql, sqlite or h2: the database to read the migrations for, with no"
                    + " database needed (default: the one the URL names).")
    String dialect;

    @Option(
            names = "--fail-on",
            paramLabel = "SEVERITY",
            defaultValue = "error",
            converter = LintCommand.FailOnConverter.class,
            description = "error (the default), warning (warnings or errors) or none.")
    LintFailOn failOn;

    @Mixin
    ReportOptions reports;

    @Override
    public Integer call() {
        var project = root.autogen();
        LintReport report = project.lint(range, dialect);
        reports.emit(
                root,
                LintFormat.report(report, failOn, "--fail-on " + failOn, project.workingDir()),
                project.workingDir());
        return report.fails(failOn) ? 1 : 0;
    }

    /** Parses {@code error}, {@code warning} or {@code none}, ignoring case. */
    static final class FailOnConverter implements ITypeConverter<LintFailOn> {
        @Override
        public LintFailOn convert(String value) {
            return LintFailOn.parse(value.toLowerCase(Locale.ROOT))
                    .orElseThrow(() ->
                            new TypeConversionException("expected error, warning or none but was '" + value + "'"));
        }
    }
}
