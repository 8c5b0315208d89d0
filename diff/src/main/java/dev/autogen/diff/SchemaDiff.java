package dev.autogen.diff;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.MigrationPlan;
import java.util.List;
import java.util.Map;

/**
 * Compares the schema the entities describe ({@code target}) with the schema the database has ({@code current}).
 * The plan turns {@code current} into {@code target}; its reverse turns {@code target} back into {@code current}.
 */
public final class SchemaDiff {

    private SchemaDiff() {}

    public static MigrationPlan compare(
            SchemaSnapshot target, SchemaSnapshot current, DiffOptions options, SchemaDialect dialect) {
        NameKeys names = new NameKeys(dialect, options.defaultSchema());
        List<Table> targetTables = target.tables().stream()
                .filter(t -> options.includeTable().test(t.name()))
                .toList();
        List<Table> currentTables = current.tables().stream()
                .filter(t -> options.includeTable().test(t.name()))
                .toList();
        Map<String, Table> targetByKey = names.index(targetTables, Table::name);
        Map<String, Table> currentByKey = names.index(currentTables, Table::name);

        PlanBuilder plan = new PlanBuilder();
        TableComparator tables = new TableComparator(names, plan);
        tables.createTables(
                targetTables.stream()
                        .filter(t -> !currentByKey.containsKey(names.key(t.name())))
                        .toList(),
                currentByKey.keySet());
        tables.dropTables(
                currentTables.stream()
                        .filter(t -> !targetByKey.containsKey(names.key(t.name())))
                        .toList(),
                targetByKey.keySet());

        ColumnComparator columns = new ColumnComparator(names, dialect, plan);
        IndexComparator indexes = new IndexComparator(names, plan);
        UniqueComparator uniques = new UniqueComparator(names, plan);
        ForeignKeyComparator foreignKeys = new ForeignKeyComparator(names, plan);
        CheckComparator checks = new CheckComparator(names, dialect, plan);
        TableCommentComparator comments = new TableCommentComparator(dialect, plan);
        for (Table currentTable : currentTables) {
            Table targetTable = targetByKey.get(names.key(currentTable.name()));
            if (targetTable == null) {
                continue;
            }
            columns.compare(targetTable, currentTable);
            indexes.compare(targetTable, currentTable);
            uniques.compare(targetTable, currentTable);
            foreignKeys.compare(targetTable, currentTable);
            checks.compare(targetTable, currentTable);
            comments.compare(targetTable, currentTable);
        }
        new SequenceComparator(names, plan)
                .compare(
                        target.sequences().stream()
                                .filter(s -> options.includeTable().test(s.name()))
                                .toList(),
                        current.sequences().stream()
                                .filter(s -> options.includeTable().test(s.name()))
                                .toList());
        return plan.build();
    }
}
