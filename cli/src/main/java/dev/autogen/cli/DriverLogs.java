package dev.autogen.cli;

import dev.autogen.core.database.Databases;
import dev.autogen.engine.TerminalText;
import dev.autogen.runtime.internal.secret.Redaction;
import java.io.PrintWriter;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * What libraries log through {@code java.util.logging} (JDBC drivers, Hibernate through jboss-logging): printed on the
 * command's error stream through the same masking as Autogen's own messages. pgjdbc logs the whole URL, password
 * included, when it cannot parse it. Warnings are printed only with {@code --debug}, and the drivers' only then:
 * Autogen's error line already says what failed.
 */
final class DriverLogs {

    /** Strong references, so the levels set here are not lost to garbage collection. */
    private static final Logger[] DRIVERS = Databases.all().stream()
            .flatMap(d -> d.driverLoggers().stream())
            .distinct()
            .map(Logger::getLogger)
            .toArray(Logger[]::new);

    /** Autogen's own debug lines (a migration compiled to read its header, ...): printed with {@code --debug} only. */
    private static final Logger AUTOGEN = Logger.getLogger("dev.autogen");

    private DriverLogs() {}

    /** Replaces the root logger's handlers with one that masks {@code password} and writes to {@code err}. */
    static void install(PrintWriter err, Supplier<java.util.List<String>> password) {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(new Masking(err, password));
        debug(false);
    }

    /**
     * With {@code --debug} the libraries' warnings are printed (masked); without, only their severe errors, and nothing
     * from the drivers.
     */
    static void debug(boolean on) {
        for (Logger driver : DRIVERS) {
            driver.setLevel(on ? Level.WARNING : Level.OFF);
        }
        AUTOGEN.setLevel(on ? Level.FINE : null);
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof Masking) {
                handler.setLevel(on ? Level.FINE : Level.SEVERE);
            }
        }
    }

    private static final class Masking extends Handler {
        private final PrintWriter err;
        private final Supplier<java.util.List<String>> password;

        Masking(PrintWriter err, Supplier<java.util.List<String>> password) {
            this.err = err;
            this.password = password;
            setFormatter(new SimpleFormatter());
        }

        @Override
        public void publish(LogRecord record) {
            if (!isLoggable(record)) {
                return;
            }
            String message = getFormatter().formatMessage(record);
            String level = record.getLevel().intValue() < Level.INFO.intValue()
                    ? "debug"
                    : record.getLevel().getName().toLowerCase(java.util.Locale.ROOT);
            StringBuilder line = new StringBuilder("autogen: ")
                    .append(level)
                    .append(" from ")
                    .append(record.getLoggerName())
                    .append(": ")
                    .append(message);
            if (record.getThrown() != null) {
                line.append(": ").append(record.getThrown());
            }
            err.println(TerminalText.escape(Redaction.mask(line.toString(), password.get())));
            err.flush();
        }

        @Override
        public void flush() {
            err.flush();
        }

        @Override
        public void close() {
            // the stream belongs to the command line
        }
    }
}
