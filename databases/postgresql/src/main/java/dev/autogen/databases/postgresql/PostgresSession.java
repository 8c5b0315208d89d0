package dev.autogen.databases.postgresql;

import dev.autogen.core.database.MigrationSession;
import dev.autogen.core.sql.SqlLexer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL's migration session: plain JDBC transactions, and what the runner asks about single statements. Some
 * cannot run inside a transaction block ({@code CREATE INDEX CONCURRENTLY}, {@code VACUUM}, ...); a statement an
 * interrupted run left in doubt shows it had completed when running it again finds its object there already (or gone).
 */
final class PostgresSession implements MigrationSession {

    /** A session with nothing to restore, for questions about statements ({@link #runsOutsideTransaction}). */
    static final PostgresSession INSTANCE = new PostgresSession(null);

    /**
     * SQLSTATEs of running again a statement that had completed: duplicate_table (a relation, an index among them),
     * duplicate_column, duplicate_object (a constraint), duplicate_schema, undefined_table, undefined_column,
     * undefined_object.
     */
    private static final Set<String> ALREADY_DONE =
            Set.of("42P07", "42701", "42710", "42P06", "42P01", "42703", "42704");

    private static final SqlLexer.Rules RULES = SqlLexer.Rules.STANDARD.withPostgresStrings();

    private final Connection connection;

    /** The connection's own {@code lock_timeout}, once {@link #limitLockWaits} changed it. */
    private String ownLockTimeout;

    /** The server process of this session's connection, learnt by {@link #limitLockWaits}; 0 before. */
    private volatile long backendPid;

