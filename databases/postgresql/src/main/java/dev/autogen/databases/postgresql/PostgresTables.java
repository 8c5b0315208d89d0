package dev.autogen.databases.postgresql;

import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tables of one PostgreSQL schema with one catalog query per kind of object (tables, columns, key
 * constraints, indexes, foreign keys), each limited in SQL to the schema's oid, so that the cost grows with the
 * number of rows and not with round trips. Tables the options do not accept are skipped as their rows arrive.
 */
final class PostgresTables {

    private final Connection connection;
    private final PostgresSchema schema;
    private final SchemaDialect dialect;
    private final LiveReadOptions options;

    PostgresTables(Connection connection, PostgresSchema schema, SchemaDialect dialect, LiveReadOptions options) {
        this.connection = connection;
        this.schema = schema;
        this.dialect = dialect;
        this.options = options;
    }

    /** The schema's accepted tables, with {@code objects}' checks, comments and sequences. */
    SchemaSnapshot read(PostgresObjects objects) {
        try (Statement statement = connection.createStatement()) {
            Map<String, TableRows> tables = new LinkedHashMap<>();
            try (ResultSet rs = statement.executeQuery(schema.limit(PostgresCatalogSql.TABLES))) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (options.accepts(name, dialect)) {
                        tables.put(name, new TableRows(name));
                    }
                }
            }
            if (!tables.isEmpty()) {
                readColumns(statement, tables);
                try (ResultSet rs = statement.executeQuery(schema.limit(PostgresCatalogSql.KEY_CONSTRAINTS))) {
                    while (rs.next()) {
                        TableRows table = tables.get(rs.getString("table_name"));
                        if (table != null) {
                            table.keyColumn(
                                    rs.getString("constraint_type"),
                                    rs.getString("constraint_name"),
                                    rs.getString("column_name"));
                        }
                    }
                }
                try (ResultSet rs = statement.executeQuery(schema.limit(PostgresCatalogSql.TABLE_INDEXES))) {
                    while (rs.next()) {
                        TableRows table = tables.get(rs.getString("table_name"));
                        if (table != null) {
                            table.indexColumn(
                                    rs.getString("index_name"),
                                    rs.getBoolean("is_unique"),
                                    rs.getString("column_name"),
                                    rs.getBoolean("is_descending"));
                        }
                    }
                }
                try (ResultSet rs = statement.executeQuery(schema.limit(PostgresCatalogSql.TABLE_FOREIGN_KEYS))) {
                    while (rs.next()) {
                        TableRows table = tables.get(rs.getString("table_name"));
                        if (table != null) {
                            table.foreignKeyColumn(
                                    rs.getString("constraint_name"),
                                    rs.getString("column_name"),
                                    referencedTable(
                                            rs.getString("referenced_schema"), rs.getString("referenced_table")),
                                    rs.getString("referenced_column"),
                                    rs.getString("on_delete"),
                                    rs.getString("on_update"));
                        }
                    }
                }
            }
            List<Table> read = new ArrayList<>(tables.size());
            tables.values().forEach(t -> read.add(t.table(objects)));
            return new SchemaSnapshot(read, objects.sequences());
        } catch (SQLException e) {
            throw new LiveReadException(
                    "could not read schema '" + schema.name() + "': " + LiveReadException.describe(e), e);
        }
    }

    /** A table of the schema read by its name, one of another schema as {@code schema.table}. */
    private static String referencedTable(String otherSchema, String table) {
        return otherSchema == null ? table : otherSchema + "." + table;
    }

    /**
     * Columns: identity columns and serial columns (a {@code nextval(...)} default on a sequence the column owns) are
     * identity without a default; a stored generated column keeps its expression and has no default; other defaults
     * are as PostgreSQL prints them.
     */
    private void readColumns(Statement statement, Map<String, TableRows> tables) throws SQLException {
        try (ResultSet rs = statement.executeQuery(schema.limit(PostgresCatalogSql.COLUMNS))) {
            while (rs.next()) {
                TableRows table = tables.get(rs.getString("table_name"));
                if (table == null) {
                    continue;
                }
                String name = rs.getString("column_name");
                String fullType = rs.getString("full_type");
                String defaultExpression = rs.getString("default_expr");
                boolean identityColumn = !isBlank(rs.getString("identity"));
                boolean serial = defaultExpression != null
                        && defaultExpression.startsWith("nextval(")
                        && rs.getBoolean("owned_sequence");
                boolean generated = !isBlank(rs.getString("generated"));
                boolean identity = identityColumn || serial;
                String serverDefault = identity || generated ? null : defaultExpression;
                table.column(new Column(
                        name,
                        dialect.parseType(fullType),
                        !rs.getBoolean("not_null"),
                        serverDefault,
                        identity,
                        rs.getString("comment"),
                        generated ? defaultExpression : null));
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
