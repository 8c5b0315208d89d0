package dev.autogen.engine.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * {@code lint}'s threshold, as {@code check --fail-on} has one: the least severity that fails the run. {@code warning}
 * fails on warnings and errors, {@code error} (the default) on errors only, {@code none} never.
 */
public enum LintFailOn {
    ERROR,
    WARNING,
    NONE;

    /** Whether a finding of this severity fails the run. */
    public boolean fails(Severity severity) {
        return switch (this) {
            case ERROR -> severity == Severity.ERROR;
            case WARNING -> true;
            case NONE -> false;
        };
    }

    /** {@code error}, {@code warning} or {@code none}, ignoring case and spaces around it. */
    public static Optional<LintFailOn> parse(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (LintFailOn f : values()) {
            if (f.toString().equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
