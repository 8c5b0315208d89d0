package dev.autogen.runtime.internal.migration.version;

import dev.autogen.runtime.internal.migration.error.VersionTableException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The table that records which revisions a database is at: one row per applied head, in a single column
 * {@code version_num varchar(32) not null primary key}. An empty (or missing) table means base. The table lives in
 * the connection's current schema.
 */
public final class VersionTable {

    public static final String DEFAULT_NAME = "autogen_version";
    /** The longest revision id the table can hold. */
    public static final int MAX_REVISION_LENGTH = 32;

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final String name;

    /** The default table, {@code autogen_version}. */
    public VersionTable() {
        this(DEFAULT_NAME);
    }

    /** A table with another name: letters, digits and underscores, used unquoted. */
    public VersionTable(String name) {
        Objects.requireNonNull(name, "name");
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("version table name must be letters, digits and underscores: " + name);
        }
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Whether the table exists in the connection's current schema. */
    public boolean exists(Connection connection) {
        return exists(connection, name);
    }

    /** Whether table {@code name} exists in the connection's current schema. */
    static boolean exists(Connection connection, String name) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            String stored = meta.storesUpperCaseIdentifiers()
                    ? name.toUpperCase(Locale.ROOT)
                    : meta.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
            try (ResultSet tables = meta.getTables(connection.getCatalog(), currentSchema(connection), stored, null)) {
                while (tables.next()) {
                    if (name.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw new VersionTableException("Cannot look up the table " + name, e);
        }
    }

    /**
     * Creates the table when it does not exist, committing if the connection is not in auto-commit mode. It is
     * {@code CREATE TABLE IF NOT EXISTS}, so a concurrent runner that created it first is no error.
     */
    public void createIfMissing(Connection connection) {
        if (exists(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(createStatement());
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new VersionTableException(
                    "Cannot create the version table " + name + " (may this user create tables in the current schema?)",
                    e);
        }
    }

    /** The revisions the database is at, sorted; empty for base or when the table does not exist. */
    public List<String> read(Connection connection) {
        return exists(connection) ? readExisting(connection) : List.of();
    }

    /**
     * The rows of a version table known to exist, without asking the catalog first (which, at every step of a long
     * run, was a good part of its time on SQLite).
     */
    public List<String> readExisting(Connection connection) {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version_num FROM " + name + " ORDER BY version_num")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return List.copyOf(versions);
        } catch (SQLException e) {
            throw new VersionTableException("Cannot read the version table " + name, e);
        }
    }

    /**
     * Moves the recorded heads from {@code from} to {@code to}: deletes the rows only in {@code from}, inserts those
     * only in {@code to}. Runs on the caller's connection and transaction.
     *
     * @throws VersionTableException if a row to delete is not there (someone else changed the table), or SQL fails
     */
    public void replace(Connection connection, Collection<String> from, Collection<String> to) {
        Set<String> delete = new LinkedHashSet<>(from);
        delete.removeAll(to);
        Set<String> insert = new LinkedHashSet<>(to);
        insert.removeAll(from);
        try {
            for (String version : delete) {
                try (PreparedStatement statement =
                        connection.prepareStatement("DELETE FROM " + name + " WHERE version_num = ?")) {
                    statement.setString(1, version);
                    if (statement.executeUpdate() != 1) {
                        throw new VersionTableException("The version table " + name + " does not hold " + version
                                + " as expected (was the database migrated by someone else meanwhile?): check " + name
                                + " and run again");
                    }
                }
            }
            for (String version : insert) {
                try (PreparedStatement statement =
                        connection.prepareStatement("INSERT INTO " + name + " (version_num) VALUES (?)")) {
                    statement.setString(1, version);
                    statement.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new VersionTableException("Cannot update the version table " + name, e);
        }
    }

    /** Deletes every row, known revisions or not, on the caller's connection and transaction. */
    public void clear(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + name);
        } catch (SQLException e) {
            throw new VersionTableException("Cannot empty the version table " + name, e);
        }
    }

    /** {@code CREATE TABLE IF NOT EXISTS} for this table; also the first statement of an offline script. */
    public String createStatement() {
        return "CREATE TABLE IF NOT EXISTS " + name + " (version_num VARCHAR(" + MAX_REVISION_LENGTH + ") NOT NULL, "
                + "CONSTRAINT " + name + "_pkc PRIMARY KEY (version_num))";
    }

    /**
     * What {@link #replace} does, as statements with the revisions written in as literals, for offline scripts: an
     * {@code UPDATE} when one row becomes another, else {@code DELETE}s and {@code INSERT}s.
     */
    public List<String> replaceStatements(Collection<String> from, Collection<String> to) {
        Set<String> delete = new LinkedHashSet<>(from);
        delete.removeAll(to);
        Set<String> insert = new LinkedHashSet<>(to);
        insert.removeAll(from);
        List<String> out = new ArrayList<>();
        if (delete.size() == 1 && insert.size() == 1) {
            out.add("UPDATE " + name + " SET version_num = "
                    + literal(insert.iterator().next()) + " WHERE version_num = "
                    + literal(delete.iterator().next()));
            return out;
        }
        for (String version : delete) {
            out.add("DELETE FROM " + name + " WHERE version_num = " + literal(version));
        }
        for (String version : insert) {
            out.add("INSERT INTO " + name + " (version_num) VALUES (" + literal(version) + ")");
        }
        return out;
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String currentSchema(Connection connection) {
        try {
            return connection.getSchema();
        } catch (SQLException | AbstractMethodError | UnsupportedOperationException e) {
            return null;
        }
    }
}
