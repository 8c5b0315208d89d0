package dev.autogen.cli.command;

import dev.autogen.core.ops.Safety;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code check --fail-on}: the least class of change that fails the check. {@code any} fails on every change (what
 * {@code check} does without the option), {@code data-dependent} on data-dependent and destructive changes,
 * {@code destructive} on destructive ones only.
 */
enum FailOn {
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
    Safety least() {
        return least;
    }

    /** What fails, in words: {@code data-dependent or destructive}. */
    String classes() {
        return switch (this) {
            case ANY -> "a change";
            case DATA_DEPENDENT -> "data-dependent or destructive";
            case DESTRUCTIVE -> "destructive";
        };
    }

    @Override
    public String toString() {
        return text;
    }

    /** Parses {@code destructive}, {@code data-dependent} or {@code any}, ignoring case. */
    static final class Converter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            for (FailOn f : values()) {
                if (f.text.equals(value.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            throw new TypeConversionException("expected destructive, data-dependent or any but was '" + value + "'");
        }
    }
}
