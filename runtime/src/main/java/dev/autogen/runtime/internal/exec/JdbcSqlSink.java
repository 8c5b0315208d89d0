package dev.autogen.runtime.internal.exec;

import dev.autogen.core.database.MigrationSession;
import dev.autogen.core.database.SqlSink;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Executes each statement on a connection, and has the migration session {@linkplain MigrationSession#verify verify}
 * each statement Autogen rendered. Never commits.
 */
public final class JdbcSqlSink implements SqlSink {

    private final Connection connection;
    private final MigrationSession session;

    /** Executes without verifying. */
    public JdbcSqlSink(Connection connection) {
        this(connection, MigrationSession.NONE);
    }

    public JdbcSqlSink(Connection connection, MigrationSession session) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.session = Objects.requireNonNull(session, "session");
    }

    @Override
    public void run(String sql) throws SQLException {
        execute(sql, true);
    }

    @Override
    public void runAsWritten(String sql) throws SQLException {
        execute(sql, false);
    }

    private void execute(String sql, boolean verify) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            if (verify) {
                session.verify(statement, sql);
            }
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + " [statement: " + sql + "]", e.getSQLState(), e.getErrorCode(), e);
        }
    }

    @Override
    public boolean executes() {
        return true;
    }
}
