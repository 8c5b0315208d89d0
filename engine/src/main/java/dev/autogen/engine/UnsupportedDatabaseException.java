package dev.autogen.engine;

/** The URL leads to a database Autogen does not support (or names no database kind it knows). */
public class UnsupportedDatabaseException extends ConfigurationException {

    public UnsupportedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