    /**
     * An index build's phase and progress ({@code pg_stat_progress_create_index}), else the statement and what it waits
     * for ({@code pg_stat_activity}).
     */
    @Override
    public Optional<String> progress(Connection other) throws SQLException {
        if (backendPid == 0) {
            return Optional.empty();
        }
        try (PreparedStatement ps = other.prepareStatement("SELECT coalesce(c.relname, ''), p.phase, p.blocks_done,"
                + " p.blocks_total, p.tuples_done, p.tuples_total FROM pg_stat_progress_create_index p"
                + " LEFT JOIN pg_class c ON c.oid = p.index_relid WHERE p.pid = ?")) {
            ps.setLong(1, backendPid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String index = rs.getString(1);
                    long blocksTotal = rs.getLong(4);
                    long tuplesTotal = rs.getLong(6);
                    String share = blocksTotal > 0
                            ? ", " + (100 * rs.getLong(3) / blocksTotal) + "% of " + blocksTotal + " blocks"
                            : tuplesTotal > 0
                                    ? ", " + (100 * rs.getLong(5) / tuplesTotal) + "% of " + tuplesTotal + " rows"
                                    : "";
                    return Optional.of("index" + (index.isEmpty() ? "" : " " + index) + ": " + rs.getString(2) + share);
                }
            }
        }
        try (PreparedStatement ps = other.prepareStatement(
                "SELECT coalesce(query, ''), wait_event_type, wait_event FROM pg_stat_activity WHERE pid = ?")) {
            ps.setLong(1, backendPid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String waiting =
                        rs.getString(2) == null ? "" : ", waiting for " + rs.getString(2) + " " + rs.getString(3);
                return Optional.of("running " + MigrationSession.quoted(rs.getString(1)) + waiting);
            }
        }
    }

    PostgresSession(Connection connection) {
        this.connection = connection;
    }

    @Override
    public void limitLockWaits(Connection c, Duration timeout) throws SQLException {
        // one round trip a migration: the connection's own value and process, then Autogen's value (left to right)
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT current_setting('lock_timeout'), pg_backend_pid(), set_config('lock_timeout', ?, false)")) {
            ps.setString(1, Long.toString(Math.max(1, timeout.toMillis())));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                ownLockTimeout = rs.getString(1);
                backendPid = rs.getLong(2);
            }
        }
    }

    /**
     * Before {@code CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name ...}: an index of that name that an earlier
     * build left {@code INVALID} (it failed, or its session was stopped) is dropped, so that the statement builds it
     * again.
     */
    @Override
    public Optional<String> prepareOutside(Connection c, String sql) throws SQLException {
        String name = concurrentIndexName(sql);
        if (name == null) {
            return Optional.empty();
        }
        try (PreparedStatement ps =
                c.prepareStatement("SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getBoolean(1)) {
                    return Optional.empty();
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DROP INDEX CONCURRENTLY " + name);
        }
        return Optional.of("dropped the invalid index " + name + " that an earlier CREATE INDEX CONCURRENTLY left when"
                + " it failed or was stopped, and built it again");
    }

    /** The index name of {@code CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name}, as written; else null. */
    static String concurrentIndexName(String sql) {
        List<SqlLexer.Token> tokens = tokens(sql, 9);
        int k = 0;
        if (!is(tokens, k++, "create")) {
            return null;
        }
        if (is(tokens, k, "unique")) {
            k++;
        }
        if (!is(tokens, k++, "index") || !is(tokens, k++, "concurrently")) {
            return null;
        }
        if (is(tokens, k, "if") && is(tokens, k + 1, "not") && is(tokens, k + 2, "exists")) {
            k += 3;
        }
        if (k >= tokens.size() || is(tokens, k, "on")) {
            return null; // unnamed: PostgreSQL picks a new name each time
        }
        SqlLexer.Token name = tokens.get(k);
        return name.kind() == SqlLexer.Kind.WORD || name.kind() == SqlLexer.Kind.QUOTED ? name.text() : null;
    }

    private static boolean is(List<SqlLexer.Token> tokens, int k, String word) {
        return k < tokens.size()
                && tokens.get(k).kind() == SqlLexer.Kind.WORD
                && tokens.get(k).text().equalsIgnoreCase(word);
    }

    /** lock_not_available: {@code lock_timeout} ran out (or a {@code NOWAIT} lock was taken). */
    @Override
    public boolean isLockTimeout(SQLException failure) {
        return "55P03".equals(failure.getSQLState());
    }

    /**
     * The other sessions of this database with a transaction open that holds a lock on a table: those holding one of
     * the current schema first, then the oldest first.
     */
    @Override
    public List<String> lockHolders(Connection c) {
        List<String> holders = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT a.pid, a.usename, a.application_name, a.state,"
                        + " extract(epoch FROM now() - a.xact_start)::bigint, coalesce(a.query, '')"
                        + " FROM pg_stat_activity a WHERE a.pid <> pg_backend_pid()"
                        + " AND a.datname = current_database() AND a.xact_start IS NOT NULL"
                        + " AND EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.granted"
                        + " AND l.locktype = 'relation')"
                        // those holding a table of this schema first: the likeliest to hold up our statement
                        + " ORDER BY EXISTS (SELECT 1 FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                        + " WHERE l.pid = a.pid AND l.granted AND c.relnamespace = current_schema()::regnamespace)"
                        + " DESC, a.xact_start LIMIT 3")) {
            while (rs.next()) {
                String application = rs.getString(3);
                String query = rs.getString(6);
                holders.add("pid " + rs.getLong(1) + " (user " + rs.getString(2)
                        + (application == null || application.isEmpty() ? "" : ", " + application) + ", "
                        + rs.getString(4) + ", a transaction open for " + rs.getLong(5) + " s"
                        + (query.isBlank() ? "" : ", last " + MigrationSession.quoted(query)) + ")");
            }
        } catch (SQLException e) {
            // the holders are a hint in a message: without them the message still says what failed
        }
        return holders;
    }

    @Override
    public boolean runsOutsideTransaction(String sql) {
        List<String> w = firstWords(sql, 4);
        String first = word(w, 0);
        String second = word(w, 1);
        return switch (first) {
            case "vacuum" -> true;
            case "create" ->
                second.equals("database")
                        || second.equals("tablespace")
                        || second.equals("index") && word(w, 2).equals("concurrently")
                        || second.equals("unique")
                                && word(w, 2).equals("index")
                                && word(w, 3).equals("concurrently");
            case "drop" ->
                second.equals("database")
                        || second.equals("tablespace")
                        || second.equals("index") && word(w, 2).equals("concurrently");
            case "reindex" ->
                second.equals("database")
                        || second.equals("system")
                        || word(w, 2).equals("concurrently");
            case "alter" -> second.equals("system");
            default -> false;
        };
    }

    private static String word(List<String> words, int k) {
        return k < words.size() ? words.get(k) : "";
    }

    @Override
    public boolean showsAlreadyDone(SQLException failure) {
        return failure.getSQLState() != null && ALREADY_DONE.contains(failure.getSQLState());
    }

    @Override
    public void beforeCommit() {}

    /** Puts the connection's own {@code lock_timeout} back. */
    @Override
    public void close() throws SQLException {
        if (ownLockTimeout != null && connection != null && !connection.isClosed()) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('lock_timeout', ?, false)")) {
                ps.setString(1, ownLockTimeout);
                ps.execute();
            }
        }
    }

    /**
     * The first {@code n} words (lower-cased) of a statement, after white space and comments; an option list in
     * parentheses right after the first word ({@code REINDEX (VERBOSE) INDEX ...}) is passed over, and anything else
     * ends the words.
     */
    private static List<String> firstWords(String sql, int n) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        for (SqlLexer.Token t : tokens(sql, n + 16)) {
            if (words.size() == n) {
                break;
            }
            if (depth > 0) {
                depth += "(".equals(t.text()) ? 1 : ")".equals(t.text()) ? -1 : 0;
            } else if (t.kind() == SqlLexer.Kind.WORD) {
                words.add(t.text().toLowerCase(Locale.ROOT));
            } else if ("(".equals(t.text()) && words.size() == 1) {
                depth = 1;
            } else {
                break;
            }
        }
        return words;
    }

    /** The first {@code n} tokens of a statement that are not white space or comments. */
    private static List<SqlLexer.Token> tokens(String sql, int n) {
        List<SqlLexer.Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length() && tokens.size() < n) {
            SqlLexer.Token t = SqlLexer.tokenAt(sql, i, RULES);
            i = t.end();
            if (!t.isBlank()) {
                tokens.add(t);
            }
        }
        return tokens;
    }
}
