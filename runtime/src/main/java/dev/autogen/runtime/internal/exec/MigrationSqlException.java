package dev.autogen.runtime.internal.exec;

import java.sql.SQLException;

/** A statement of a migration failed; carries the {@link SQLException} (whose message names the statement). */
public final class MigrationSqlException extends RuntimeException {

    public MigrationSqlException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
