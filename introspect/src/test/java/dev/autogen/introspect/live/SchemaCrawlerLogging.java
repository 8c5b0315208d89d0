package dev.autogen.introspect.live;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Quiets SchemaCrawler, which logs banners, timings and counts through java.util.logging at INFO on every load. Only
 * loggers nobody configured are changed (an explicit level, for example in a logging.properties, is kept).
 */
public final class SchemaCrawlerLogging {

    /** Strong references: java.util.logging holds loggers weakly, and a collected logger forgets its level. */
    private static final List<Logger> LOGGERS =
            List.of(Logger.getLogger("schemacrawler"), Logger.getLogger("us.fatehi"));

    static {
        for (Logger logger : LOGGERS) {
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
        }
    }

    private SchemaCrawlerLogging() {}

    /** Applies the levels (once, when this class initialises). */
    public static void quiet() {
        // The static initialiser does the work; calling this makes sure it ran.
    }
}
