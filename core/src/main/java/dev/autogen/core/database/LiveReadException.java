package dev.autogen.core.database;

/** The live schema could not be read. The message is one line and says what went wrong. */
public final class LiveReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LiveReadException(String message) {
        super(message);
    }

    public LiveReadException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A one-line message for a database error: the first line of its message, or its type. */
    public static String describe(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        String firstLine = message.strip().lines().findFirst().orElse(message).strip();
        return firstLine.isEmpty() ? error.getClass().getSimpleName() : firstLine;
    }
}
