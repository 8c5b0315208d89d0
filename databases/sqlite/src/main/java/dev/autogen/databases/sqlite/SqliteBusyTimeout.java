package dev.autogen.databases.sqlite;

import dev.autogen.core.database.MigrationLock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * SQLite's migration lock: the database file's own write lock, which each migration transaction takes with
 * {@code BEGIN IMMEDIATE} ({@link SqliteSession#begin}). Holding it sets {@code PRAGMA busy_timeout} so those
 * transactions wait up to the lock timeout for a concurrent runner; closing it restores the previous timeout.
 */
final class SqliteBusyTimeout implements MigrationLock {

    private final Connection connection;
    private final int previous;

    private SqliteBusyTimeout(Connection connection, int previous) {
        this.connection = connection;
        this.previous = previous;
    }

    /**
     * Sets the timeout, then waits for the write lock once ({@code BEGIN IMMEDIATE}, {@code ROLLBACK}), so a database
     * another runner keeps locked is reported as such before anything else (creating the version table) would fail.
     */
    static SqliteBusyTimeout take(Connection connection, Duration timeout) throws SQLException {
        int previous = SqliteSession.busyTimeout(connection);
        set(connection, (int) Math.min(Integer.MAX_VALUE, Math.max(0, timeout.toMillis())));
        SqliteBusyTimeout lock = new SqliteBusyTimeout(connection, previous);
        try (Statement s = connection.createStatement()) {
            SqliteSession.beginImmediate(connection);
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            try {
                lock.close();
            } catch (SQLException restoring) {
                e.addSuppressed(restoring);
            }
            throw e;
        }
        return lock;
    }

    @Override
    public void close() throws SQLException {
        if (!connection.isClosed()) {
            set(connection, previous);
        }
    }

    private static void set(Connection connection, int millis) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA busy_timeout = " + millis);
        }
    }
}
