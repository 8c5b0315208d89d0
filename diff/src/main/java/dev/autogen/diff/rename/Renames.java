package dev.autogen.diff.rename;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.ops.RenameColumnOp;
import dev.autogen.core.ops.RenameTableOp;
import dev.autogen.core.ops.Safety;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds renames a plan may really mean, and turns requested renames into operations. A dropped column and an added
 * column of the same table are a possible rename when the added one can hold the dropped one's values (the same type
 * on this database, or a wider one); a dropped table and a created table are one when they have the same columns
 * (names and types). Each dropped column or table pairs with at most one added, the first compatible in plan order,
 * an exact type match first.
 */
public final class Renames {

    private Renames() {}

    /** The possible renames among the plan's drops and adds, tables first. */
    public static List<Rename> detect(MigrationPlan plan, SchemaDialect dialect) {
        List<Rename> found = new ArrayList<>();
        List<Table> dropped = new ArrayList<>();
        List<Table> created = new ArrayList<>();
        Map<String, List<Column>> droppedColumns = new LinkedHashMap<>();
        Map<String, List<Column>> addedColumns = new LinkedHashMap<>();
        Map<String, String> tableNames = new LinkedHashMap<>();
        for (Operation op : plan.operations()) {
            if (op instanceof DropTableOp drop) {
                dropped.add(drop.definition());
            } else if (op instanceof CreateTableOp create) {
                created.add(create.definition());
            } else if (op instanceof DropColumnOp drop) {
                tableNames.putIfAbsent(dialect.nameKey(drop.table()), drop.table());
                droppedColumns
                        .computeIfAbsent(dialect.nameKey(drop.table()), k -> new ArrayList<>())
                        .add(drop.column());
            } else if (op instanceof AddColumnOp add) {
                tableNames.putIfAbsent(dialect.nameKey(add.table()), add.table());
                addedColumns
                        .computeIfAbsent(dialect.nameKey(add.table()), k -> new ArrayList<>())
                        .add(add.column());
            }
        }
        Set<Table> pairedTables = new HashSet<>();
        for (Table old : dropped) {
            created.stream()
                    .filter(t -> !pairedTables.contains(t) && sameColumns(old, t, dialect))
                    .findFirst()
                    .ifPresent(t -> {
                        pairedTables.add(t);
                        found.add(new Rename(old.name(), null, t.name()));
                    });
        }
        for (Map.Entry<String, List<Column>> e : droppedColumns.entrySet()) {
            String table = tableNames.get(e.getKey());
            List<Column> candidates = new ArrayList<>(addedColumns.getOrDefault(e.getKey(), List.of()));
            // a column dropped and added under its own name is replaced (a changed generated expression), not renamed
            candidates.removeIf(c -> e.getValue().stream()
                    .anyMatch(o -> dialect.nameKey(o.name()).equals(dialect.nameKey(c.name()))));
            for (Column old : e.getValue()) {
                Optional<Column> match = candidates.stream()
                        .filter(c -> sameType(old, c, dialect))
                        .findFirst()
                        .or(() -> candidates.stream()
                                .filter(c -> widens(table, old, c))
                                .findFirst());
                match.ifPresent(c -> {
                    candidates.remove(c);
                    found.add(new Rename(table, old.name(), c.name()));
                });
            }
        }
        return found;
    }

