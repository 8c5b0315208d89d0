package dev.autogen.databases.sqlite;

import dev.autogen.core.database.Scratch;
import dev.autogen.core.database.ScratchSpace;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A scratch SQLite database in memory ({@code jdbc:sqlite::memory:}), gone when closed. */
public final class SqliteScratchSpace implements ScratchSpace {

    @Override
    public String dialectName() {
        return "sqlite";
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
        Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:");
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
}
