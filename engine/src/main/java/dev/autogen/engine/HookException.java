package dev.autogen.engine;

/** A project's {@code AutogenHook} could not be loaded, threw, or returned what it must not. */
public class HookException extends EngineException {

    public HookException(String message) {
        super(message);
    }

    public HookException(String message, Throwable cause) {
        super(message, cause);
    }
}
