package dev.autogen.engine.lint;

import dev.autogen.engine.report.Finding;
import dev.autogen.engine.report.Level;
import dev.autogen.engine.report.Report;
import dev.autogen.engine.report.ReportFormat;
import dev.autogen.engine.report.ReportRenderer;
import dev.autogen.engine.report.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How {@code lint} writes its report: {@code text} for people, {@code json} (a versioned shape, see
 * {@link #JSON_VERSION}) for scripts, {@code sarif} (SARIF 2.1.0) for code-scanning services.
 */
public enum LintFormat {
    TEXT,
    JSON,
    SARIF;

    /**
     * The version of the JSON shape, its {@code "version"} field: the report of every command
     * ({@code docs/report-schema.json}), with {@code "command":"lint"}, plus {@code "dialect"}, {@code "range"},
     * {@code "migrations"}, {@code "fail_on"} and {@code "counts":{"error":N,"warning":N,"suppressed":N}}; fields are
     * only ever added within a version.
     */
    public static final int JSON_VERSION = ReportRenderer.JSON_VERSION;

    /** {@code text}, {@code json} or {@code sarif}, ignoring case. */
    public static Optional<LintFormat> parse(String value) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (LintFormat f : values()) {
            if (f.name().equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The report in this format, ending with a line break.
     *
     * @param failOn the threshold the run is judged by
     * @param threshold how the caller names the threshold's setting with its value ({@code --fail-on error})
     * @param base the folder file names are written relative to (the working folder); null for absolute names
     */
    public String render(LintReport report, LintFailOn failOn, String threshold, Path base) {
        return switch (this) {
            case TEXT -> String.join("\n", textLines(report, failOn, threshold, base)) + "\n";
            case JSON -> ReportRenderer.render(report(report, failOn, threshold, base), ReportFormat.JSON, base);
            case SARIF -> ReportRenderer.render(report(report, failOn, threshold, base), ReportFormat.SARIF, base);
        };
    }

    /** The text report, one line each: each finding with its fix, then a summary and the verdict. */
    public static List<String> textLines(LintReport report, LintFailOn failOn, String threshold, Path base) {
        List<String> lines = new ArrayList<>();
        String last = null;
        for (LintFinding f : report.active()) {
            String where = where(f, base) + ": revision " + f.revision()
                    + (f.message().isEmpty() ? "" : " (" + f.message() + ")");
            if (!where.equals(last)) {
                lines.add(where);
                last = where;
            }
            lines.add("  " + f.severity() + " " + f.rule().id() + " " + f.rule().shortName() + ", table " + f.table()
                    + ": " + f.detail());
            lines.add("    fix: " + f.rule().fix());
        }
        report.notes().forEach(note -> lines.add("Note: " + note));
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        String silenced = report.suppressed() == 0 ? "" : ", " + report.suppressed() + " silenced";
        lines.add("Lint: " + plural(errors, "error") + ", " + plural(warnings, "warning") + " in "
                + plural(report.migrations(), "migration") + " (" + report.range() + ") for " + report.dialect()
                + silenced + ".");
        int failing = report.failing(failOn).size();
        lines.add(
                failing == 0
                        ? "Passing: no finding reaches " + threshold + "."
                        : "Failing: " + plural(failing, "finding") + " reach " + threshold + ".");
        return lines;
    }

    /**
     * The lint report as a {@link Report}: every rule listed, each finding failing where it reaches {@code failOn},
     * and the JSON fields {@code dialect}, {@code range}, {@code migrations}, {@code fail_on} and {@code counts}.
     */
    public static Report report(LintReport report, LintFailOn failOn, String threshold, Path base) {
        List<Rule> rules = new ArrayList<>();
        for (LintRule r : LintRule.values()) {
            rules.add(new Rule(r.id(), r.shortName(), r.summary(), r.fix(), level(r.severity())));
        }
        List<Finding> findings = new ArrayList<>();
        for (LintFinding f : report.findings()) {
            findings.add(new Finding(
                    rules.get(f.rule().ordinal()),
                    level(f.severity()),
                    f.revision(),
                    f.message(),
                    f.file(),
                    f.origin(),
                    f.table(),
                    f.detail(),
                    f.rule().fix(),
                    f.suppressed(),
                    !f.suppressed() && failOn.fails(f.severity())));
        }
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("dialect", report.dialect());
        details.put("range", report.range());
        details.put("migrations", report.migrations());
        details.put("fail_on", failOn.toString());
        ObjectNode counts = details.putObject("counts");
        counts.put("error", report.count(Severity.ERROR));
        counts.put("warning", report.count(Severity.WARNING));
        counts.put("suppressed", report.suppressed());
        List<String> text = textLines(report, failOn, threshold, base);
        return new Report(
                "lint",
                report.fails(failOn),
                text.get(text.size() - 1),
                text,
                rules,
                findings,
                List.of(),
                report.notes(),
                details);
    }

    private static Level level(Severity severity) {
        return severity == Severity.ERROR ? Level.ERROR : Level.WARNING;
    }

    /** The migration's file relative to {@code base} where it is under it (with {@code /}), else as it is. */
    static String where(LintFinding f, Path base) {
        if (f.file() == null) {
            return f.origin();
        }
        return relative(f.file(), base)
                .map(Path::toString)
                .map(s -> s.replace('\\', '/'))
                .orElse(f.file().toString());
    }

    static Optional<Path> relative(Path file, Path base) {
        if (base == null) {
            return Optional.empty();
        }
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? Optional.of(root.relativize(absolute)) : Optional.empty();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
