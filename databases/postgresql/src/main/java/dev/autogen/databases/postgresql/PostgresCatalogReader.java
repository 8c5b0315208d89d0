package dev.autogen.databases.postgresql;

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
 * Reads one PostgreSQL schema with the catalog queries in this package's resources: one query per kind of object
 * (tables, columns, primary keys and unique constraints, indexes, foreign keys, check constraints, table comments,
 * sequences), each limited in SQL to the schema's oid, so that a schema of thousands of tables costs a handful of round
 * trips ({@link PostgresTables}, {@link PostgresObjects}). Only ordinary tables are read (no views, routines, triggers
 * or privileges); tables the options do not accept are dropped as their rows arrive.
 *
 * <p>Columns: the type is {@code format_type(atttypid, atttypmod)} ({@code character varying(255)},
 * {@code timestamp(6) with time zone}) mapped through {@link SchemaDialect#parseType}. Identity columns and serial
 * columns (a {@code nextval(...)} default on a sequence the column owns) are reported as identity without a default.
 * Other defaults are passed through as PostgreSQL prints them ({@code 'draft'::character varying}). A stored generated
 * column is reported with its expression as PostgreSQL prints it and no default. Check conditions are as
 * {@code pg_get_expr} prints them ({@code (price >= (0)::numeric)}); compare them through
 * {@link SchemaDialect#normalizeCheck}.
 */
public final class PostgresCatalogReader implements CatalogReader {

    @Override
    public String dialectName() {
        return "postgresql";
    }

    @Override
    public SchemaSnapshot read(Connection connection, SchemaDialect dialect, LiveReadOptions options) {
        PostgresSchema schema = resolveSchema(connection, options.schema());
        PostgresObjects objects = PostgresObjects.read(connection, schema);
        return new PostgresTables(connection, schema, dialect, options).read(objects);
    }

    static PostgresSchema resolveSchema(Connection connection, String requested) {
        try {
            String name = requested;
            if (name == null) {
                try (PreparedStatement ps = connection.prepareStatement(PostgresCatalogSql.CURRENT_SCHEMA);
                        ResultSet rs = ps.executeQuery()) {
                    name = rs.next() ? rs.getString(1) : null;
                }
                if (name == null) {
                    throw new LiveReadException("no current schema: the search_path names no existing schema; "
                            + "name the schema to read");
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(PostgresCatalogSql.SCHEMA)) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new LiveReadException("schema '" + name + "' does not exist");
                    }
                    return new PostgresSchema(rs.getLong(1), rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new LiveReadException("could not look up the schema to read: " + LiveReadException.describe(e), e);
        }
    }
}
