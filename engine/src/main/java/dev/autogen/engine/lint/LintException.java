package dev.autogen.engine.lint;

import dev.autogen.engine.EngineException;

/** A migration cannot be linted: its {@code upgrade()} failed while its operations were recorded. */
public final class LintException extends EngineException {

    private static final long serialVersionUID = 1L;

    public LintException(String message, Throwable cause) {
        super(message, cause);
    }
}
