package dev.autogen.databases.h2;

import java.sql.SQLException;

/** A query on {@code INFORMATION_SCHEMA} failed while rendering DDL; {@link H2Dialect#apply} rethrows the cause. */
final class H2LookupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    H2LookupException(SQLException cause) {
        super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
