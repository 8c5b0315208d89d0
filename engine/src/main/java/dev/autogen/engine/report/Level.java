package dev.autogen.engine.report;

import java.util.Locale;

/** How bad a finding is, as SARIF names its levels: {@code error}, {@code warning} or {@code note}. */
public enum Level {
    ERROR,
    WARNING,
    NOTE;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
