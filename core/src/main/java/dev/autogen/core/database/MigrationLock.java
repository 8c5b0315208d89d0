package dev.autogen.core.database;

import java.sql.SQLException;

/**
 * The lock that keeps concurrent migration runs on one database apart, from {@link Dialect#lock}: held while a
 * command that writes runs, released by {@link #close}. A lock held by a connection also ends with that connection, so
 * a runner that dies never leaves it behind.
 */
@FunctionalInterface
public interface MigrationLock extends AutoCloseable {

    /** Holds nothing; for databases whose transactions serialize runners by themselves. */
    MigrationLock NONE = () -> {};

    /** Releases the lock (and restores whatever taking it changed on the connection). */
    @Override
    void close() throws SQLException;
}
