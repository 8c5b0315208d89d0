package dev.autogen.databases.sqlite;

import dev.autogen.core.database.SqlSink;
import dev.autogen.core.database.TableLookup;
import dev.autogen.core.model.Identifiers;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs SQLite operations on a live connection: reads the current table definition with {@link SqliteSchemaReader}
 * for rebuilds, keeps the table's triggers, refuses a rebuild that would fire other tables' {@code ON DELETE} actions,
 * and checks foreign keys afterwards.
 *
 * <p>About {@code PRAGMA foreign_keys}: it cannot change inside a transaction. With it OFF (what a migration runner
 * should set before {@code BEGIN}), dropping the old table touches no other table and {@code foreign_key_check} then
 * verifies the rebuilt table and the tables referencing it. With it ON, dropping the table deletes its rows first,
 * which would run the {@code ON DELETE} actions of referencing foreign keys ({@code CASCADE} would delete their rows),
 * so such a rebuild is refused with an explanation; referencing keys with {@code NO ACTION} are safe, as the rebuild
 * defers foreign key checks and puts every parent row back.
 */
final class SqliteRebuilder {

    private final SqliteDialect dialect;
    private final Connection connection;
    private final SqliteSchemaReader reader;

    SqliteRebuilder(SqliteDialect dialect, Connection connection) {
        this.dialect = dialect;
        this.connection = connection;
        this.reader = new SqliteSchemaReader(connection, dialect, null);
    }

    void apply(Operation op, SqlSink sink) throws SQLException {
        TableLookup live = name -> read(name);
        SqliteDdl ddl = new SqliteDdl(dialect, live, index -> storedSql("index", index));
        boolean rebuild;
        List<String> statements;
        try {
            rebuild = ddl.rebuilds(op);
            statements = op.accept(ddl);
        } catch (UncheckedSql e) {
            throw e.getCause();
        }
        if (!rebuild) {
            for (String sql : statements) {
                sink.run(sql);
            }
            return;
        }
        String table = op.table();
        List<Reference> referencing = referencing(table);
        if (SqliteSession.foreignKeysOn(connection)) {
            List<Reference> acting = referencing.stream()
                    .filter(r -> !r.onDelete().equalsIgnoreCase("NO ACTION"))
                    .toList();
            if (!acting.isEmpty()) {
                throw new IllegalStateException("cannot rebuild SQLite table " + table + " for " + op.kind()
                        + " while PRAGMA foreign_keys is ON: dropping the old table would run ON DELETE "
                        + acting.get(0).onDelete() + " of the foreign key from "
                        + acting.get(0).table()
                        + ". Run migrations inside Dialect.openSession(connection), which switches PRAGMA foreign_keys"
                        + " off before the transaction begins and checks every foreign key before commit.");
            }
        }
        List<String> triggers = triggers(table);
        for (String sql : statements) {
            sink.run(sql);
        }
        for (String sql : triggers) {
            sink.run(sql);
        }
        if (sink.executes()) {
            Set<String> checked = new LinkedHashSet<>();
            checked.add(table);
            for (Reference r : referencing) {
                checked.add(r.table());
            }
            for (String t : checked) {
                checkForeignKeys(t);
            }
        }
    }

    private Optional<Table> read(String name) {
        try {
            return reader.readTable(name);
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    /** The stored SQL of a table or index (none for the indexes SQLite makes itself). */
    private Optional<String> storedSql(String type, String name) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT sql FROM main.sqlite_master WHERE type = ? AND name = ? COLLATE NOCASE AND sql IS NOT NULL")) {
            ps.setString(1, type);
            ps.setString(2, Identifiers.text(name));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    /** A foreign key of another table that references {@code table}. */
    record Reference(String table, String onDelete) {}

    private List<Reference> referencing(String table) throws SQLException {
        List<Reference> out = new ArrayList<>();
        String sql = "SELECT m.name, p.on_delete FROM main.sqlite_master m, pragma_foreign_key_list(m.name) p"
                + " WHERE m.type = 'table' AND p.\"table\" = ? COLLATE NOCASE AND m.name <> ? COLLATE NOCASE";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, Identifiers.text(table));
            ps.setString(2, Identifiers.text(table));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Reference(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    private List<String> triggers(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT sql FROM main.sqlite_master WHERE type = 'trigger' AND tbl_name = ? COLLATE NOCASE"
                        + " AND sql IS NOT NULL ORDER BY rowid")) {
            ps.setString(1, Identifiers.text(table));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private void checkForeignKeys(String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA foreign_key_check(" + dialect.quoteLiteral(table) + ")")) {
            if (rs.next()) {
                throw new SQLException(
                        "foreign key violated after rebuilding SQLite table: row " + rs.getLong(2)
                                + " of " + rs.getString(1) + " references a missing row of " + rs.getString(3)
                                + " (foreign key #" + rs.getInt(4) + ")",
                        "23000");
            }
        }
    }

    /** Carries a {@link SQLException} through {@link TableLookup}. */
    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