    /**
     * The operations that perform {@code renames} on {@code current} so that it matches {@code target}'s names: table
     * renames first, then column renames (on the tables' new names), with names as each schema stores them.
     *
     * @throws IllegalArgumentException naming the first rename that does not fit the two schemas, and why
     */
    public static List<Operation> operations(
            List<Rename> renames, SchemaSnapshot current, SchemaSnapshot target, SchemaDialect dialect) {
        List<Operation> tableOps = new ArrayList<>();
        List<Operation> columnOps = new ArrayList<>();
        Map<String, Table> renamedTables = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (Rename r : renames.stream().filter(Rename::isTable).toList()) {
            Table from = table(current, r.table(), dialect)
                    .orElseThrow(() -> problem(r, "the database has no table " + r.table()));
            Table to = table(target, r.to(), dialect)
                    .orElseThrow(() -> problem(r, "the entities have no table " + r.to()));
            if (table(target, r.table(), dialect).isPresent()) {
                throw problem(r, "the entities still have a table " + r.table());
            }
            if (table(current, r.to(), dialect).isPresent()) {
                throw problem(r, "the database already has a table " + r.to());
            }
            if (!seen.add("t:" + dialect.nameKey(from.name()))
                    || renamedTables.containsKey(dialect.nameKey(to.name()))) {
                throw problem(r, "table " + r.table() + " is renamed twice");
            }
            renamedTables.put(dialect.nameKey(to.name()), from);
            renamedTables.put(dialect.nameKey(from.name()), from);
            tableOps.add(new RenameTableOp(from.name(), to.name()));
        }
        for (Rename r : renames.stream().filter(rename -> !rename.isTable()).toList()) {
            Table from = Optional.ofNullable(renamedTables.get(dialect.nameKey(r.table())))
                    .or(() ->
                            Optional.ofNullable(renamedTables.get(dialect.nameKey(dialect.foldIdentifier(r.table())))))
                    .or(() -> table(current, r.table(), dialect))
                    .orElseThrow(() -> problem(r, "the database has no table " + r.table()));
            String newTableName = tableOps.stream()
                    .map(op -> (RenameTableOp) op)
                    .filter(op -> op.from().equals(from.name()))
                    .map(RenameTableOp::to)
                    .findFirst()
                    .orElse(from.name());
            Table to = table(target, newTableName, dialect)
                    .orElseThrow(() -> problem(r, "the entities have no table " + newTableName));
            Column old = column(from, r.column(), dialect)
                    .orElseThrow(() -> problem(r, "the database has no column " + from.name() + "." + r.column()));
            Column renamed = column(to, r.to(), dialect)
                    .orElseThrow(() -> problem(r, "the entities have no column " + to.name() + "." + r.to()));
            if (column(to, r.column(), dialect).isPresent()) {
                throw problem(r, "the entities still have a column " + to.name() + "." + r.column());
            }
            if (column(from, r.to(), dialect).isPresent()) {
                throw problem(r, "the database already has a column " + from.name() + "." + r.to());
            }
            if (!seen.add("c:" + dialect.nameKey(from.name()) + "." + dialect.nameKey(old.name()))) {
                throw problem(r, "column " + from.name() + "." + old.name() + " is renamed twice");
            }
            columnOps.add(new RenameColumnOp(newTableName, old.name(), renamed.name()));
        }
        List<Operation> ops = new ArrayList<>(tableOps);
        ops.addAll(columnOps);
        return ops;
    }

    private static IllegalArgumentException problem(Rename r, String why) {
        return new IllegalArgumentException("--rename " + r.spec() + ": " + why);
    }

    /** The table named {@code name} as stored, else as the database stores it unquoted ({@code users} is H2's USERS). */
    private static Optional<Table> table(SchemaSnapshot schema, String name, SchemaDialect dialect) {
        return named(schema.tables(), Table::name, name, dialect);
    }

    private static Optional<Column> column(Table table, String name, SchemaDialect dialect) {
        return named(table.columns(), Column::name, name, dialect);
    }

    private static <T> Optional<T> named(
            List<T> items, java.util.function.Function<T, String> nameOf, String name, SchemaDialect dialect) {
        String key = dialect.nameKey(name);
        String folded = dialect.nameKey(dialect.foldIdentifier(name));
        return items.stream()
                .filter(i -> dialect.nameKey(nameOf.apply(i)).equals(key))
                .findFirst()
                .or(() -> items.stream()
                        .filter(i -> dialect.nameKey(nameOf.apply(i)).equals(folded))
                        .findFirst());
    }

    private static boolean sameColumns(Table a, Table b, SchemaDialect dialect) {
        if (a.columns().size() != b.columns().size()) {
            return false;
        }
        Map<String, String> typesOfA = a.columns().stream()
                .collect(Collectors.toMap(c -> dialect.nameKey(c.name()), dialect::canonicalColumnType, (x, y) -> x));
        return b.columns().stream()
                .allMatch(c -> dialect.canonicalColumnType(c).equals(typesOfA.get(dialect.nameKey(c.name()))));
    }

    private static boolean sameType(Column a, Column b, SchemaDialect dialect) {
        return dialect.canonicalColumnType(a).equals(dialect.canonicalColumnType(b));
    }

    /** Whether changing {@code old}'s type to {@code added}'s keeps every value, by core's own rule. */
    private static boolean widens(String table, Column old, Column added) {
        ColumnState typeOnly = new ColumnState(added.type(), old.nullable(), old.serverDefault(), old.comment());
        return new AlterColumnOp(table, old.name(), old.state(), typeOnly).safety() == Safety.SAFE;
    }
}
