package dev.autogen.engine.lint;

import static dev.autogen.engine.lint.JsonText.str;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@code lint} writes its report: {@code text} for people, {@code json} (a versioned shape, see
 * {@link #JSON_VERSION}) for scripts, {@code sarif} (SARIF 2.1.0) for code-scanning services.
 */
public enum LintFormat {
    TEXT,
    JSON,
    SARIF;

    /**
     * The version of the JSON shape, its {@code "version"} field. 1: {@code {"version":1,"dialect":...,"range":...,
     * "migrations":N,"fail_on":"error","failed":B,"counts":{"error":N,"warning":N,"suppressed":N},"findings":[{"rule":
     * "AG101","name":"index-build","severity":"error","revision":...,"revision_message":...,"file":...,"table":...,
     * "message":...,"fix":...,"suppressed":B}],"notes":[...]}}; fields are only ever added within a version.
     */
    public static final int JSON_VERSION = 1;

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
            case JSON -> json(report, failOn, base) + "\n";
            case SARIF -> LintSarif.render(report, base) + "\n";
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

    private static String json(LintReport report, LintFailOn failOn, Path base) {
        StringBuilder out = new StringBuilder("{\"version\":")
                .append(JSON_VERSION)
                .append(",\"dialect\":")
                .append(str(report.dialect()))
                .append(",\"range\":")
                .append(str(report.range()))
                .append(",\"migrations\":")
                .append(report.migrations())
                .append(",\"fail_on\":")
                .append(str(failOn.toString()))
                .append(",\"failed\":")
                .append(report.fails(failOn))
                .append(",\"counts\":{\"error\":")
                .append(report.count(Severity.ERROR))
                .append(",\"warning\":")
                .append(report.count(Severity.WARNING))
                .append(",\"suppressed\":")
                .append(report.suppressed())
                .append("},\"findings\":[");
        List<LintFinding> findings = report.findings();
        for (int i = 0; i < findings.size(); i++) {
            LintFinding f = findings.get(i);
            out.append(i == 0 ? "" : ",")
                    .append("{\"rule\":")
                    .append(str(f.rule().id()))
                    .append(",\"name\":")
                    .append(str(f.rule().shortName()))
                    .append(",\"severity\":")
                    .append(str(f.severity().toString()))
                    .append(",\"revision\":")
                    .append(str(f.revision()))
                    .append(",\"revision_message\":")
                    .append(str(f.message()))
                    .append(",\"file\":")
                    .append(str(where(f, base)))
                    .append(",\"table\":")
                    .append(str(f.table()))
                    .append(",\"message\":")
                    .append(str(f.detail()))
                    .append(",\"fix\":")
                    .append(str(f.rule().fix()))
                    .append(",\"suppressed\":")
                    .append(f.suppressed())
                    .append('}');
        }
        out.append("],\"notes\":[");
        for (int i = 0; i < report.notes().size(); i++) {
            out.append(i == 0 ? "" : ",").append(str(report.notes().get(i)));
        }
        return out.append("]}").toString();
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
