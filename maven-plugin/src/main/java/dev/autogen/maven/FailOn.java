package dev.autogen.maven;

import dev.autogen.core.ops.Safety;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * {@code check}'s {@code failOn}: the least class of change that fails the build. {@code drift} and {@code any} fail
 * on every change, {@code data-dependent} on data-dependent and destructive changes, {@code destructive} on destructive
 * ones only.
 */
enum FailOn {
    DRIFT("drift", Safety.SAFE, "a change"),
    ANY("any", Safety.SAFE, "a change"),
    DATA_DEPENDENT("data-dependent", Safety.DATA_DEPENDENT, "data-dependent or destructive"),
    DESTRUCTIVE("destructive", Safety.DESTRUCTIVE, "destructive");

    private final String text;
    private final Safety least;
    private final String classes;

    FailOn(String text, Safety least, String classes) {
        this.text = text;
        this.least = least;
        this.classes = classes;
    }

    /** The least safety that fails the check. */
    Safety least() {
        return least;
    }

    /** What fails, in words: {@code data-dependent or destructive}. */
    String classes() {
        return classes;
    }

    /** Parses {@code drift}, {@code any}, {@code data-dependent} or {@code destructive}, ignoring case. */
    static FailOn parse(String value) throws MojoExecutionException {
        String wanted = value == null ? "drift" : value.strip().toLowerCase(Locale.ROOT);
        for (FailOn f : values()) {
            if (f.text.equals(wanted)) {
                return f;
            }
        }
        throw new MojoExecutionException(
                "failOn (-Dautogen.failOn) is drift, any, data-dependent or destructive, not '" + value + "'");
    }

    @Override
    public String toString() {
        return text;
    }
}
