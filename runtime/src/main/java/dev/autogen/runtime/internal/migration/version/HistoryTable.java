package dev.autogen.runtime.internal.migration.version;

import dev.autogen.runtime.internal.migration.error.VersionTableException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table next to the version table ({@code autogen_version_history}) that records each applied revision: one row
 * per revision the database has applied (not only the heads, which the version table holds), with the checksum of its
 * migration as applied, when, by whom and how long it took. A runner changes it in the same transaction as the version
 * table: an upgrade adds the revision's row, a downgrade deletes it, a stamp adds and deletes rows as the version table
 * moves.
 *
 * <p>A database that an earlier release migrated has no such table: the first run that writes creates it and records
 * a row for each applied revision, with the checksum of its migration as it is now and the time unknown.
 */
public final class HistoryTable {

    /** What the history table's name adds to the version table's. */
    public static final String SUFFIX = "_history";

    /** A SHA-256 in hex. */
    static final int CHECKSUM_LENGTH = 64;

    /** The longest user name kept. */
    static final int MAX_USER = 128;

    private static final String COLUMNS = "revision, checksum, applied_at, applied_by, duration_ms";

    /**
     * The SHA-256 of the migration's source text when it was recorded: while the file reads the same, validation need
     * not compile it to compute its checksum. Added to tables an earlier release created ({@link #ensureSourceColumn});
     * offline scripts leave it empty.
     */
    static final String SOURCE_COLUMN = "source_sha256";

    /** The connection {@link #sourceColumn} was looked up on, and whether the table has that column there. */
    private Connection checkedOn;

    private boolean sourceColumn;

    private final String name;

    public HistoryTable(VersionTable versionTable) {
        this.name = nameFor(versionTable.name());
    }

    /** The history table that goes with a version table: {@code autogen_version_history}. */
    public static String nameFor(String versionTable) {
        return dev.autogen.core.database.LiveReadOptions.historyTableFor(versionTable);
    }

    public String name() {
        return name;
    }

    /** Whether the table exists in the connection's current schema. */
    public boolean exists(Connection connection) {
        return VersionTable.exists(connection, name);
    }

    /**
     * Creates the table when it does not exist ({@code CREATE TABLE IF NOT EXISTS}), committing if the connection is
     * not in auto-commit mode.
     *
     * @return whether it was created
     */
    public boolean createIfMissing(Connection connection) {
        if (exists(connection)) {
            return false;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(createStatement());
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return true;
        } catch (SQLException e) {
            throw new VersionTableException(
                    "Cannot create the migration history table " + name
                            + " (may this user create tables in the current schema?)",
                    e);
        }
    }

    /**
     * {@code CREATE TABLE IF NOT EXISTS} for this table; also a statement of offline scripts. {@code applied_at} is a
     * {@code TIMESTAMP} declared {@code NULL}, so that MySQL and MariaDB without {@code explicit_defaults_for_timestamp}
     * give it neither a default nor {@code ON UPDATE}.
     */
    public String createStatement() {
        return "CREATE TABLE IF NOT EXISTS " + name + " (revision VARCHAR(" + VersionTable.MAX_REVISION_LENGTH
                + ") NOT NULL, checksum VARCHAR(" + CHECKSUM_LENGTH + "), applied_at TIMESTAMP NULL, applied_by"
                + " VARCHAR(" + MAX_USER + "), duration_ms BIGINT, " + SOURCE_COLUMN + " VARCHAR(" + CHECKSUM_LENGTH
                + "), CONSTRAINT " + name + "_pkc PRIMARY KEY (revision))";
    }

    /**
     * Adds {@link #SOURCE_COLUMN} to a table an earlier release created without it; under the migration lock, with
     * auto-commit on.
     */
    public void ensureSourceColumn(Connection connection) {
        if (hasSourceColumn(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + name + " ADD " + SOURCE_COLUMN + " VARCHAR(" + CHECKSUM_LENGTH + ")");
            checkedOn = connection;
            sourceColumn = true;
        } catch (SQLException e) {
            throw new VersionTableException(
                    "Cannot add the column " + SOURCE_COLUMN + " to the migration history table " + name
                            + " (may this user alter it?)",
                    e);
        }
    }

    /** Whether the table has {@link #SOURCE_COLUMN}: asked once per connection. */
    private boolean hasSourceColumn(Connection connection) {
        if (checkedOn == connection) {
            return sourceColumn;
        }
        boolean found = false;
        try {
            java.sql.DatabaseMetaData meta = connection.getMetaData();
            String table = meta.storesUpperCaseIdentifiers()
                    ? name.toUpperCase(java.util.Locale.ROOT)
                    : meta.storesLowerCaseIdentifiers() ? name.toLowerCase(java.util.Locale.ROOT) : name;
            try (ResultSet columns =
                    meta.getColumns(connection.getCatalog(), VersionTable.currentSchema(connection), table, null)) {
                while (columns.next()) {
                    found |= SOURCE_COLUMN.equalsIgnoreCase(columns.getString("COLUMN_NAME"));
                }
            }
        } catch (SQLException e) {
            throw new VersionTableException("Cannot read the columns of the migration history table " + name, e);
        }
        checkedOn = connection;
        sourceColumn = found;
        return found;
    }

