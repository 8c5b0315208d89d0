package dev.autogen.core.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a dialect needs around one migration transaction, from {@link Dialect#openSession}: a runner opens it with
 * auto-commit on, before the transaction begins; begins, commits or rolls back the transaction through it; calls
 * {@link #beforeCommit} just before committing; and closes it after the commit or rollback, with auto-commit on
 * again. Where DDL commits as it runs, one session spans a whole migration, whose statements each run in a small
 * transaction of their own, begun and committed through it.
 */
public interface MigrationSession extends AutoCloseable {

    /** A session that does nothing beyond plain JDBC transactions. */
    MigrationSession NONE = new MigrationSession() {
        @Override
        public void beforeCommit() {}

        @Override
        public void close() {}
    };

    /**
     * Begins the transaction. The default turns auto-commit off. A dialect whose database has no lock a runner can hold
     * across transactions begins one that waits for other writers instead (SQLite: {@code BEGIN IMMEDIATE}).
     *
     * @throws java.sql.SQLTimeoutException when another runner kept the database locked for too long
     */
    default void begin(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
    }

    /** Commits the transaction {@link #begin} began; the default commits and turns auto-commit back on. */
    default void commit(Connection connection) throws SQLException {
        connection.commit();
        connection.setAutoCommit(true);
    }

    /** Rolls back the transaction {@link #begin} began; the default rolls back and turns auto-commit back on. */
    default void rollback(Connection connection) throws SQLException {
        connection.rollback();
        connection.setAutoCommit(true);
    }

    /** Checks the database before the transaction commits (SQLite: foreign keys); throws to make it roll back. */
    void beforeCommit() throws SQLException;

    /**
     * Checks a statement that Autogen generated, right after it ran on {@code statement}; throws to fail the step. The
     * default accepts everything. MariaDB and MySQL fail on any warning: even in strict mode some conversions only warn.
     * Statements a migration passes to {@code op.execute} as written are not checked.
     *
     * @param sql the statement's text, for the message
     */
    default void verify(Statement statement, String sql) throws SQLException {}

    /**
     * Whether {@code failure}, from running a DDL statement again that an interrupted run had started, shows that the
     * statement had completed then: the object it creates exists already, or the one it drops is gone. Where DDL commits
     * as it runs, a runner killed between a DDL statement and its progress record leaves that statement in doubt; the
     * next run runs it again and, on such a failure, goes on after it. The default knows no such failure.
     */
    default boolean showsAlreadyDone(SQLException failure) {
        return false;
    }

    /**
     * Whether {@code sql} cannot run inside a transaction block (PostgreSQL: {@code CREATE INDEX CONCURRENTLY},
     * {@code VACUUM}): the runner then runs it with auto-commit on, in a migration marked
     * {@code @Revision(transactional = false)}, and refuses it, in one line, in a migration that runs in a transaction.
     * The default: every statement can.
     */
    default boolean runsOutsideTransaction(String sql) {
        return false;
    }

    /**
     * Readies the database for a statement that runs outside a transaction ({@link #runsOutsideTransaction}), just
     * before it runs: PostgreSQL drops the {@code INVALID} index an earlier {@code CREATE INDEX CONCURRENTLY} of the
     * same name left when it failed or was killed, so that the index is built again instead of the statement failing
     * (or, with {@code IF NOT EXISTS}, keeping the invalid one). Called with auto-commit on.
     *
     * @return what it did, in one line for the user; empty when nothing was needed (the default)
     */
    default java.util.Optional<String> prepareOutside(Connection connection, String sql) throws SQLException {
        return java.util.Optional.empty();
    }

    /**
     * Makes this session's statements wait at most {@code timeout} for a lock held by another session (PostgreSQL's
     * {@code lock_timeout}, MariaDB's and MySQL's {@code lock_wait_timeout}), so that a migration never queues the
     * application's queries behind it for long; {@link #close} puts the connection's own setting back. Called with
     * auto-commit on, right after the session opens. The default sets nothing.
     */
    default void limitLockWaits(Connection connection, java.time.Duration timeout) throws SQLException {}

    /** Whether {@code failure} is a statement that gave up waiting for a lock ({@link #limitLockWaits}). */
    default boolean isLockTimeout(SQLException failure) {
        return false;
    }

    /**
     * Who probably holds the lock a statement of this session gave up waiting for: the other sessions of the database
     * with a transaction open that holds locks, those using the same schema or database first, then the oldest, one
     * line each (its id, user, how long, what it ran last); empty where the database does not tell. Called with
     * auto-commit on, after the rollback.
     */
    default java.util.List<String> lockHolders(Connection connection) {
        return java.util.List.of();
    }

    /**
     * What the statement this session is running has done so far, read on {@code other}, another connection to the
     * same database, while it runs (PostgreSQL: an index build's phase and share of blocks from
     * {@code pg_stat_progress_create_index}, else what the statement waits for); empty where the database does not
     * tell (the default). Only after {@link #limitLockWaits}, which learns the session's id.
     */
    default java.util.Optional<String> progress(Connection other) throws SQLException {
        return java.util.Optional.empty();
    }

    /** A statement as a message quotes it ({@link #lockHolders}, {@link #progress}): on one line, at most 100 characters. */
    static String quoted(String sql) {
        String line = sql.strip().replaceAll("\\s+", " ");
        return "`" + (line.length() <= 100 ? line : line.substring(0, 100) + "...") + "`";
    }

    /** Restores the connection's settings. */
    @Override
    void close() throws SQLException;
}
