package dev.autogen.databases.mariadb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what the tests assert on from MariaDB's {@code information_schema}, in the connection's database. */
final class MariaDbCatalog {

    /** One column as MariaDB reports it. */
    record Col(String type, boolean notNull, String defaultExpr, String extra, String comment, String generation) {}

    private final Connection c;

    MariaDbCatalog(Connection c) {
        this.c = c;
    }

    Map<String, Col> columns(String table) throws SQLException {
        Map<String, Col> out = new LinkedHashMap<>();
        for (List<String> row : query(
                "SELECT COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT,"
                        + " GENERATION_EXPRESSION FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                        + " AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
                table)) {
            out.put(
                    row.get(0),
                    new Col(row.get(1), row.get(2).equals("NO"), row.get(3), row.get(4), row.get(5), row.get(6)));
        }
        return out;
    }

    /** Index name to {@code "unique (a, b)"} or {@code "(a, b)"}, PRIMARY included. */
    Map<String, String> indexes(String table) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new LinkedHashMap<>();
        for (List<String> row : query(
                "SELECT INDEX_NAME, NON_UNIQUE, COLUMN_NAME FROM information_schema.STATISTICS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY INDEX_NAME, SEQ_IN_INDEX",
                table)) {
            columns.computeIfAbsent(row.get(0), n -> new ArrayList<>()).add(row.get(2));
            unique.put(row.get(0), row.get(1).equals("0"));
        }
        Map<String, String> out = new LinkedHashMap<>();
        columns.forEach(
                (name, cols) -> out.put(name, (unique.get(name) ? "unique (" : "(") + String.join(", ", cols) + ")"));
        return out;
    }

    /** Constraint name to type: {@code PRIMARY KEY}, {@code UNIQUE}, {@code FOREIGN KEY}, {@code CHECK}. */
    Map<String, String> constraints(String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : query(
                "SELECT CONSTRAINT_NAME, CONSTRAINT_TYPE FROM information_schema.TABLE_CONSTRAINTS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME",
                table)) {
            out.put(row.get(0), row.get(1));
        }
        return out;
    }

    /** Foreign key name to {@code "(cols) -> table (cols) on delete X on update Y"}. */
    Map<String, String> foreignKeys(String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : query(
                "SELECT k.CONSTRAINT_NAME, GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION),"
                        + " k.REFERENCED_TABLE_NAME, GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION),"
                        + " r.DELETE_RULE, r.UPDATE_RULE FROM information_schema.KEY_COLUMN_USAGE k"
                        + " JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.TABLE_SCHEMA"
                        + " AND r.TABLE_NAME = k.TABLE_NAME AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME"
                        + " WHERE k.TABLE_SCHEMA = DATABASE() AND k.TABLE_NAME = ?"
                        + " GROUP BY k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME, r.DELETE_RULE, r.UPDATE_RULE",
                table)) {
            out.put(
                    row.get(0),
                    "(" + row.get(1) + ") -> " + row.get(2) + " (" + row.get(3) + ") on delete " + row.get(4)
                            + " on update " + row.get(5));
        }
        return out;
    }

    /** Check constraint name to its clause, as MariaDB rewrites it. */
    Map<String, String> checks(String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : query(
                "SELECT CONSTRAINT_NAME, CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                        + " WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY CONSTRAINT_NAME",
                table)) {
            out.put(row.get(0), row.get(1));
        }
        return out;
    }

    String tableComment(String table) throws SQLException {
        List<List<String>> rows = query(
                "SELECT TABLE_COMMENT FROM information_schema.TABLES"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?",
                table);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    boolean tableExists(String table) throws SQLException {
        return !query(
                        "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
                                + " AND TABLE_TYPE = 'BASE TABLE'",
                        table)
                .isEmpty();
    }

    boolean sequenceExists(String name) throws SQLException {
        return !query(
                        "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"
                                + " AND TABLE_TYPE = 'SEQUENCE'",
                        name)
                .isEmpty();
    }

    private List<List<String>> query(String sql, String parameter) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
