package dev.autogen.databases.postgresql;

import dev.autogen.core.database.MigrationLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;

/**
 * A session-level advisory lock, {@code pg_try_advisory_lock(classid, objid)}: {@code classid} is Autogen's fixed key
 * {@value #CLASS_ID} and {@code objid} is {@code hashtext('<current schema>.<version table>')}, so runs on different
 * schemas of one database do not wait for each other. It shows in {@code pg_locks} as an {@code advisory} lock with
 * that {@code classid}. Taken with auto-commit on, it outlives the migration transactions; PostgreSQL drops it when the
 * session ends, so a killed runner never leaves it held.
 */
final class PostgresAdvisoryLock implements MigrationLock {

    /** {@code 'AGEN'} as an int: the first half of every Autogen lock key. */
    static final int CLASS_ID = 0x4147454E;

    private static final long FIRST_WAIT_MILLIS = 50;
    private static final long LONGEST_WAIT_MILLIS = 500;

    private final Connection connection;
    private final int objectId;

    private PostgresAdvisoryLock(Connection connection, int objectId) {
        this.connection = connection;
        this.objectId = objectId;
    }

    /** Takes the lock, trying again until {@code timeout} has passed. */
    static PostgresAdvisoryLock take(Connection connection, String name, Duration timeout) throws SQLException {
        int objectId = objectId(connection, name);
        long deadline = System.nanoTime() + timeout.toNanos();
        long wait = FIRST_WAIT_MILLIS;
        while (!tryLock(connection, objectId)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SQLTimeoutException(
                        "another run holds the migration lock (PostgreSQL advisory lock " + CLASS_ID + "/" + objectId
                                + holder(connection, objectId) + ")",
                        "55P03");
            }
            try {
                Thread.sleep(Math.min(wait, Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the migration lock", "57014", e);
            }
            wait = Math.min(wait * 2, LONGEST_WAIT_MILLIS);
        }
        return new PostgresAdvisoryLock(connection, objectId);
    }

    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
            ps.setInt(1, CLASS_ID);
            ps.setInt(2, objectId);
            ps.execute();
        }
    }

    private static int objectId(Connection connection, String name) throws SQLException {
        try (PreparedStatement ps =
                connection.prepareStatement("SELECT hashtext(coalesce(current_schema(), '') || '.' || ?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static boolean tryLock(Connection connection, int objectId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            ps.setInt(1, CLASS_ID);
            ps.setInt(2, objectId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** {@code , held by backend pid N}, or nothing when the holder is gone or cannot be seen. */
    private static String holder(Connection connection, int objectId) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pid FROM pg_locks WHERE locktype = 'advisory'"
                + " AND classid = ?::oid AND objid = ?::oid AND objsubid = 2 AND granted LIMIT 1")) {
            ps.setLong(1, Integer.toUnsignedLong(CLASS_ID));
            ps.setLong(2, Integer.toUnsignedLong(objectId));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ", held by backend pid " + rs.getInt(1) : "";
            }
        } catch (SQLException e) {
            return "";
        }
    }
}
