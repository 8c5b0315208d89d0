package dev.autogen.runtime.migration;

import dev.autogen.runtime.Operations;
import java.sql.Connection;

/** Makes the {@link Operations} migrations call, working on a connection. Must not commit. */
@FunctionalInterface
public interface OperationsFactory {

    Operations create(Connection connection);
}
