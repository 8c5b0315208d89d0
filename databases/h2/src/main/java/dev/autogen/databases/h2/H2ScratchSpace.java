package dev.autogen.databases.h2;

import dev.autogen.core.database.Scratch;
import dev.autogen.core.database.ScratchSpace;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A private in-memory H2 database ({@code jdbc:h2:mem:}), gone when closed, in the compatibility mode of the database
 * it stands next to ({@code MODE=PostgreSQL} and the like change what DDL means).
 */
public final class H2ScratchSpace implements ScratchSpace {

    @Override
    public String dialectName() {
        return "h2";
    }

    @Override
    public boolean onByDefault() {
        return true;
    }

    @Override
    public boolean inMemory() {
        return true;
    }

    @Override
    public Scratch open(Connection connection, String name) throws SQLException {
        String mode = connection == null ? null : mode(connection);
        boolean regular = mode == null || mode.isBlank() || mode.equalsIgnoreCase("REGULAR");
        if (!regular && !mode.matches("[A-Za-z0-9]+")) {
            throw new SQLException("unexpected H2 compatibility mode '" + mode + "'");
        }
        Connection memory = DriverManager.getConnection("jdbc:h2:mem:" + (regular ? "" : ";MODE=" + mode));
        return new Scratch() {
            @Override
            public Connection connection() {
                return memory;
            }

            @Override
            public String schema() {
                return null;
            }

            @Override
            public void close() throws SQLException {
                memory.close();
            }
        };
    }

    /** The compatibility mode of the database {@code connection} is connected to, or null. */
    private static String mode(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'MODE'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
