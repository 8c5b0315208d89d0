package dev.autogen.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * What {@code check}, {@code diff} and autogenerate compare the entities with.
 *
 * <ul>
 *   <li>{@link #DATABASE}: the database the URL names, as it is (the default);
 *   <li>{@link #HISTORY}: the schema the migrations build, replayed into the model operation by operation for a named
 *       dialect; no database is needed ({@link HistoryReplay});
 *   <li>{@link #SCRATCH}: the migrations run in a scratch schema or database next to the URL's (or, for SQLite and H2
 *       without a URL, an in-memory one) and read back, which covers what only a real database normalises.
 * </ul>
 */
public enum Against {
    DATABASE,
    HISTORY,
    SCRATCH;

    /** {@code database}, {@code history} or {@code scratch}, ignoring case. */
    public static Optional<Against> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** How reports name what the entities were compared with. */
    public String compared() {
        return this == DATABASE ? "the database" : "the schema the migrations build";
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
