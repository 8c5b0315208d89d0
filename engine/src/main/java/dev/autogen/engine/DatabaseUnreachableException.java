package dev.autogen.engine;

/** No connection could be opened: a wrong URL, user or password, or a database that is not running. */
public class DatabaseUnreachableException extends EngineException {

    public DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
