package dev.autogen.runtime.internal.migration.error;

/** Base of every migration error. The message is one line and says what to do. */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Text on one line: line breaks and runs of blanks become single spaces. */
    protected static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().replaceAll("\\s*\\R\\s*", " ").replaceAll("[ \\t]{2,}", " ");
    }

    /** The message of a cause, on one line, or its class name when it has none. */
    protected static String describe(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getName();
        }
        return oneLine(message);
    }
}
