package dev.autogen.runtime.internal.migration;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.MigrationLock;
import dev.autogen.core.database.MigrationSession;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.runtime.internal.exec.JdbcOperations;
import dev.autogen.runtime.internal.migration.error.DatabaseConnectionException;
import dev.autogen.runtime.internal.migration.error.UnsupportedDatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * What the runner needs to know about a database: how to make {@code Operations} for a connection, whether DDL is
 * transactional (then each migration commits together with its version update, or rolls back completely), what to do
 * around each migration transaction, and how to keep concurrent runners apart.
 *
 * @param name the dialect's short name, for messages
 * @param transactionalDdl whether DDL statements take part in transactions
 * @param operations makes the operations migrations call
 * @param sessions opens what the dialect needs around each transaction ({@link Dialect#openSession})
 * @param locks takes the lock that serializes runners ({@link Dialect#lock})
 * @param dialect the dialect migrations record their operations for, for their checksums ({@link MigrationChecksum});
 *     null to find it by {@code name}
 */
public record MigrationBackend(
        String name,
        boolean transactionalDdl,
        OperationsFactory operations,
        SessionFactory sessions,
        LockFactory locks,
        Dialect dialect) {

    public MigrationBackend {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operations, "operations");
        sessions = sessions == null ? connection -> MigrationSession.NONE : sessions;
        locks = locks == null ? (connection, table, timeout) -> MigrationLock.NONE : locks;
    }

    /** A backend whose dialect, for checksums, is the one named {@code name}. */
    public MigrationBackend(
            String name,
            boolean transactionalDdl,
            OperationsFactory operations,
            SessionFactory sessions,
            LockFactory locks) {
        this(name, transactionalDdl, operations, sessions, locks, null);
    }

    /** The dialect checksums are computed for: {@link #dialect}, else the one named {@link #name}. */
    public Dialect checksumDialect() {
        if (dialect != null) {
            return dialect;
        }
        try {
            return Dialects.forName(name);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedDatabaseException("Cannot compute migration checksums for " + name, e);
        }
    }

    /** A backend that needs no per-transaction session and takes no lock. */
    public MigrationBackend(String name, boolean transactionalDdl, OperationsFactory operations) {
        this(name, transactionalDdl, operations, null, null);
    }

    /**
     * Opens what a dialect needs around each migration's transaction (SQLite: foreign-key enforcement off while tables
     * are rebuilt, every key checked before commit, {@code BEGIN IMMEDIATE}).
     */
    @FunctionalInterface
    public interface SessionFactory {
        MigrationSession open(Connection connection) throws SQLException;
    }

    /** Takes the migration lock for a version table, waiting up to a timeout. */
    @FunctionalInterface
    public interface LockFactory {
        MigrationLock lock(Connection connection, String versionTable, Duration timeout) throws SQLException;
    }

    /** A dialect's backend: {@link JdbcOperations} on the connection, transactional as the dialect says. */
    public static MigrationBackend of(Dialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        return new MigrationBackend(
                dialect.name(),
                dialect.supportsTransactionalDdl(),
                (connection, sink) -> new JdbcOperations(connection, dialect, sink),
                dialect::openSession,
                dialect::lock,
                dialect);
    }

    /**
     * The backend for the database a connection leads to, chosen by its JDBC URL and the server
     * ({@link Dialects#forConnection}).
     *
     * @throws UnsupportedDatabaseException if no dialect supports that database
     */
    public static MigrationBackend detect(Connection connection) {
        try {
            return of(Dialects.forConnection(connection));
        } catch (SQLException e) {
            throw new DatabaseConnectionException("Cannot read the connection's metadata", e);
        } catch (IllegalArgumentException e) {
            throw new UnsupportedDatabaseException("Cannot migrate this database", e);
        }
    }
}
