package dev.autogen.engine;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.InitialRows;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rows of the identifier-generator tables a plan drops, kept for its downgrade. A sequence table ({@code Item_SEQ
 * (next_val)}) or a table generator's table ({@code hibernate_sequences (sequence_name, next_val)}) whose entities are
 * gone is dropped with them; the downgrade re-creates it from the live definition, which has no rows. Empty, the
 * application's first insert fails ("Could not read a hi value"); given its initial value, the identifiers start over
 * and collide with those handed out before. So the drop's definition carries the rows as they are when the migration
 * is generated (the current next value), and the downgrade's {@code createTable} inserts them.
 *
 * <p>Only tables of a generator's shape are read, and only small ones: a sequence table has no primary key and one
 * integer column {@code next_val}; a generator table has two columns, a string one that is its primary key and an
 * integer one, or Hibernate's default names {@code sequence_name} and {@code next_val}.
 */
final class DroppedGeneratorRows {

    /** A generator table holds one row per segment; one with more rows than this is not a generator's. */
    static final int MAX_ROWS = 100;

    private DroppedGeneratorRows() {}

    /**
     * The current rows of each table of {@code live} that the entities no longer have and that has a generator's
     * shape, by the table's name in {@code live}.
     *
     * @param schema the schema compared (the {@code schema} setting), or null for the connection's own; a name that is already
     *     schema-qualified is read as it is
     */
    static Map<String, InitialRows> read(
            SchemaSnapshot entities, SchemaSnapshot live, String schema, Dialect dialect, Connection connection)
            throws SQLException {
        Set<String> mapped =
                entities.tables().stream().map(t -> dialect.nameKey(t.name())).collect(Collectors.toSet());
        Map<String, InitialRows> out = new LinkedHashMap<>();
        for (Table table : live.tables()) {
            if (mapped.contains(dialect.nameKey(table.name())) || !generatorShaped(table)) {
                continue;
            }
            String name = QualifiedName.parse(table.name()).schema() != null
                    ? table.name()
                    : QualifiedName.of(schema, table.name());
            InitialRows rows = rows(table, name, dialect, connection);
            if (rows != null) {
                out.put(table.name(), rows);
            }
        }
        return out;
    }

    /** The plan with each drop of a table in {@code rows} carrying those rows, so that its reverse inserts them. */
    static MigrationPlan attach(MigrationPlan plan, Map<String, InitialRows> rows) {
        if (rows.isEmpty()) {
            return plan;
        }
        List<Operation> ops = new ArrayList<>();
        for (Operation op : plan.operations()) {
            if (op instanceof DropTableOp drop
                    && drop.definition().initialRows() == null
                    && rows.containsKey(drop.table())) {
                ops.add(new DropTableOp(drop.definition().withInitialRows(rows.get(drop.table()))));
            } else {
                ops.add(op);
            }
        }
        return new MigrationPlan(ops);
    }

    static boolean generatorShaped(Table table) {
        List<Column> columns = table.columns();
        if (columns.size() == 1) {
            return table.primaryKey() == null
                    && columns.get(0).name().equalsIgnoreCase("next_val")
                    && integer(columns.get(0));
        }
        if (columns.size() != 2) {
            return false;
        }
        Column key = string(columns.get(0)) ? columns.get(0) : columns.get(1);
        Column value = key == columns.get(0) ? columns.get(1) : columns.get(0);
        if (!string(key) || !integer(value)) {
            return false;
        }
        boolean keyed = table.primaryKey() != null
                && table.primaryKey().columns().size() == 1
                && table.primaryKey().columns().get(0).equalsIgnoreCase(key.name());
        boolean defaultNames =
                key.name().equalsIgnoreCase("sequence_name") && value.name().equalsIgnoreCase("next_val");
        return keyed || defaultNames;
    }

    private static boolean integer(Column column) {
        TypeKind kind = column.type().kind();
        return kind == TypeKind.BIGINT
                || kind == TypeKind.INTEGER
                || ((kind == TypeKind.NUMERIC || kind == TypeKind.DECIMAL)
                        && (column.type().scale() == null || column.type().scale() == 0));
    }

    private static boolean string(Column column) {
        TypeKind kind = column.type().kind();
        return kind == TypeKind.VARCHAR
                || kind == TypeKind.CHAR
                || kind == TypeKind.NVARCHAR
                || kind == TypeKind.NCHAR
                || kind == TypeKind.TEXT;
    }

    /** The table's rows, or null when it has none, more than {@link #MAX_ROWS}, or a value that is not whole. */
    private static InitialRows rows(Table table, String name, Dialect dialect, Connection connection)
            throws SQLException {
        List<String> columns = table.columns().stream().map(Column::name).toList();
        String select = "select " + columns.stream().map(dialect::quote).collect(Collectors.joining(", ")) + " from "
                + dialect.quoteQualified(name) + " order by 1";
        List<List<Object>> values = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            s.setMaxRows(MAX_ROWS + 1);
            try (ResultSet rs = s.executeQuery(select)) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.add(integer(table.columns().get(i)) ? whole(rs.getBigDecimal(i + 1)) : rs.getString(i + 1));
                    }
                    values.add(row);
                }
            }
        }
        if (values.isEmpty() || values.size() > MAX_ROWS) {
            return null;
        }
        try {
            return InitialRows.of(columns, values);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Object whole(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().scale() <= 0 ? value.toBigIntegerExact() : value;
    }
}
