package dev.autogen.databases.mariadb;

import dev.autogen.core.database.MigrationLock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A user-level lock, {@code GET_LOCK(name, seconds)}, named {@code autogen.<database>.<version table>} (a hash of it
 * when longer than the 64 characters a lock name may have), so runs on different databases of one server do not wait
 * for each other. It belongs to the session: it outlives transactions (DDL commits implicitly here) and the server
 * releases it when the connection ends, so a killed runner never leaves it held.
 */
final class MariaDbLock implements MigrationLock {

    /** The longest lock name MariaDB and MySQL accept. */
    static final int MAX_NAME = 64;

    private final Connection connection;
    private final String name;

    private MariaDbLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    /** Takes the lock, waiting up to {@code timeout} (in whole seconds, at least one when the timeout is not zero). */
    static MariaDbLock take(Connection connection, String versionTable, Duration timeout) throws SQLException {
        String name = lockName(database(connection), versionTable);
        long seconds = timeout.isZero() || timeout.isNegative() ? 0 : Math.max(1, (timeout.toMillis() + 999) / 1000);
        Integer got;
        try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            ps.setString(1, name);
            ps.setLong(2, seconds);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                got = rs.getObject(1) == null ? null : rs.getInt(1);
            }
        }
        if (got == null) {
            throw new SQLException("GET_LOCK('" + name + "') failed");
        }
        if (got != 1) {
            throw new SQLTimeoutException(
                    "another run holds the migration lock (GET_LOCK '" + name + "'" + holder(connection, name) + ")",
                    "HY000");
        }
        return new MariaDbLock(connection, name);
    }

    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            ps.setString(1, name);
            ps.execute();
        }
    }

    /** {@code autogen.<database>.<table>}, or {@code autogen.<sha-256 prefix>} when that is too long. */
    static String lockName(String database, String versionTable) {
        String name = "autogen." + (database == null ? "" : database) + "." + versionTable;
        if (name.length() <= MAX_NAME) {
            return name;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return "autogen." + HexFormat.of().formatHex(hash).substring(0, MAX_NAME - "autogen.".length());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static String database(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT DATABASE()");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** {@code , held by connection N}, or nothing when the holder is gone or cannot be seen. */
    private static String holder(Connection connection, String name) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getObject(1) != null ? ", held by connection " + rs.getLong(1) : "";
            }
        } catch (SQLException e) {
            return "";
        }
    }
}
