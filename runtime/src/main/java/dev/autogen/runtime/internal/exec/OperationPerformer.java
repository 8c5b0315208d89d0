package dev.autogen.runtime.internal.exec;

import dev.autogen.core.database.SqlSink;
import dev.autogen.core.ops.Operation;
import java.sql.SQLException;

/** Renders one operation's statements and passes each to a sink; what {@link JdbcOperations} does with each call. */
@FunctionalInterface
public interface OperationPerformer {

    void perform(Operation op, SqlSink sink) throws SQLException;
}
