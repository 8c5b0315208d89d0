package dev.autogen.databases.h2;

import dev.autogen.core.database.MigrationLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * H2's migration lock. H2 has no advisory lock, and a row lock ({@code SELECT ... FOR UPDATE}) would not last: H2
 * commits at every DDL statement, which ends the transaction holding it. So the lock is a table,
 * {@code <version table>_LOCK}, made in one atomic statement that records the holder's session
 * ({@code SESSION_ID()} and its start time); only one run can create it, and the holder drops it when done. A run that
 * finds the table waits for it to go. If its session is no longer in {@code INFORMATION_SCHEMA.SESSIONS} (the holder
 * died without dropping it), an admin user takes the lock over; other users cannot see other sessions and wait until
 * the timeout, whose message names the table to drop. The lock is re-entrant for its own session.
 */
final class H2LockTable implements MigrationLock {

    /** H2's error code for a table that already exists (42S01). */
    private static final int TABLE_EXISTS = 42101;

    private static final long FIRST_WAIT_MILLIS = 50;
    private static final long LONGEST_WAIT_MILLIS = 500;

    private final Connection connection;
    private final String table;

    private H2LockTable(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    /** The lock table's name for a version table (a plain name, used unquoted like the version table). */
    static String tableName(String versionTable) {
        return (versionTable + "_lock").toUpperCase(Locale.ROOT);
    }

    /** Takes the lock, trying again until {@code timeout} has passed. */
    static MigrationLock take(Connection connection, String versionTable, Duration timeout) throws SQLException {
        String table = tableName(versionTable);
        long deadline = System.nanoTime() + timeout.toNanos();
        long wait = FIRST_WAIT_MILLIS;
        while (true) {
            if (tryCreate(connection, table)) {
                return new H2LockTable(connection, table);
            }
            Holder holder = holder(connection, table);
            if (holder != null && holder.self()) {
                return MigrationLock.NONE; // this session holds it already; the outer holder releases it
            }
            if (holder != null && !holder.alive() && admin(connection) && takeOver(connection, table, holder)) {
                continue;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SQLTimeoutException(
                        "another run holds the migration lock (H2 table " + table
                                + (holder == null
                                        ? ""
                                        : ", created by session " + holder.sessionId() + " at " + holder.started())
                                + "); if no run is active, drop that table",
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
    }

    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
        }
    }

    /** Creates the lock table holding this session's id and start, in one statement; false when it exists. */
    private static boolean tryCreate(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE " + table + " AS SELECT SESSION_ID AS HOLDER_SESSION, SESSION_START AS HOLDER_START"
                    + " FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()");
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == TABLE_EXISTS) {
                return false;
            }
            throw e;
        }
    }

    /** Who holds the lock, or null when the table is gone or empty (being taken or released right now). */
    private static Holder holder(Connection connection, String table) throws SQLException {
        String sql = "SELECT L.HOLDER_SESSION, L.HOLDER_START, L.HOLDER_SESSION = SESSION_ID(),"
                + " EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.SESSIONS S"
                + " WHERE S.SESSION_ID = L.HOLDER_SESSION AND S.SESSION_START = L.HOLDER_START)"
                + " FROM " + table + " L";
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                return null;
            }
            return new Holder(rs.getInt(1), rs.getObject(2), rs.getBoolean(3), rs.getBoolean(4));
        } catch (SQLException e) {
            return null; // dropped meanwhile: the next attempt to create it decides
        }
    }

    /**
     * Removes a dead holder's lock: deletes its row (only one run can), then drops the table.
     *
     * @return whether this run removed it
     */
    private static boolean takeOver(Connection connection, String table, Holder holder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM " + table + " WHERE HOLDER_SESSION = ? AND HOLDER_START = ?")) {
            ps.setInt(1, holder.sessionId());
            ps.setObject(2, holder.started());
            if (ps.executeUpdate() != 1) {
                return false;
            }
        } catch (SQLException e) {
            return false;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + table);
        }
        return true;
    }

    /** Whether this user may see every session ({@code INFORMATION_SCHEMA.SESSIONS} shows others only to admins). */
    private static boolean admin(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT IS_ADMIN FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME = CURRENT_USER")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private record Holder(int sessionId, Object started, boolean self, boolean alive) {}
}
