package dev.autogen.runtime.internal.migration;

import dev.autogen.core.database.SqlSink;
import dev.autogen.runtime.Operations;
import java.sql.Connection;

/** Makes the {@link Operations} migrations call, working on a connection. Must not commit. */
@FunctionalInterface
public interface OperationsFactory {

    /**
     * @param connection the connection the migration runs on
     * @param sink where the operations send each statement: it executes it on {@code connection} (and lets the runner
     *     tell which statements ran)
     */
    Operations create(Connection connection, SqlSink sink);
}
