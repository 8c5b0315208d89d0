package dev.autogen.databases.postgresql;

import dev.autogen.core.database.LiveReadException;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Sequence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one schema holds beyond its tables' columns, keys and indexes, read with this package's catalog queries: check
 * constraints and comments per table, and the sequences that stand on their own.
 *
 * @param checks check constraints by table name, in name order
 * @param tableComments table comments by table name
 * @param sequences sequences not owned by a column, in name order
 */
record PostgresObjects(
        Map<String, List<CheckConstraint>> checks, Map<String, String> tableComments, List<Sequence> sequences) {

    PostgresObjects {
        checks = Map.copyOf(checks);
        tableComments = Map.copyOf(tableComments);
        sequences = List.copyOf(sequences);
    }

    /** Reads them from {@code connection}, which is neither closed nor changed. */
    static PostgresObjects read(Connection connection, PostgresSchema schema) {
        try {
            Map<String, List<CheckConstraint>> checks = new HashMap<>();
            try (PreparedStatement ps =
                            connection.prepareStatement(schema.limit(PostgresCatalogSql.CHECK_CONSTRAINTS));
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    checks.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                            .add(new CheckConstraint(rs.getString(2), rs.getString(3)));
                }
            }
            Map<String, String> comments = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement(schema.limit(PostgresCatalogSql.TABLE_COMMENTS));
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    comments.put(rs.getString(1), rs.getString(2));
                }
            }
            List<Sequence> sequences = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(schema.limit(PostgresCatalogSql.SEQUENCES));
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sequences.add(new Sequence(rs.getString(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return new PostgresObjects(checks, comments, sequences);
        } catch (SQLException e) {
            throw new LiveReadException(
                    "could not read the check constraints, comments and sequences of schema '" + schema.name() + "': "
                            + LiveReadException.describe(e),
                    e);
        }
    }

    List<CheckConstraint> checks(String table) {
        return checks.getOrDefault(table, List.of());
    }

    String tableComment(String table) {
        return tableComments.get(table);
    }
}
