package dev.autogen.cli.compare;

import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.runtime.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sequence tables that exist but hold no row. Where Hibernate emulates a sequence with a table ({@code Item_SEQ
 * (next_val)}: no primary key, one initial row), it reads the next value from that row and fails on the application's
 * first insert when there is none ("Could not read a hi value"). The schema itself is then right, so no schema change
 * shows it; migrations written by Autogen before it gave these tables their row left them empty. A table generator's
 * table ({@code hibernate_sequences}) is not checked: Hibernate inserts a missing segment's row itself.
 */
final class EmptySequenceTables {

    private EmptySequenceTables() {}

    /**
     * One line per empty sequence table of {@code live} that the entities need a row in, with the statement that
     * inserts it.
     *
     * @param schema the schema compared ({@code --schema}), or null for the connection's own
     */
    static List<String> find(SchemaSnapshot entities, SchemaSnapshot live, String schema, Dialect dialect,
            Connection connection) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Table wanted : entities.tables()) {
            if (wanted.initialRows() == null || wanted.primaryKey() != null || wanted.initialRows().rows().size() != 1) {
                continue;
            }
            Optional<Table> existing = live.tables().stream()
                    .filter(t -> dialect.nameKey(t.name()).equals(dialect.nameKey(wanted.name())))
                    .findFirst();
            if (existing.isEmpty()) {
                continue;
            }
            String name = schema == null ? existing.get().name() : QualifiedName.of(schema, existing.get().name());
            try (Statement s = connection.createStatement();
                    ResultSet rs = s.executeQuery("select count(*) from " + dialect.quoteQualified(name))) {
                if (rs.next() && rs.getLong(1) == 0) {
                    String insert = dialect.initialRowInserts(wanted.withName(name)).get(0);
                    out.add("! table " + existing.get().name() + " holds no row: Hibernate reads the next identifier"
                            + " from it, so the application's first insert fails; give it its row in a migration:"
                            + " op.execute(\"" + insert.replace("\\", "\\\\").replace("\"", "\\\"") + "\")");
                }
            }
        }
        return out;
    }
}
