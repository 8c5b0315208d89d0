package dev.autogen.databases.postgresql;

import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One table's catalog rows as {@link PostgresTables} collects them, turned into a {@link Table} at the end. */
final class TableRows {

    private final String name;
    private final List<Column> columns = new ArrayList<>();
    private String primaryKeyName;
    private final List<String> primaryKeyColumns = new ArrayList<>();
    private final Map<String, List<String>> uniques = new TreeMap<>();
    private final Map<String, List<String>> indexColumns = new TreeMap<>();
    private final Map<String, Boolean> indexUnique = new LinkedHashMap<>();
    private final Map<String, List<String>> indexDescending = new LinkedHashMap<>();
    private final Map<String, List<String>> foreignKeyColumns = new TreeMap<>();
    private final Map<String, List<String>> referencedColumns = new LinkedHashMap<>();
    private final Map<String, String> referencedTables = new LinkedHashMap<>();
    private final Map<String, String[]> rules = new LinkedHashMap<>();

    TableRows(String name) {
        this.name = name;
    }

    void column(Column column) {
        columns.add(column);
    }

    /** A key column, in key order: of the primary key ({@code p}) or of a unique constraint ({@code u}). */
    void keyColumn(String type, String constraint, String column) {
        if (type.equals("p")) {
            primaryKeyName = constraint;
            primaryKeyColumns.add(column);
        } else {
            uniques.computeIfAbsent(constraint, k -> new ArrayList<>()).add(column);
        }
    }

    /** An index column, in key order. */
    void indexColumn(String index, boolean unique, String column, boolean descending) {
        indexColumns.computeIfAbsent(index, k -> new ArrayList<>()).add(column);
        indexUnique.put(index, unique);
        if (descending) {
            indexDescending.computeIfAbsent(index, k -> new ArrayList<>()).add(column);
        }
    }

    /** A foreign key column pair, in key order; the rules are PostgreSQL's action codes. */
    void foreignKeyColumn(
            String key,
            String column,
            String referencedTable,
            String referencedColumn,
            String onDelete,
            String onUpdate) {
        foreignKeyColumns.computeIfAbsent(key, k -> new ArrayList<>()).add(column);
        referencedColumns.computeIfAbsent(key, k -> new ArrayList<>()).add(referencedColumn);
        referencedTables.put(key, referencedTable);
        rules.put(key, new String[] {onDelete, onUpdate});
    }

    /** The table, with constraints and indexes sorted by name as the rest of the reader reports them. */
    Table table(PostgresObjects objects) {
        PrimaryKey primaryKey = primaryKeyColumns.isEmpty() ? null : new PrimaryKey(primaryKeyName, primaryKeyColumns);
        List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        uniques.forEach((constraint, cols) -> uniqueConstraints.add(new UniqueConstraint(constraint, cols)));
        List<Index> indexes = new ArrayList<>();
        indexColumns.forEach((index, cols) ->
                indexes.add(new Index(index, cols, indexUnique.get(index), indexDescending.get(index))));
        List<ForeignKey> foreignKeys = new ArrayList<>();
        foreignKeyColumns.forEach((key, cols) -> foreignKeys.add(new ForeignKey(
                key,
                cols,
                referencedTables.get(key),
                referencedColumns.get(key),
                action(rules.get(key)[0]),
                action(rules.get(key)[1]))));
        return new Table(
                name,
                columns,
                primaryKey,
                uniqueConstraints,
                indexes,
                foreignKeys,
                objects.checks(name),
                objects.tableComment(name));
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            case "r" -> ReferentialAction.RESTRICT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
