package dev.autogen.cli.command;

import dev.autogen.cli.UserError;
import dev.autogen.engine.report.Report;
import dev.autogen.engine.report.ReportFormat;
import dev.autogen.engine.report.ReportRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --format} and {@code --output} of the commands that report. Without {@code --output}, the report goes to the
 * standard output in the format; with it, to the file, and the standard output shows the text. {@code github} prints
 * annotations and the text on the standard output whatever {@code --output} says (GitHub reads them there), writes the
 * Markdown summary to {@code --output} when given, and appends it to {@code $GITHUB_STEP_SUMMARY} when that is set.
 */
final class ReportOptions {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = ReportOptions.FormatConverter.class,
            description = "text (the default), json (docs/report-schema.json), markdown, sarif (SARIF 2.1.0), junit"
                    + " (JUnit XML) or github (annotations, and a summary appended to $GITHUB_STEP_SUMMARY).")
    ReportFormat format = ReportFormat.TEXT;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the report in --format to FILE, and print the text.")
    Path output;

    /** Prints and writes the report as the options say; the caller returns its exit code. */
    /**
     * Where a report made only at the end goes ({@link #emit}), or null when it is plain text to the terminal, which a
     * fan-out prints line by line as its targets finish.
     */
    java.util.function.Consumer<Report> whole(RootCommand root, Path workingDir) {
        return format == ReportFormat.TEXT && output == null ? null : report -> emit(root, report, workingDir);
    }

    void emit(RootCommand root, Report report, Path workingDir) {
        PrintWriter out = root.spec.commandLine().getOut();
        Path base = workingDir;
        if (format == ReportFormat.GITHUB) {
            out.print(ReportRenderer.render(report, ReportFormat.GITHUB, base));
            String summary = ReportRenderer.render(report, ReportFormat.MARKDOWN, base);
            if (output != null) {
                write(workingDir.resolve(output), summary, false);
            }
            String step = root.environment().get("GITHUB_STEP_SUMMARY");
            if (step != null && !step.isBlank()) {
                write(workingDir.resolve(step), summary + "\n", true);
            }
        } else if (output == null) {
            out.print(ReportRenderer.render(report, format, base));
        } else {
            write(workingDir.resolve(output), ReportRenderer.render(report, format, base), false);
            out.print(ReportRenderer.render(report, ReportFormat.TEXT, base));
        }
        out.flush();
    }

    private static void write(Path file, String text, boolean append) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            if (append) {
                Files.writeString(
                        file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UserError("cannot write the report to " + file + ": " + e.getMessage()
                    + "; check the path and that it is writable");
        }
    }

    /** Parses a {@link ReportFormat}, ignoring case. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.parse(value)
                    .orElseThrow(() -> new TypeConversionException(
                            "expected " + ReportFormat.names() + " but was '" + value + "'"));
        }
    }
}
