package dev.autogen.engine;

/** Connected, but reading what the database holds (its kind, a schema, the scratch copy) failed. */
public class DatabaseReadException extends EngineException {

    public DatabaseReadException(String message) {
        super(message);
    }

    public DatabaseReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
