package dev.autogen.engine;

/** The migrations folder is missing, or a file in it cannot be written or locked. */
public class MigrationsFolderException extends EngineException {

    /** There is no versions folder at {@code versions}; the message names the command and setting as {@code names} does. */
    public static MigrationsFolderException missing(java.nio.file.Path versions, SettingNames names) {
        return new MigrationsFolderException("no migrations folder at " + versions + "; "
                + names.command(SettingNames.Command.INIT)
                        .map(c -> "run '" + c + "'")
                        .orElse("create it")
                + " or pass " + names.name(SettingNames.Setting.MIGRATIONS));
    }

    public MigrationsFolderException(String message) {
        super(message);
    }

    public MigrationsFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
