package dev.autogen.engine.lint;

import java.util.Locale;

/** How bad a finding is: an {@code error} takes production down or loses data the application still uses. */
public enum Severity {
    WARNING,
    ERROR;

    /** {@code error} or {@code warning}. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
