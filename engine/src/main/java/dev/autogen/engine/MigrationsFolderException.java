package dev.autogen.engine;

/** The migrations folder is missing, or a file in it cannot be written or locked. */
public class MigrationsFolderException extends EngineException {

    /** There is no versions folder at {@code versions}. */
    public static MigrationsFolderException missing(java.nio.file.Path versions) {
        return new MigrationsFolderException("no migrations folder at " + versions + "; run 'autogen init' or pass --migrations");
    }

    public MigrationsFolderException(String message) {
        super(message);
    }

    public MigrationsFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
