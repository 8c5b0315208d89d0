package dev.autogen.databases.mariadb;

import dev.autogen.core.database.Scratch;
import dev.autogen.core.database.ScratchSpace;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A scratch database on the same MariaDB or MySQL server: {@code CREATE DATABASE <name>}, made the connection's
 * current database while it is open; closing drops it and makes the previous database current again.
 */
public final class MariaDbScratchSpace implements ScratchSpace {

    private final String dialectName;

    private MariaDbScratchSpace(String dialectName) {
        this.dialectName = dialectName;
    }

    public static MariaDbScratchSpace mariadb() {
        return new MariaDbScratchSpace("mariadb");
    }

    public static MariaDbScratchSpace mysql() {
        return new MariaDbScratchSpace("mysql");
    }

    @Override
    public String dialectName() {
        return dialectName;
    }

    @Override
    public boolean onByDefault() {
        return false;
    }

    @Override
    public Scratch open(Connection connection, String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException(
                    "scratch database name " + name + " must be lower-case letters, digits and _");
        }
        String previous = connection.getCatalog();
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        connection.setCatalog(name);
        return new Scratch() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public String schema() {
                return name;
            }

            @Override
            public void close() throws SQLException {
                try (Statement s = connection.createStatement()) {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    s.execute("DROP DATABASE IF EXISTS " + name);
                } finally {
                    if (previous != null && !previous.isBlank()) {
                        connection.setCatalog(previous);
                    }
                }
            }
        };
    }
}
