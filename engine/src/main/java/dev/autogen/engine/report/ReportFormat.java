package dev.autogen.engine.report;

import java.util.Locale;
import java.util.Optional;

/**
 * How a command writes its report: {@code text} for people; {@code json} (versioned, see
 * {@link ReportRenderer#JSON_VERSION} and {@code docs/report-schema.json}); {@code markdown}; {@code sarif} (SARIF
 * 2.1.0); {@code junit} (JUnit XML as Surefire writes it); {@code github} (GitHub Actions annotations, plus a Markdown
 * summary appended to {@code $GITHUB_STEP_SUMMARY}).
 */
public enum ReportFormat {
    TEXT,
    JSON,
    MARKDOWN,
    SARIF,
    JUNIT,
    GITHUB;

    /** The format's name, ignoring case and surrounding blanks. */
    public static Optional<ReportFormat> parse(String value) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.name().equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** {@code text, json, markdown, sarif, junit or github}, for messages. */
    public static String names() {
        return "text, json, markdown, sarif, junit or github";
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
