package dev.autogen.engine;

import dev.autogen.core.ops.Safety;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code check}'s threshold: the least class of change that fails it. {@code any} fails on every change (what a check
 * without a threshold does), {@code data-dependent} on data-dependent and destructive changes, {@code destructive} on
 * destructive ones only.
 */
public enum FailOn {
    ANY("any", Safety.SAFE),
    DATA_DEPENDENT("data-dependent", Safety.DATA_DEPENDENT),
    DESTRUCTIVE("destructive", Safety.DESTRUCTIVE);

    private final String text;
    private final Safety least;

    FailOn(String text, Safety least) {
        this.text = text;
        this.least = least;
    }

    /** The least safety that fails the check. */
    public Safety least() {
        return least;
    }

    /** What fails, in words: {@code data-dependent or destructive}. */
    public String classes() {
        return switch (this) {
            case ANY -> "a change";
            case DATA_DEPENDENT -> "data-dependent or destructive";
            case DESTRUCTIVE -> "destructive";
        };
    }

    /** {@code destructive}, {@code data-dependent} or {@code any}, ignoring case and spaces around it. */
    public static Optional<FailOn> parse(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (FailOn f : values()) {
            if (f.text.equals(wanted)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return text;
    }
}
