package dev.autogen.introspect.entity;

/** The entities could not be read. The message is one line and says what to do. */
public final class EntityReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EntityReadException(String message) {
        super(message);
    }

    public EntityReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
