package dev.autogen.databases.mariadb;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one MariaDB or MySQL database with one {@code information_schema} query per kind of object, from this
 * package's resources ({@link MariaDbTables}, {@link MariaDbObjects}). The database is what the others call a schema
 * (JDBC sees it as a catalog): the one {@link LiveReadOptions#schema()} names, else the connection's current database.
 * Only base tables are read, with their columns, primary keys, foreign keys, indexes, unique constraints, check
 * constraints and comments, and the database's sequences.
 *
 * <p>Columns: the type is {@code COLUMN_TYPE} ({@code varchar(255)}, {@code bigint(20)}, {@code datetime(6)},
 * {@code enum('A','B')}) mapped through {@link SchemaDialect#parseType}; {@code auto_increment} is identity; a
 * generated column has its expression as MariaDB prints it ({@code `price` * 2}) and no default; defaults are as
 * MariaDB prints them ({@code 'draft'}, {@code 0.00}, {@code b'1'}, the text {@code NULL} for none), to be compared
 * through {@link SchemaDialect#normalizeDefault}. Indexes: non-unique ones only, since a unique index and a unique
 * constraint are the same thing here and are reported as unique constraints, and without the indexes the database
 * created for foreign keys (see {@link dev.autogen.databases.mariadb.ForeignKeyIndexes}). Foreign key rules
 * are as declared, {@code RESTRICT} when none is (compare them through {@link SchemaDialect#canonicalAction}). The
 * {@code json_valid} check MariaDB adds to a {@code json} column is part of that type and not reported.
 */
public final class MariaDbCatalogReader implements CatalogReader {

    private final boolean mysql;

    private MariaDbCatalogReader(boolean mysql) {
        this.mysql = mysql;
    }

    /** The reader for the {@code mariadb} dialect. */
    public static MariaDbCatalogReader mariadb() {
        return new MariaDbCatalogReader(false);
    }

    /** The reader for the {@code mysql} dialect (MySQL 8.0.16 or later: check constraints). */
    public static MariaDbCatalogReader mysql() {
        return new MariaDbCatalogReader(true);
    }

    @Override
    public String dialectName() {
        return mysql ? "mysql" : "mariadb";
    }

    @Override
    public SchemaSnapshot read(Connection connection, SchemaDialect dialect, LiveReadOptions options) {
        String database = resolveDatabase(connection, options.schema());
        try {
            MariaDbObjects objects = MariaDbObjects.read(connection, database, mysql);
            return new MariaDbTables(connection, database, dialect, options, mysql).read(objects);
        } catch (SQLException e) {
            throw new LiveReadException(
                    "could not read database '" + database + "': " + LiveReadException.describe(e), e);
        }
    }

    private static String resolveDatabase(Connection connection, String requested) {
        try {
            String name = requested;
            if (name == null) {
                try (PreparedStatement ps = connection.prepareStatement("SELECT DATABASE()");
                        ResultSet rs = ps.executeQuery()) {
                    name = rs.next() ? rs.getString(1) : null;
                }
                if (name == null) {
                    throw new LiveReadException("no database selected: name it in the URL "
                            + "(jdbc:mariadb://host:3306/app) or as the schema to read");
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(MariaDbCatalogSql.DATABASE)) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new LiveReadException("database '" + name + "' does not exist");
                    }
                    return rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new LiveReadException("could not look up the database to read: " + LiveReadException.describe(e), e);
        }
    }
}
