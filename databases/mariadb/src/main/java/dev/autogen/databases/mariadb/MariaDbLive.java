package dev.autogen.databases.mariadb;

import dev.autogen.core.database.TableLookup;
import dev.autogen.core.ddl.TableChanges;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the DDL needs to know about the current schema beyond the operation: from the database itself
 * ({@link MariaDbLiveCatalog}), or from the schema the operations so far describe ({@link #offline}).
 */
interface MariaDbLive {

    /** The column's identity and generation, which {@code MODIFY COLUMN} must repeat; empty when unknown. */
    Optional<LiveColumn> column(String table, String column);

    /** The index MariaDB created for this foreign key of the table, which dropping the key leaves behind. */
    Optional<IndexToDrop> backingIndex(String table, String foreignKey);

    /** The name of the table's unique constraint over exactly these columns. */
    Optional<String> uniqueName(String table, List<String> columns);

    /** The name of the table's foreign key over exactly these columns. */
    Optional<String> foreignKeyName(String table, List<String> columns);

    /** The name the database gave the table's check constraint with this condition (as normalised), if one has it. */
    Optional<String> checkName(String table, String expression);

    /**
     * When the named check is declared in a column's definition (MariaDB then refuses to drop it by name): that
     * column's definition as the server prints it, without the check.
     */
    Optional<String> columnWithoutCheck(String table, String check);

    /**
     * The foreign keys of the table that dropping this index would leave without an index (MariaDB refuses the drop
     * then), with their columns; each needs an index of its own.
     */
    List<ForeignKey> keysNeeding(String table, String index);

    /**
     * The schema the operations so far describe, when rendering without a connection (an offline script); empty when
     * the database itself is at hand.
     */
    default Optional<TableLookup> model() {
        return Optional.empty();
    }

    /**
     * From the model only: the tables as the operations so far left them (when known), and otherwise what MariaDB
     * does by default (an unnamed unique constraint is named after its first column, a foreign key's backing index
     * after the key).
     */
    static MariaDbLive offline(MariaDbDialect dialect, TableLookup current) {
        TableChanges changes = new TableChanges(dialect);
        return new MariaDbLive() {
            @Override
            public Optional<TableLookup> model() {
                return Optional.of(current);
            }

            /** As the model has it: identity, generation, and a check the model declares on the column. */
            @Override
            public Optional<LiveColumn> column(String table, String column) {
                Optional<Table> t = current.table(table);
                String check = dialect.isMySql()
                        ? null
                        : t.stream()
                                .flatMap(x -> x.checks().stream())
                                .filter(c -> c.column() != null && changes.same(c.column(), column))
                                .map(c -> c.expression())
                                .findFirst()
                                .orElse(null);
                return t.flatMap(x -> x.columns().stream()
                                .filter(c -> changes.same(c.name(), column))
                                .findFirst())
                        .map(c -> new LiveColumn(c.identity(), c.generated(), false, null, check));
            }

            @Override
            public Optional<IndexToDrop> backingIndex(String table, String foreignKey) {
                return dialect.isMySql() ? Optional.empty() : Optional.of(new IndexToDrop(foreignKey, true));
            }

            @Override
            public Optional<String> uniqueName(String table, List<String> columns) {
                Optional<String> known = current.table(table).stream()
                        .flatMap(t -> t.uniqueConstraints().stream())
                        .filter(u -> u.name() != null && sameColumns(changes, u.columns(), columns))
                        .map(UniqueConstraint::name)
                        .findFirst();
                return known.or(() -> Optional.of(columns.get(0)));
            }

            @Override
            public Optional<String> foreignKeyName(String table, List<String> columns) {
                return current.table(table).stream()
                        .flatMap(t -> t.foreignKeys().stream())
                        .filter(fk -> fk.name() != null && sameColumns(changes, fk.columns(), columns))
                        .map(ForeignKey::name)
                        .findFirst();
            }

            /** Only where the model knows the name; an unnamed check's name is chosen by the database at run time. */
            @Override
            public Optional<String> checkName(String table, String expression) {
                String wanted = dialect.normalizeCheck(expression);
                return current.table(table).stream()
                        .flatMap(t -> t.checks().stream())
                        .filter(c -> c.name() != null && wanted.equals(dialect.normalizeCheck(c.expression())))
                        .map(c -> c.name())
                        .findFirst();
            }

            /** Unknown without a connection: the script finds an unnamed check itself ({@link MariaDbCheckScript}). */
            @Override
            public Optional<String> columnWithoutCheck(String table, String check) {
                return Optional.empty();
            }

            /** As the model has it: keys whose columns lead the index and lead no other index or key of the table. */
            @Override
            public List<ForeignKey> keysNeeding(String table, String index) {
                Table t = current.table(table).orElse(null);
                Index dropped = t == null
                        ? null
                        : t.indexes().stream()
                                .filter(i -> changes.same(i.name(), index))
                                .findFirst()
                                .orElse(null);
                if (dropped == null) {
                    return List.of();
                }
                List<List<String>> others = new ArrayList<>();
                t.indexes().stream().filter(i -> i != dropped).forEach(i -> others.add(i.columns()));
                t.uniqueConstraints().forEach(u -> others.add(u.columns()));
                if (t.primaryKey() != null) {
                    others.add(t.primaryKey().columns());
                }
                return t.foreignKeys().stream()
                        .filter(fk -> fk.name() != null
                                && leads(changes, dropped.columns(), fk.columns())
                                && others.stream().noneMatch(o -> leads(changes, o, fk.columns())))
                        .toList();
            }
        };
    }

    /** Whether {@code prefix} are the first columns of {@code columns}. */
    private static boolean leads(TableChanges changes, List<String> columns, List<String> prefix) {
        return columns.size() >= prefix.size() && sameColumns(changes, columns.subList(0, prefix.size()), prefix);
    }

    private static boolean sameColumns(TableChanges changes, List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!changes.same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }
}
