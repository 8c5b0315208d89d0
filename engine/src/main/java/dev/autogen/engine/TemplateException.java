package dev.autogen.engine;

/** The migrations folder's template ({@code script.java.vm}) cannot render a migration. */
public class TemplateException extends EngineException {

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
