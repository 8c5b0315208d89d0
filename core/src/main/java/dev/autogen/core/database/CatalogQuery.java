package dev.autogen.core.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One catalog query run to its last row, for the readers that put the model together from plain queries. */
public final class CatalogQuery {

    /** What is done with each row. */
    @FunctionalInterface
    public interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private CatalogQuery() {}

    /** Runs {@code sql} (no parameters) and hands every row to {@code row}. */
    public static void forEachRow(Connection connection, String sql, Row row) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }
}
