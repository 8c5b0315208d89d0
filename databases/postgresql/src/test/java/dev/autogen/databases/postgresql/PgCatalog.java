package dev.autogen.databases.postgresql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads what the tests assert on from PostgreSQL's catalog, in the connection's current schema. */
final class PgCatalog {

    /** One column as PostgreSQL reports it. */
    record Col(String type, boolean notNull, String defaultExpr, String identity) {}

    private final Connection c;

    PgCatalog(Connection c) {
        this.c = c;
    }

    Map<String, Col> columns(String table) throws SQLException {
        Map<String, Col> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid),
                       a.attidentity
                from pg_attribute a
                join pg_class t on t.oid = a.attrelid
                join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
                left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                where t.relname = ? and a.attnum > 0 and not a.attisdropped
                order by a.attnum""")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(
                            rs.getString(1),
                            new Col(rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    /** Constraint name to its definition ({@code pg_get_constraintdef}), for the table. */
    Map<String, String> constraints(String table) throws SQLException {
        return pairs("""
                select k.conname, pg_get_constraintdef(k.oid)
                from pg_constraint k
                join pg_class t on t.oid = k.conrelid
                join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
                where t.relname = ? order by k.conname""", table);
    }

    /** Index name to its definition, for the table. */
    Map<String, String> indexes(String table) throws SQLException {
        return pairs(
                "select indexname, indexdef from pg_indexes where schemaname = current_schema() and tablename = ?"
                        + " order by indexname",
                table);
    }

    boolean tableExists(String table) throws SQLException {
        return !strings(
                        "select table_name from information_schema.tables where table_schema = current_schema()"
                                + " and table_name = ?",
                        table)
                .isEmpty();
    }

    List<String> strings(String sql, String arg) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (arg != null) {
                ps.setString(1, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private Map<String, String> pairs(String sql, String arg) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return out;
    }
}
