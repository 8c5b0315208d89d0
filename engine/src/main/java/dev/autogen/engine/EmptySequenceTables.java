package dev.autogen.engine;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sequence tables that exist but hold no row. Where Hibernate emulates a sequence with a table ({@code Item_SEQ
 * (next_val)}: no primary key, one initial row), it reads the next value from that row and fails on the application's
 * first insert when there is none ("Could not read a hi value"). The schema itself is then right, so no schema change
 * shows it; migrations written by Autogen before it gave these tables their row left them empty. A table generator's
 * table ({@code hibernate_sequences}) is not checked: Hibernate inserts a missing segment's row itself.
 */
final class EmptySequenceTables {

    /** Tables counted per query. */
    private static final int BATCH = 200;

    private EmptySequenceTables() {}

    /**
     * One line per empty sequence table of {@code live} that the entities need a row in, with the statement that
     * inserts it.
     *
     * @param schema the schema compared (the {@code schema} setting), or null for the connection's own
     */
    static List<String> find(
            SchemaSnapshot entities, SchemaSnapshot live, String schema, Dialect dialect, Connection connection)
            throws SQLException {
        Map<String, Table> liveByKey = new HashMap<>();
        live.tables().forEach(t -> liveByKey.putIfAbsent(dialect.nameKey(t.name()), t));
        List<Table> wantedTables = new ArrayList<>();
        List<String> liveNames = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Table wanted : entities.tables()) {
            if (wanted.initialRows() == null
                    || wanted.primaryKey() != null
                    || wanted.initialRows().rows().size() != 1) {
                continue;
            }
            Table existing = liveByKey.get(dialect.nameKey(wanted.name()));
            if (existing != null) {
                wantedTables.add(wanted);
                liveNames.add(existing.name());
                names.add(schema == null ? existing.name() : QualifiedName.of(schema, existing.name()));
            }
        }
        List<String> out = new ArrayList<>();
        // one round trip per batch of tables, not one per table: check runs on every build
        for (int from = 0; from < names.size(); from += BATCH) {
            int to = Math.min(names.size(), from + BATCH);
            StringBuilder counts = new StringBuilder();
            for (int i = from; i < to; i++) {
                counts.append(i == from ? "" : " union all ")
                        .append("select ")
                        .append(i)
                        .append(", (select count(*) from ")
                        .append(dialect.quoteQualified(names.get(i)))
                        .append(")");
            }
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery(counts.toString())) {
                List<Integer> empty = new ArrayList<>();
                while (rs.next()) {
                    if (rs.getLong(2) == 0) {
                        empty.add(rs.getInt(1));
                    }
                }
                empty.stream()
                        .sorted()
                        .forEach(i -> out.add(line(wantedTables.get(i), liveNames.get(i), names.get(i), dialect)));
            }
        }
        return out;
    }

    private static String line(Table wanted, String liveName, String name, Dialect dialect) {
        String insert = dialect.initialRowInserts(wanted.withName(name)).get(0);
        return "! table " + liveName + " holds no row: Hibernate reads the next identifier"
                + " from it, so the application's first insert fails; give it its row in a migration:"
                + " op.execute(\"" + insert.replace("\\", "\\\\").replace("\"", "\\\"") + "\")";
    }
}
