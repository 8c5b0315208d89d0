package dev.autogen.runtime.dialect.sqlite;

import dev.autogen.runtime.dialect.MigrationSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a migration transaction with {@code PRAGMA foreign_keys} off when it was on, so table rebuilds touch no other
 * table, and checks all foreign keys before commit, so the migration cannot leave a violation behind.
 */
final class SqliteSession implements MigrationSession {

    private final Connection connection;
    private final boolean wasOn;

    SqliteSession(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            throw new IllegalStateException("open the SQLite migration session before the transaction begins "
                    + "(PRAGMA foreign_keys cannot change inside a transaction)");
        }
        this.connection = connection;
        this.wasOn = foreignKeysOn(connection);
        if (wasOn) {
            run("PRAGMA foreign_keys = OFF");
        }
    }

    static boolean foreignKeysOn(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    @Override
    public void beforeCommit() throws SQLException {
        if (!wasOn) {
            return;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException("the migration leaves a foreign key violated: row " + rs.getLong(2) + " of "
                        + rs.getString(1) + " references a missing row of " + rs.getString(3), "23000");
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (wasOn) {
            run("PRAGMA foreign_keys = ON");
        }
    }

    private void run(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
