package dev.autogen.databases.mariadb;

import dev.autogen.core.database.MigrationSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Autogen's session settings on MariaDB and MySQL, whatever the server's or the application's defaults: a strict
 * {@code sql_mode} ({@link #STRICT_MODE}), so a change that would truncate a value or turn a NULL into {@code ''}
 * fails instead of warning, and a {@code utf8mb4} connection character set, so text outside the Basic Multilingual
 * Plane reaches the server as it is. Every statement Autogen generated must finish without a warning
 * ({@link #verify}); notes ({@code DROP ... IF EXISTS} of nothing) are fine. Closing restores the connection's
 * settings, since the connection may be the application's.
 */
final class MariaDbSession implements MigrationSession {

    /**
     * The {@code sql_mode} Autogen's statements run in: strict for every table (not only transactional ones), no
     * zero dates, division by zero an error, no silent engine substitution. Nothing that changes how SQL parses
     * ({@code ANSI_QUOTES}, {@code NO_BACKSLASH_ESCAPES}, {@code PIPES_AS_CONCAT}): Autogen renders for the default. In
     * the order the server reports the flags.
     */
    static final String STRICT_MODE =
            "STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

    /** The statements that set the session up; also the start of an offline script. */
    static final List<String> SETUP = List.of("SET NAMES utf8mb4", "SET SESSION sql_mode = '" + STRICT_MODE + "'");

    private static final String SETTINGS = "SELECT @@SESSION.sql_mode, @@SESSION.character_set_client,"
            + " @@SESSION.character_set_connection, @@SESSION.character_set_results, @@SESSION.collation_connection,"
            + " @@SESSION.lock_wait_timeout";

    private final Connection connection;
    private final String sqlMode;
    private final String client;
    private final String connectionCharset;
    private final String results;
    private final String collation;
    private final long ownLockWait;
    /** Whether {@link #limitLockWaits} changed {@code lock_wait_timeout}, which {@link #close} then puts back. */
    private boolean lockWaitChanged;

    private MariaDbSession(
            Connection connection,
            String sqlMode,
            String client,
            String connectionCharset,
            String results,
            String collation,
            long ownLockWait) {
        this.connection = connection;
        this.sqlMode = sqlMode;
        this.client = client;
        this.connectionCharset = connectionCharset;
        this.results = results;
        this.collation = collation;
        this.ownLockWait = ownLockWait;
    }

    /**
     * MariaDB's and MySQL's errors for a DDL statement whose work is there already: 1050 table (or sequence) exists,
     * 1060 duplicate column, 1061 duplicate key name, 1826 duplicate constraint name, 1091 cannot drop (no such
     * column, key or constraint), 1051 unknown table, 4091 unknown sequence.
     */
    private static final java.util.Set<Integer> ALREADY_DONE =
            java.util.Set.of(1050, 1060, 1061, 1826, 1091, 1051, 4091);

    @Override
    public boolean showsAlreadyDone(SQLException failure) {
        return ALREADY_DONE.contains(failure.getErrorCode());
    }

    /** Remembers the connection's settings, then sets Autogen's. */
    static MariaDbSession open(Connection connection) throws SQLException {
        MariaDbSession session;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery(SETTINGS)) {
            rs.next();
            session = new MariaDbSession(
                    connection,
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getLong(6));
        }
        try (Statement s = connection.createStatement()) {
            for (String sql : SETUP) {
                s.execute(sql);
            }
        }
        return session;
    }

    @Override
    public void beforeCommit() {}

    @Override
    public void limitLockWaits(Connection c, Duration timeout) throws SQLException {
        try (Statement s = c.createStatement()) {
            // whole seconds, at least one: the server counts no finer
            s.execute("SET SESSION lock_wait_timeout = " + Math.max(1, (timeout.toMillis() + 999) / 1000));
        }
        lockWaitChanged = true;
    }

    /** ER_LOCK_WAIT_TIMEOUT: a metadata lock (DDL) or a row lock waited past its timeout. */
    @Override
    public boolean isLockTimeout(SQLException failure) {
        return failure.getErrorCode() == 1205;
    }

    /** The other sessions with an InnoDB transaction open, the oldest first. */
    @Override
    public List<String> lockHolders(Connection c) {
        List<String> holders = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT t.trx_mysql_thread_id, p.user, p.host,"
                        + " TIMESTAMPDIFF(SECOND, t.trx_started, NOW()), COALESCE(t.trx_query, p.info, '')"
                        + " FROM information_schema.innodb_trx t"
                        + " LEFT JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id"
                        + " WHERE t.trx_mysql_thread_id <> CONNECTION_ID()"
                        // sessions using this database first: the likeliest to hold up our statement
                        + " ORDER BY p.db <=> DATABASE() DESC, t.trx_started LIMIT 3")) {
            while (rs.next()) {
                String query = rs.getString(5);
                holders.add("connection " + rs.getLong(1) + " (" + rs.getString(2) + "@" + rs.getString(3)
                        + ", a transaction open for " + rs.getLong(4) + " s"
                        + (query.isBlank() ? "" : ", running " + MigrationSession.quoted(query)) + ")");
            }
        } catch (SQLException e) {
            // the holders are a hint in a message: without them the message still says what failed
        }
        return holders;
    }

    /** Fails on any warning (or error) the statement left; notes pass. */
    @Override
    public void verify(Statement statement, String sql) throws SQLException {
        if (statement.getWarnings() == null) {
            return;
        }
        List<String> warnings = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SHOW WARNINGS")) {
            while (rs.next()) {
                if (!"Note".equalsIgnoreCase(rs.getString(1))) {
                    warnings.add(rs.getString(1) + " " + rs.getInt(2) + ": " + rs.getString(3));
                }
            }
        }
        if (!warnings.isEmpty()) {
            throw new SQLException(
                    "the database warned (" + String.join("; ", warnings) + "), and Autogen treats a"
                            + " warning on its own statements as a failure: the statement may have changed stored values",
                    "01000");
        }
    }

    /** Puts the connection's own settings back. */
    @Override
    public void close() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("SET SESSION sql_mode = ?,"
                + " character_set_client = ?, character_set_connection = ?, character_set_results = ?,"
                + " collation_connection = ?")) {
            ps.setString(1, sqlMode);
            ps.setString(2, client);
            ps.setString(3, connectionCharset);
            ps.setString(4, results);
            ps.setString(5, collation);
            ps.execute();
        }
        if (lockWaitChanged) {
            try (Statement s = connection.createStatement()) {
                s.execute("SET SESSION lock_wait_timeout = " + ownLockWait);
            }
        }
    }
}
