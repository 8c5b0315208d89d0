package dev.autogen.databases.postgresql;

import dev.autogen.core.database.Scratch;
import dev.autogen.core.database.ScratchSpace;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A scratch schema on the same PostgreSQL server and database: {@code CREATE SCHEMA <name>}, made the connection's
 * only search path while it is open; closing drops it with {@code CASCADE} and restores the search path.
 */
public final class PostgresScratchSpace implements ScratchSpace {

    @Override
    public String dialectName() {
        return "postgresql";
    }

    @Override
    public boolean onByDefault() {
        return false;
    }

    @Override
    public Scratch open(Connection connection, String name) throws SQLException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException(
                    "scratch schema name " + name + " must be lower-case letters, digits and _");
        }
        String searchPath;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("show search_path")) {
            rs.next();
            searchPath = rs.getString(1);
        }
        try (Statement s = connection.createStatement()) {
            s.execute("create schema " + name);
            s.execute("set search_path to " + name);
        }
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
                    s.execute("drop schema if exists " + name + " cascade");
                    s.execute("set search_path to " + (searchPath.isBlank() ? "''" : searchPath));
                }
            }
        };
    }
}