    /** Every row, by revision id; empty when the table does not exist. */
    public Map<String, AppliedRevision> read(Connection connection) {
        if (!exists(connection)) {
            return Map.of();
        }
        boolean withSource = hasSourceColumn(connection);
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + COLUMNS + (withSource ? ", " + SOURCE_COLUMN : "")
                        + " FROM " + name + " ORDER BY revision")) {
            Map<String, AppliedRevision> out = new LinkedHashMap<>();
            while (rows.next()) {
                long duration = rows.getLong(5);
                Long durationMillis = rows.wasNull() ? null : duration;
                out.put(
                        rows.getString(1),
                        new AppliedRevision(
                                rows.getString(1),
                                rows.getString(2),
                                rows.getString(3),
                                rows.getString(4),
                                durationMillis,
                                withSource ? rows.getString(6) : null));
            }
            return out;
        } catch (SQLException e) {
            throw new VersionTableException("Cannot read the migration history table " + name, e);
        }
    }

    /**
     * Records {@code revision} as applied now ({@code CURRENT_TIMESTAMP} of the database), replacing a row an earlier
     * run may have left; on the caller's connection and transaction.
     *
     * @param sourceHash the SHA-256 of its source text, or null (a migration without a file)
     * @param durationMillis how long its migration took; null for a stamp
     */
    public void applied(
            Connection connection,
            String revision,
            String checksum,
            String sourceHash,
            String appliedBy,
            Long durationMillis) {
        write(connection, revision, checksum, sourceHash, true, appliedBy, durationMillis);
    }

    /**
     * Records {@code revision}, applied before this table recorded anything, with the checksum its migration has now and
     * no time; on the caller's connection and transaction.
     */
    public void backfilled(Connection connection, String revision, String checksum, String sourceHash) {
        write(connection, revision, checksum, sourceHash, false, null, null);
    }

    private void write(
            Connection connection,
            String revision,
            String checksum,
            String sourceHash,
            boolean now,
            String appliedBy,
            Long durationMillis) {
        boolean withSource = hasSourceColumn(connection);
        try {
            delete(connection, revision);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + name + " (" + COLUMNS
                    + (withSource ? ", " + SOURCE_COLUMN : "") + ") VALUES (?, ?, "
                    + (now ? "CURRENT_TIMESTAMP" : "NULL") + ", ?, ?" + (withSource ? ", ?" : "") + ")")) {
                insert.setString(1, revision);
                insert.setString(2, checksum);
                insert.setString(3, user(appliedBy));
                if (durationMillis == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, durationMillis);
                }
                if (withSource) {
                    insert.setString(5, sourceHash);
                }
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new VersionTableException("Cannot record " + revision + " in the migration history table " + name, e);
        }
    }

    /** Deletes the row of {@code revision}, if any, on the caller's connection and transaction. */
    public void removed(Connection connection, String revision) {
        try {
            delete(connection, revision);
        } catch (SQLException e) {
            throw new VersionTableException(
                    "Cannot delete " + revision + " from the migration history table " + name, e);
        }
    }

    /**
     * Sets the checksum of {@code revision} ({@code repair --accept}), on the caller's connection and transaction.
     *
     * @return whether a row was there to change
     */
    public boolean accept(Connection connection, String revision, String checksum, String sourceHash) {
        boolean withSource = hasSourceColumn(connection);
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + name + " SET checksum = ?"
                + (withSource ? ", " + SOURCE_COLUMN + " = ?" : "") + " WHERE revision = ?")) {
            update.setString(1, checksum);
            if (withSource) {
                update.setString(2, sourceHash);
            }
            update.setString(withSource ? 3 : 2, revision);
            return update.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new VersionTableException(
                    "Cannot record the checksum of " + revision + " in the migration history table " + name, e);
        }
    }

    /**
     * Records the source hash of {@code revision}, whose checksum was found unchanged (a row written before the column
     * existed, or a reformatted file), on the caller's connection and transaction; nothing where the table lacks the
     * column.
     */
    public void sourceHash(Connection connection, String revision, String sourceHash) {
        if (!hasSourceColumn(connection)) {
            return;
        }
        try (PreparedStatement update =
                connection.prepareStatement("UPDATE " + name + " SET " + SOURCE_COLUMN + " = ? WHERE revision = ?")) {
            update.setString(1, sourceHash);
            update.setString(2, revision);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new VersionTableException(
                    "Cannot record the source hash of " + revision + " in the migration history table " + name, e);
        }
    }

    private void delete(Connection connection, String revision) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + name + " WHERE revision = ?")) {
            delete.setString(1, revision);
            delete.executeUpdate();
        }
    }

    /**
     * What {@link #applied} does, as statements for offline scripts: the time is the database's when the script runs;
     * the user and the duration are unknown (a script is the same whoever writes or runs it).
     */
    public List<String> appliedStatements(String revision, String checksum) {
        List<String> out = new ArrayList<>();
        out.add(removedStatement(revision));
        out.add("INSERT INTO " + name + " (" + COLUMNS + ") VALUES (" + literal(revision) + ", " + literal(checksum)
                + ", CURRENT_TIMESTAMP, NULL, NULL)");
        return out;
    }

    /** What {@link #removed} does, as a statement for offline scripts. */
    public String removedStatement(String revision) {
        return "DELETE FROM " + name + " WHERE revision = " + literal(revision);
    }

    private static String user(String user) {
        if (user == null) {
            return null;
        }
        return user.length() > MAX_USER ? user.substring(0, MAX_USER) : user;
    }

    private static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
