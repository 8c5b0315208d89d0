package dev.autogen.engine;

/**
 * Why autogenerate could not do what it was asked, in one line that names the problem and what to do (never a
 * password). A command line prints the message as it is; a build plugin or an application can tell the kinds apart by
 * the subclass.
 */
public class EngineException extends RuntimeException {

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
