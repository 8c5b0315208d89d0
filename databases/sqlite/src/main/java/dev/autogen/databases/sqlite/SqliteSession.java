package dev.autogen.databases.sqlite;

import dev.autogen.core.database.MigrationSession;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;

/**
 * Runs a migration transaction with {@code PRAGMA foreign_keys} off when it was on, so table rebuilds touch no other
 * table, and checks all foreign keys before commit, so the migration cannot leave a violation behind. The transaction
 * is {@code BEGIN IMMEDIATE}, so concurrent runners queue for the database's write lock.
 */
final class SqliteSession implements MigrationSession {

    /** SQLite's result code for a locked database. */
    static final int SQLITE_BUSY = 5;

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
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    /**
     * {@code BEGIN IMMEDIATE}: takes the database's write lock at once, waiting up to {@code busy_timeout} for another
     * writer (a concurrent runner) to finish, so the version table the runner reads next cannot change under it. JDBC
     * auto-commit stays on; the transaction is SQLite's own.
     */
    @Override
    public void begin(Connection connection) throws SQLException {
        beginImmediate(connection);
    }

    /** {@code BEGIN IMMEDIATE}; a busy database is a {@link SQLTimeoutException}. */
    static void beginImmediate(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            if (e.getErrorCode() == SQLITE_BUSY) {
                throw new SQLTimeoutException(
                        "another run kept the SQLite database locked for longer than its" + " busy_timeout ("
                                + busyTimeout(connection) + " ms)",
                        "55P03",
                        e);
            }
            throw e;
        }
    }

    @Override
    public void commit(Connection connection) throws SQLException {
        run("COMMIT");
    }

    @Override
    public void rollback(Connection connection) throws SQLException {
        try {
            run("ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself after some errors; then there is nothing left to roll back.
            if (e.getMessage() == null || !e.getMessage().contains("no transaction is active")) {
                throw e;
            }
        }
    }

    static int busyTimeout(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA busy_timeout")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public void beforeCommit() throws SQLException {
        if (!wasOn) {
            return;
        }
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
            if (rs.next()) {
                throw new SQLException(
                        "the migration leaves a foreign key violated: row " + rs.getLong(2) + " of " + rs.getString(1)
                                + " references a missing row of " + rs.getString(3),
                        "23000");
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
