package dev.autogen.engine;

/**
 * A setting is missing, contradicts another, or names something that is not there: no database URL, no entity
 * classes, a scratch copy where the database has none, a schema that does not exist, a rename that does not apply.
 */
public class ConfigurationException extends EngineException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
