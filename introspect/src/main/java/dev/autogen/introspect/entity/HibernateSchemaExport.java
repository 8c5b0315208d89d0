package dev.autogen.introspect.entity;

import dev.autogen.core.dialect.SchemaDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * The schema Hibernate's own export would create for the entities: the statements its schema creator emits through the
 * target dialect's exporters (sequences, tables with their init commands, indexes and unique keys, then foreign keys),
 * without a connection. Catalogs and schemas are not created.
 */
public final class HibernateSchemaExport {

    private final DatabaseVersion databaseVersion;

    /** An export for each dialect's default database version (PostgreSQL 15.0, SQLite 3.45, ...). */
    public HibernateSchemaExport() {
        this(null);
    }

    /** An export for this database version, or the dialect's default when null. */
    public HibernateSchemaExport(DatabaseVersion databaseVersion) {
        this.databaseVersion = databaseVersion;
    }

    /**
     * The create statements, in execution order. Where the database keeps no comments (SQLite), Hibernate's
     * {@code comment on} statements are left out: they fail there, and Hibernate's own export only logs that.
     */
    public List<String> createStatements(EntitySource source, SchemaDialect dialect) {
        Objects.requireNonNull(source, "source");
        HibernateTarget target = HibernateTarget.forDialect(dialect.name(), databaseVersion);
        try (HibernateBoot boot = HibernateBoot.start(source, target)) {
            return new HibernateDdl(boot).createStatements(dialect);
        }
    }

    /**
     * Runs the create statements on {@code connection}, in order. The caller owns the connection and its transaction.
     */
    public void apply(EntitySource source, SchemaDialect dialect, Connection connection) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        List<String> statements = createStatements(source, dialect);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    String message = "Hibernate's DDL failed: " + sql + " (" + e.getMessage() + ")";
                    throw new SQLException(message, e.getSQLState(), e);
                }
            }
        }
    }
}
