package dev.autogen.runtime.exec;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/** Executes each statement on a connection. Never commits. */
public final class JdbcSqlSink implements SqlSink {

    private final Connection connection;

    public JdbcSqlSink(Connection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public void run(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new SQLException(e.getMessage() + " [statement: " + sql + "]", e.getSQLState(), e.getErrorCode(), e);
        }
    }

    @Override
    public boolean executes() {
        return true;
    }
}
