package dev.autogen.core.database;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * An open, empty scratch space: a throwaway schema on the same server, or a throwaway in-memory database of the same
 * kind. Closing it drops it and puts the connection it was opened from back as it was.
 */
public interface Scratch extends AutoCloseable {

    /** Where to run DDL and read it back. */
    Connection connection();

    /** The schema to read on {@link #connection()}, or null for that connection's current one. */
    String schema();

    /** Drops the scratch space; never leaves it behind when it can be dropped. */
    @Override
    void close() throws SQLException;
}
