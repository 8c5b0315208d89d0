package dev.autogen.runtime.internal.migration;

import java.util.Locale;

/** Which way a step moves. */
public enum Direction {
    UPGRADE,
    DOWNGRADE;

    /** {@code upgrade} or {@code downgrade}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
