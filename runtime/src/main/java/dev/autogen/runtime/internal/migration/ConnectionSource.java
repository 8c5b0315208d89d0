package dev.autogen.runtime.internal.migration;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a new connection; the caller closes it. {@code DataSource::getConnection} fits. */
@FunctionalInterface
public interface ConnectionSource {

    Connection open() throws SQLException;
}
