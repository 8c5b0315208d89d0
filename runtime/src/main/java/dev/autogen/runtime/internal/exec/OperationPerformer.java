package dev.autogen.runtime.internal.exec;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.SqlSink;
import dev.autogen.core.ops.Operation;
import java.sql.Connection;
import java.sql.SQLException;

/** Renders one operation's statements and passes each to a sink; what {@link JdbcOperations} does with each call. */
public interface OperationPerformer {

    void perform(Operation op, SqlSink sink) throws SQLException;

    /** Performs {@code op} in the form that does not block writes, where the dialect has one ({@code op.online()}). */
    default void performOnline(Operation op, SqlSink sink) throws SQLException {
        perform(op, sink);
    }

    /** Renders with {@code dialect}, reading from {@code connection} (null when no operation needs the live schema). */
    static OperationPerformer live(Dialect dialect, Connection connection) {
        return new OperationPerformer() {
            @Override
            public void perform(Operation op, SqlSink sink) throws SQLException {
                dialect.apply(op, connection, sink);
            }

            @Override
            public void performOnline(Operation op, SqlSink sink) throws SQLException {
                dialect.applyOnline(op, connection, sink);
            }
        };
    }
}
