package dev.autogen.databases.h2;

import dev.autogen.core.database.CatalogQuery;
import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads one H2 schema (by default the connection's, {@code PUBLIC} in a new database) with the queries on H2's
 * {@code INFORMATION_SCHEMA} in this package's resources, one per kind of object over the whole schema, the rows put
 * together here: base tables with their columns and comments, primary keys, unique and check constraints, indexes (not
 * those H2 made for a constraint), foreign keys with their rules ({@link H2ForeignKeys}) and the schema's sequences.
 * The queries avoid joins that H2 answers by building an information schema view again for every row.
 *
 * <p>Columns: the type is the data type {@code INFORMATION_SCHEMA.COLUMNS} reports with its size
 * ({@code CHARACTER VARYING(255)}, {@code TIMESTAMP(6) WITH TIME ZONE}, {@code ENUM('A', 'B')}) mapped through
 * {@link SchemaDialect#parseType}; identity columns have no default; a computed column keeps its expression as H2
 * rewrote it ({@code "PRICE" * 2}) and has no default; other defaults are passed through as H2 prints them. A check
 * constraint whose name H2 made up ({@code CONSTRAINT_F}) is reported without a name. The table the H2 dialect's
 * migration lock creates while a run holds it is never reported.
 */
public final class H2CatalogReader implements CatalogReader {

    /** How H2 names a constraint that was given no name. */
    private static final Pattern GENERATED_NAME = Pattern.compile("CONSTRAINT_[0-9A-F]+(?:_[0-9]+)?");

    @Override
    public String dialectName() {
        return "h2";
    }

    @Override
    public SchemaSnapshot read(Connection connection, SchemaDialect dialect, LiveReadOptions options) {
        String schema = resolveSchema(connection, options.schema());
        String lockTable = options.versionTable() == null ? null : H2Dialect.lockTableName(options.versionTable());
        try {
            return read(connection, schema, dialect, options.withTableFilter(name -> !name.equals(lockTable)));
        } catch (SQLException e) {
            throw new LiveReadException("could not read schema '" + schema + "': " + LiveReadException.describe(e), e);
        }
    }

    /** The schema to read as H2 stores its name: {@code requested}, or the connection's current schema. */
    static String resolveSchema(Connection connection, String requested) {
        try {
            String name = requested;
            if (name == null) {
                try (PreparedStatement ps = connection.prepareStatement(H2CatalogSql.CURRENT_SCHEMA);
                        ResultSet rs = ps.executeQuery()) {
                    name = rs.next() ? rs.getString(1) : null;
                }
                if (name == null) {
                    throw new LiveReadException("the H2 connection has no current schema; name the schema to read");
                }
            }
            try (PreparedStatement ps = connection.prepareStatement(H2CatalogSql.SCHEMA)) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new LiveReadException("schema '" + name + "' does not exist (H2 stores unquoted names in"
                                + " upper case: PUBLIC)");
                    }
                    return rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new LiveReadException("could not look up the schema to read: " + LiveReadException.describe(e), e);
        }
    }

    private static SchemaSnapshot read(
            Connection connection, String schema, SchemaDialect dialect, LiveReadOptions options) throws SQLException {
        Map<String, Rows> tables = new LinkedHashMap<>();
        CatalogQuery.forEachRow(connection, sql(H2CatalogSql.TABLE_ATTRIBUTES, schema), rs -> {
            String name = rs.getString("TABLE_NAME");
            if (options.accepts(name, dialect)) {
                tables.put(name, new Rows(name, blankToNull(rs.getString("AUTOGEN_COMMENT"))));
            }
        });
        List<Sequence> sequences = new ArrayList<>();
        CatalogQuery.forEachRow(connection, sql(H2CatalogSql.SEQUENCES, schema), rs -> {
            long start = rs.getObject("START_VALUE") == null ? 1 : rs.getLong("START_VALUE");
            sequences.add(new Sequence(rs.getString("SEQUENCE_NAME"), start, rs.getLong("INCREMENT")));
        });
        if (tables.isEmpty()) {
            return new SchemaSnapshot(List.of(), sequences);
        }
        CatalogQuery.forEachRow(connection, sql(H2CatalogSql.COLUMN_ATTRIBUTES, schema), rs -> {
            Rows table = tables.get(rs.getString("TABLE_NAME"));
            if (table == null) {
                return;
            }
            String name = rs.getString("COLUMN_NAME");
            String fullType = blankToNull(rs.getString("AUTOGEN_FULL_TYPE"));
            if (fullType == null) {
                throw new LiveReadException("no type for column " + table.name + "." + name);
            }
            boolean identity = "YES".equalsIgnoreCase(rs.getString("AUTOGEN_IDENTITY"));
            String generated = blankToNull(rs.getString("AUTOGEN_GENERATED"));
            String serverDefault = identity || generated != null ? null : blankToNull(rs.getString("AUTOGEN_DEFAULT"));
            table.columns.add(new Column(
                    name,
                    dialect.parseType(fullType),
                    "YES".equalsIgnoreCase(rs.getString("AUTOGEN_NULLABLE")),
                    serverDefault,
                    identity,
                    blankToNull(rs.getString("AUTOGEN_COMMENT")),
                    generated));
        });
        CatalogQuery.forEachRow(connection, sql(H2CatalogSql.PRIMARY_KEYS, schema), rs -> {
            Rows table = tables.get(rs.getString("TABLE_NAME"));
            if (table != null) {
                table.primaryKeyName = rs.getString("PK_NAME");
                table.primaryKey.add(rs.getString("COLUMN_NAME"));
            }
        });
        Map<String, String> constraintTypes = new HashMap<>();
        Map<String, String> checkTables = new HashMap<>();
        CatalogQuery.forEachRow(connection, sql(H2CatalogSql.TABLE_CONSTRAINTS, schema), rs -> {
            String name = rs.getString("CONSTRAINT_NAME");
            constraintTypes.put(name, rs.getString("CONSTRAINT_TYPE"));
            if ("CHECK".equals(rs.getString("CONSTRAINT_TYPE"))) {
                checkTables.put(name, rs.getString("TABLE_NAME"));
            }
        });
        CatalogQuery.forEachRow(connection, sql(H2CatalogSql.CONSTRAINT_COLUMNS, schema), rs -> {
            Rows table = tables.get(rs.getString("TABLE_NAME"));
            String constraint = rs.getString("CONSTRAINT_NAME");
            if (table != null && "UNIQUE".equals(constraintTypes.get(constraint))) {
                table.uniques
                        .computeIfAbsent(constraint, k -> new ArrayList<>())
                        .add(rs.getString("COLUMN_NAME"));
            }
        });
        CatalogQuery.forEachRow(connection, sql(H2CatalogSql.CHECK_CONSTRAINTS, schema), rs -> {
            String name = rs.getString("CONSTRAINT_NAME");
            Rows table = tables.get(checkTables.get(name));
            String clause = blankToNull(rs.getString("CHECK_CLAUSE"));
            if (table != null && clause != null) {
                table.checks.put(name, clause.strip());
            }
        });
        CatalogQuery.forEachRow(connection, sql(H2CatalogSql.INDEXES, schema), rs -> {
            Rows table = tables.get(rs.getString("TABLE_NAME"));
            if (table != null) {
                String index = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                table.indexColumns
                        .computeIfAbsent(index, k -> new ArrayList<>())
                        .add(column);
                table.indexUnique.put(index, !rs.getBoolean("NON_UNIQUE"));
                List<String> descending = table.indexDescending.computeIfAbsent(index, k -> new ArrayList<>());
                if ("D".equals(rs.getString("ASC_OR_DESC"))) {
                    descending.add(column);
                }
            }
        });
        Map<String, List<ForeignKey>> foreignKeys = H2ForeignKeys.read(connection, schema);
        List<Table> read = new ArrayList<>(tables.size());
        for (Rows rows : tables.values()) {
            read.add(rows.table(foreignKeys.getOrDefault(rows.name, List.of())));
        }
        return new SchemaSnapshot(read, sequences);
    }

    private static String sql(String query, String schema) {
        return H2CatalogSql.forSchema(query, schema);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** One table's rows, in the order the queries give them (key and index columns in key order). */
    private static final class Rows {
        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        String primaryKeyName;
        final List<String> primaryKey = new ArrayList<>();
        final Map<String, List<String>> uniques = new TreeMap<>();
        final Map<String, String> checks = new TreeMap<>();
        final Map<String, List<String>> indexColumns = new TreeMap<>();
        final Map<String, Boolean> indexUnique = new HashMap<>();
        final Map<String, List<String>> indexDescending = new HashMap<>();

        Rows(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        Table table(List<ForeignKey> foreignKeys) {
            List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
            uniques.forEach((n, cols) -> uniqueConstraints.add(new UniqueConstraint(n, cols)));
            List<CheckConstraint> checkConstraints = new ArrayList<>();
            // a name H2 made up differs from one database to the next: the check is matched by its condition
            checks.forEach((n, clause) -> checkConstraints.add(
                    new CheckConstraint(GENERATED_NAME.matcher(n).matches() ? null : n, clause)));
            List<Index> indexes = new ArrayList<>();
            indexColumns.forEach(
                    (n, cols) -> indexes.add(new Index(n, cols, indexUnique.get(n), indexDescending.get(n))));
            return new Table(
                    name,
                    columns,
                    primaryKey.isEmpty() ? null : new PrimaryKey(primaryKeyName, primaryKey),
                    uniqueConstraints,
                    indexes,
                    foreignKeys,
                    checkConstraints,
                    comment);
        }
    }
}
