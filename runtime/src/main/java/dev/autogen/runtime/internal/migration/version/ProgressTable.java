package dev.autogen.runtime.internal.migration.version;

import dev.autogen.runtime.internal.migration.error.VersionTableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The table next to the version table ({@code autogen_version_progress}) where a runner records, after each statement
 * of a migration on a database whose DDL commits as it runs (MariaDB, MySQL), how far the migration got: at most one
 * row, {@link StatementProgress}. A DML statement commits together with its row; a DDL statement commits by itself,
 * and its row right after it. The row goes when the version table moves, in the same transaction. The runner creates
 * the table only where DDL is not transactional; elsewhere a failed migration rolls back and leaves nothing to resume.
 */
public final class ProgressTable {

    /** What the progress table's name adds to the version table's. */
    public static final String SUFFIX = "_progress";

    private final String name;

    /** Set once the table is known to exist with every column: a run checks it before its first step only. */
    private volatile boolean ready;

    public ProgressTable(VersionTable versionTable) {
        this.name = nameFor(versionTable.name());
    }

    /** The progress table that goes with a version table: {@code autogen_version_progress}. */
    public static String nameFor(String versionTable) {
        return dev.autogen.core.database.LiveReadOptions.progressTableFor(versionTable);
    }

    public String name() {
        return name;
    }

    /**
     * Creates the table when it does not exist ({@code CREATE TABLE IF NOT EXISTS}); adds the {@code pending} column to
     * one an earlier version of Autogen created without it.
     */
    public void createIfMissing(Connection connection) {
        if (ready) {
            return;
        }
        if (VersionTable.exists(connection, name)) {
            addPendingIfMissing(connection);
            ready = true;
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + name + " (revision VARCHAR("
                    + VersionTable.MAX_REVISION_LENGTH + ") NOT NULL, direction VARCHAR(10) NOT NULL,"
                    + " calls INTEGER NOT NULL, statements INTEGER NOT NULL, applied INTEGER NOT NULL,"
                    + " digest VARCHAR(64) NOT NULL, last_statement VARCHAR(" + StatementProgress.MAX_STATEMENT + "),"
                    + " pending VARCHAR(" + StatementProgress.MAX_STATEMENT + "),"
                    + " CONSTRAINT " + name + "_pkc PRIMARY KEY (revision))");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            ready = true;
        } catch (SQLException e) {
            throw new VersionTableException(
                    "Cannot create the migration progress table " + name
                            + " (may this user create tables in the current schema?)",
                    e);
        }
    }

    private void addPendingIfMissing(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet probe = statement.executeQuery("SELECT pending FROM " + name + " WHERE 1 = 0")) {
                return;
            } catch (SQLException missing) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
            }
            statement.execute("ALTER TABLE " + name + " ADD pending VARCHAR(" + StatementProgress.MAX_STATEMENT + ")");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new VersionTableException("Cannot add the column pending to the migration progress table " + name, e);
        }
    }

    /** The progress of an interrupted migration, if any; none when the table does not exist. */
    public Optional<StatementProgress> read(Connection connection) {
        if (!VersionTable.exists(connection, name)) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT revision, direction, calls, statements, applied,"
                        + " digest, last_statement, pending FROM " + name + " ORDER BY revision")) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new StatementProgress(
                    rows.getString(1),
                    rows.getString(2),
                    rows.getInt(3),
                    rows.getInt(4),
                    rows.getInt(5),
                    rows.getString(6),
                    rows.getString(7),
                    rows.getString(8)));
        } catch (SQLException e) {
            throw new VersionTableException("Cannot read the migration progress table " + name, e);
        }
    }

    /** Replaces the row with {@code progress}, on the caller's connection and transaction. */
    public void record(Connection connection, StatementProgress progress) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + name);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + name
                + " (revision, direction, calls, statements, applied, digest, last_statement, pending)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, progress.revision());
            insert.setString(2, progress.direction());
            insert.setInt(3, progress.calls());
            insert.setInt(4, progress.statements());
            insert.setInt(5, progress.applied());
            insert.setString(6, progress.digest());
            insert.setString(7, progress.lastStatement());
            insert.setString(8, progress.pending());
            insert.executeUpdate();
        }
    }

    /** Deletes the row, if the table exists, on the caller's connection and transaction. */
    public void clear(Connection connection) {
        if (!VersionTable.exists(connection, name)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + name);
        } catch (SQLException e) {
            throw new VersionTableException("Cannot empty the migration progress table " + name, e);
        }
    }
}
