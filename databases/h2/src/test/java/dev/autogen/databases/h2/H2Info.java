package dev.autogen.databases.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what the tests assert on from H2's INFORMATION_SCHEMA, in the connection's current schema. */
final class H2Info {

    /** One column as H2 reports it; the type is DATA_TYPE with the size that matters for the tests. */
    record Col(String type, boolean nullable, String defaultExpr, boolean identity, String generated, String comment) {}

    private final Connection c;

    H2Info(Connection c) {
        this.c = c;
    }

    Map<String, Col> columns(String table) throws SQLException {
        Map<String, Col> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select column_name,
                       data_type || case
                           when character_maximum_length is not null and data_type not like '%LARGE OBJECT'
                               then '(' || character_maximum_length || ')'
                           when data_type = 'NUMERIC' then '(' || numeric_precision || ', ' || numeric_scale || ')'
                           else '' end,
                       is_nullable = 'YES', column_default, is_identity = 'YES', generation_expression, remarks
                from information_schema.columns
                where table_schema = current_schema and table_name = ?
                order by ordinal_position""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            rs.getString(1),
                            new Col(
                                    rs.getString(2),
                                    rs.getBoolean(3),
                                    rs.getString(4),
                                    rs.getBoolean(5),
                                    rs.getString(6),
                                    rs.getString(7)));
                }
            }
        }
        return out;
    }

    /** Constraint name to {@code TYPE (COL, ...)}, for the table. */
    Map<String, String> constraints(String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : rows("""
                select tc.constraint_name, tc.constraint_type || ' (' || coalesce(
                       (select listagg(k.column_name, ', ') within group (order by k.ordinal_position)
                        from information_schema.key_column_usage k
                        where k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name),
                       (select listagg(u.column_name, ', ') within group (order by u.column_name)
                        from information_schema.constraint_column_usage u
                        where u.constraint_schema = tc.constraint_schema and u.constraint_name = tc.constraint_name
                          and u.table_name = tc.table_name), '') || ')'
                from information_schema.table_constraints tc
                where tc.table_schema = current_schema and tc.table_name = ?
                order by tc.constraint_name""", table)) {
            out.put(row.get(0), row.get(1));
        }
        return out;
    }

    /** Check constraint name to its condition as H2 stores it. */
    Map<String, String> checks(String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : rows("""
                select cc.constraint_name, cc.check_clause
                from information_schema.check_constraints cc
                join information_schema.table_constraints tc
                  on tc.constraint_schema = cc.constraint_schema and tc.constraint_name = cc.constraint_name
                where tc.table_schema = current_schema and tc.table_name = ?
                order by cc.constraint_name""", table)) {
            out.put(row.get(0), row.get(1));
        }
        return out;
    }

    /** Indexes created by statements (not by constraints): name to {@code [UNIQUE ](COL, ...)}. */
    Map<String, String> indexes(String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : rows("""
                select i.index_name, case when i.index_type_name = 'UNIQUE INDEX' then 'UNIQUE ' else '' end || '('
                       || listagg(ic.column_name, ', ') within group (order by ic.ordinal_position) || ')'
                from information_schema.indexes i
                join information_schema.index_columns ic
                  on ic.index_schema = i.index_schema and ic.index_name = i.index_name
                where i.table_schema = current_schema and i.table_name = ? and not i.is_generated
                group by i.index_name, i.index_type_name
                order by i.index_name""", table)) {
            out.put(row.get(0), row.get(1));
        }
        return out;
    }

    String tableComment(String table) throws SQLException {
        List<List<String>> rows = rows(
                "select remarks from information_schema.tables"
                        + " where table_schema = current_schema and table_name = ?",
                table);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    boolean tableExists(String table) throws SQLException {
        return !rows(
                        "select table_name from information_schema.tables where table_schema = current_schema"
                                + " and table_name = ?",
                        table)
                .isEmpty();
    }

    /** Sequence name to {@code start/increment}. */
    Map<String, String> sequences() throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> row : rows(
                "select sequence_name, start_value || '/' || increment from information_schema.sequences"
                        + " where sequence_schema = current_schema and sequence_name <> ? order by sequence_name",
                "")) {
            out.put(row.get(0), row.get(1));
        }
        return out;
    }

    private List<List<String>> rows(String sql, String arg) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
            }
        }
        return out;
    }
}
