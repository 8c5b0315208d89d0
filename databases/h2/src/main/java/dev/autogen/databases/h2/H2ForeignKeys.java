package dev.autogen.databases.h2;

import dev.autogen.core.database.CatalogQuery;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.ReferentialAction;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The foreign keys of one H2 schema's tables, read as three plain queries (foreign key columns, referential
 * constraints, key columns) and matched here. H2 builds an information schema view again for every row of a join on
 * constraint names, so the one query that joined them took over 20 seconds at 2,000 tables; these take milliseconds.
 */
final class H2ForeignKeys {

    private H2ForeignKeys() {}

    /** Table name to its foreign keys, sorted by name, columns in key order; another schema's table is schema.table. */
    static Map<String, List<ForeignKey>> read(Connection connection, String schema) throws SQLException {
        Map<String, Map<String, List<Part>>> parts = new TreeMap<>();
        CatalogQuery.forEachRow(
                connection,
                H2CatalogSql.forSchema(H2CatalogSql.FOREIGN_KEY_COLUMNS, schema),
                rs -> parts.computeIfAbsent(rs.getString("TABLE_NAME"), t -> new TreeMap<>())
                        .computeIfAbsent(rs.getString("CONSTRAINT_NAME"), c -> new ArrayList<>())
                        .add(new Part(
                                rs.getInt("ORDINAL_POSITION"),
                                rs.getString("COLUMN_NAME"),
                                rs.getInt("POSITION_IN_UNIQUE_CONSTRAINT"))));
        Map<String, Rule> rules = new HashMap<>();
        CatalogQuery.forEachRow(
                connection,
                H2CatalogSql.forSchema(H2CatalogSql.REFERENTIAL_CONSTRAINTS, schema),
                rs -> rules.put(
                        rs.getString("CONSTRAINT_NAME"),
                        new Rule(
                                rs.getString("UNIQUE_CONSTRAINT_SCHEMA"),
                                rs.getString("UNIQUE_CONSTRAINT_NAME"),
                                ReferentialAction.fromSql(rs.getString("DELETE_RULE")),
                                ReferentialAction.fromSql(rs.getString("UPDATE_RULE")))));
        Map<String, KeyColumn> keyColumns = new HashMap<>();
        CatalogQuery.forEachRow(
                connection,
                H2CatalogSql.KEY_COLUMNS,
                rs -> keyColumns.put(
                        key(
                                rs.getString("CONSTRAINT_SCHEMA"),
                                rs.getString("CONSTRAINT_NAME"),
                                rs.getInt("ORDINAL_POSITION")),
                        new KeyColumn(
                                rs.getString("TABLE_SCHEMA"),
                                rs.getString("TABLE_NAME"),
                                rs.getString("COLUMN_NAME"))));
        Map<String, List<ForeignKey>> keys = new TreeMap<>();
        parts.forEach((table, byName) -> {
            List<ForeignKey> tableKeys = new ArrayList<>();
            byName.forEach((name, columns) -> {
                Rule rule = rules.get(name);
                if (rule == null) {
                    return; // not a foreign key after all
                }
                List<Part> ordered = columns.stream()
                        .sorted(Comparator.comparingInt(Part::position))
                        .toList();
                List<KeyColumn> referenced = new ArrayList<>();
                for (Part part : ordered) {
                    KeyColumn column = keyColumns.get(key(rule.keySchema(), rule.keyName(), part.referencedPosition()));
                    if (column == null) {
                        return; // the referenced key is not visible to this connection
                    }
                    referenced.add(column);
                }
                KeyColumn first = referenced.get(0);
                String referencedTable =
                        schema.equals(first.schema()) ? first.table() : first.schema() + "." + first.table();
                tableKeys.add(new ForeignKey(
                        name,
                        ordered.stream().map(Part::column).toList(),
                        referencedTable,
                        referenced.stream().map(KeyColumn::column).toList(),
                        rule.onDelete(),
                        rule.onUpdate()));
            });
            keys.put(table, List.copyOf(tableKeys));
        });
        return keys;
    }

    private static String key(String schema, String constraint, int position) {
        return schema + '\u0000' + constraint + '\u0000' + position;
    }

    private record Part(int position, String column, int referencedPosition) {}

    private record Rule(String keySchema, String keyName, ReferentialAction onDelete, ReferentialAction onUpdate) {}

    private record KeyColumn(String schema, String table, String column) {}
}
