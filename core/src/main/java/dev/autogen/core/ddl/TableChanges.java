package dev.autogen.core.ddl;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.AlterSequenceOp;
import dev.autogen.core.ops.AlterTableCommentOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateSequenceOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropCheckOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropForeignKeyOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.DropSequenceOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.DropUniqueOp;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.ops.RenameColumnOp;
import dev.autogen.core.ops.RenameTableOp;
import dev.autogen.core.sql.expr.SqlExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an operation does to a table's definition, in the model: the definition a SQLite rebuild creates, or a
 * snapshot carried forward without a database. Names match through {@link SchemaDialect#nameKey}. Dropping a column
 * also drops the indexes, unique constraints, foreign keys and check constraints that use it, and the primary key if
 * it is part of it, as PostgreSQL does.
 */
public final class TableChanges {

    private final SchemaDialect dialect;

    public TableChanges(SchemaDialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** The snapshot after {@code op}. */
    public SchemaSnapshot apply(Operation op, SchemaSnapshot snapshot) {
        List<Table> tables = new ArrayList<>();
        if (op instanceof CreateTableOp create) {
            tables.addAll(snapshot.tables());
            tables.add(create.definition());
            return snapshot.withTables(tables);
        }
        if (op instanceof CreateSequenceOp || op instanceof DropSequenceOp || op instanceof AlterSequenceOp) {
            return snapshot.withSequences(sequences(op, snapshot.sequences()));
        }
        if (op instanceof RenameTableOp rename) {
            for (Table table : snapshot.tables()) {
                Table renamed = same(table.name(), rename.from()) ? table.withName(rename.to()) : table;
                tables.add(renamed.withForeignKeys(renamed.foreignKeys().stream()
                        .map(fk -> same(fk.referencedTable(), rename.from())
                                ? new ForeignKey(
                                        fk.name(),
                                        fk.columns(),
                                        rename.to(),
                                        fk.referencedColumns(),
                                        fk.onDelete(),
                                        fk.onUpdate())
                                : fk)
                        .toList()));
            }
            return snapshot.withTables(tables);
        }
        boolean found = false;
        for (Table table : snapshot.tables()) {
            if (!same(table.name(), op.table())) {
                tables.add(table);
                continue;
            }
            found = true;
            if (!(op instanceof DropTableOp)) {
                tables.add(apply(op, table));
            }
        }
        if (!found) {
            throw new IllegalStateException("no table " + op.table() + " for " + op.kind());
        }
        if (op instanceof RenameColumnOp rename) {
            tables = tables.stream()
                    .map(t -> t.withForeignKeys(t.foreignKeys().stream()
                            .map(fk -> same(fk.referencedTable(), rename.table())
                                    ? new ForeignKey(
                                            fk.name(),
                                            fk.columns(),
                                            fk.referencedTable(),
                                            renamed(fk.referencedColumns(), rename),
                                            fk.onDelete(),
                                            fk.onUpdate())
                                    : fk)
                            .toList()))
                    .toList();
        }
        return snapshot.withTables(tables);
    }

    private List<Sequence> sequences(Operation op, List<Sequence> sequences) {
        List<Sequence> out = new ArrayList<>();
        for (Sequence sequence : sequences) {
            if (!same(sequence.name(), op.table())) {
                out.add(sequence);
            }
        }
        if (op instanceof CreateSequenceOp create) {
            out.add(create.sequence());
        } else if (op instanceof AlterSequenceOp alter) {
            out.add(alter.to());
        }
        return out;
    }

    private List<String> renamed(List<String> columns, RenameColumnOp rename) {
        return columns.stream()
                .map(c -> same(c, rename.from()) ? rename.to() : c)
                .toList();
    }

    /** The table's definition after {@code op}, which must change this table (not create or drop it). */
    public Table apply(Operation op, Table table) {
        if (op instanceof AddColumnOp add) {
            if (table.columns().stream()
                    .anyMatch(c -> same(c.name(), add.column().name()))) {
                throw new IllegalStateException("table " + table.name() + " already has a column "
                        + add.column().name());
            }
            List<Column> columns = new ArrayList<>(table.columns());
            columns.add(add.column());
            return table.withColumns(columns);
        }
        if (op instanceof DropColumnOp drop) {
            return dropColumn(table, drop.column().name());
        }
        if (op instanceof AlterColumnOp alter) {
            column(table, alter.column());
            return table.mapColumns(c -> !same(c.name(), alter.column())
                    ? c
                    : alter.identityChanged()
                            ? c.withState(alter.to()).withIdentity(alter.to().identity())
                            : c.withState(alter.to()));
        }
        if (op instanceof CreateIndexOp create) {
            List<Index> indexes = new ArrayList<>(table.indexes());
            indexes.add(create.index());
            return table.withIndexes(indexes);
        }
        if (op instanceof DropIndexOp drop) {
            return table.withIndexes(table.indexes().stream()
                    .filter(i -> !same(i.name(), drop.index().name()))
                    .toList());
        }
        if (op instanceof AddUniqueOp add) {
            List<UniqueConstraint> uniques = new ArrayList<>(table.uniqueConstraints());
            uniques.add(add.constraint());
            return table.withUniqueConstraints(uniques);
        }
        if (op instanceof DropUniqueOp drop) {
            List<UniqueConstraint> kept = table.uniqueConstraints().stream()
                    .filter(u -> !matches(
                            u.name(),
                            u.columns(),
                            drop.constraint().name(),
                            drop.constraint().columns()))
                    .toList();
            if (kept.size() == table.uniqueConstraints().size()) {
                throw new IllegalStateException("table " + table.name() + " has no unique constraint "
                        + describe(drop.constraint().name(), drop.constraint().columns()));
            }
            return table.withUniqueConstraints(kept);
        }
        if (op instanceof AddForeignKeyOp add) {
            List<ForeignKey> fks = new ArrayList<>(table.foreignKeys());
            fks.add(add.foreignKey());
            return table.withForeignKeys(fks);
        }
        if (op instanceof DropForeignKeyOp drop) {
            List<ForeignKey> kept = table.foreignKeys().stream()
                    .filter(f -> !matches(
                            f.name(),
                            f.columns(),
                            drop.foreignKey().name(),
                            drop.foreignKey().columns()))
                    .toList();
            if (kept.size() == table.foreignKeys().size()) {
                throw new IllegalStateException("table " + table.name() + " has no foreign key "
                        + describe(drop.foreignKey().name(), drop.foreignKey().columns()));
            }
            return table.withForeignKeys(kept);
        }
        if (op instanceof AddCheckOp add) {
            List<CheckConstraint> checks = new ArrayList<>(table.checks());
            checks.add(add.check());
            return table.withChecks(checks);
        }
        if (op instanceof DropCheckOp drop) {
            CheckConstraint wanted = drop.check();
            List<CheckConstraint> kept = table.checks().stream()
                    .filter(c -> !(wanted.name() != null && c.name() != null
                            ? same(c.name(), wanted.name())
                            : Objects.equals(
                                    dialect.normalizeCheck(c.expression()),
                                    dialect.normalizeCheck(wanted.expression()))))
                    .toList();
            if (kept.size() == table.checks().size()) {
                throw new IllegalStateException("table " + table.name() + " has no check constraint "
                        + (wanted.name() != null ? wanted.name() : "(" + wanted.expression() + ")"));
            }
            return table.withChecks(kept);
        }
        if (op instanceof AlterTableCommentOp comment) {
            return table.withComment(comment.to());
        }
        if (op instanceof RenameColumnOp rename) {
            column(table, rename.from());
            Table out = table.mapColumns(c -> same(c.name(), rename.from()) ? c.withName(rename.to()) : c);
            PrimaryKey pk = out.primaryKey();
            if (pk != null) {
                out = out.withPrimaryKey(new PrimaryKey(pk.name(), renamed(pk.columns(), rename)));
            }
            out = out.withIndexes(out.indexes().stream()
                    .map(i -> new Index(
                            i.name(), renamed(i.columns(), rename), i.unique(), renamed(i.descending(), rename)))
                    .toList());
            out = out.withUniqueConstraints(out.uniqueConstraints().stream()
                    .map(u -> new UniqueConstraint(u.name(), renamed(u.columns(), rename)))
                    .toList());
            return out.withForeignKeys(out.foreignKeys().stream()
                    .map(fk -> new ForeignKey(
                            fk.name(),
                            renamed(fk.columns(), rename),
                            fk.referencedTable(),
                            fk.referencedColumns(),
                            fk.onDelete(),
                            fk.onUpdate()))
                    .toList());
        }
        throw new IllegalArgumentException(op.kind() + " does not change a table's definition");
    }

    private Table dropColumn(Table table, String name) {
        column(table, name);
        Table out = table.withColumns(
                table.columns().stream().filter(c -> !same(c.name(), name)).toList());
        out = out.withChecks(
                out.checks().stream().filter(k -> !uses(k.expression(), name)).toList());
        out = out.withIndexes(
                out.indexes().stream().filter(i -> !uses(i.columns(), name)).toList());
        out = out.withUniqueConstraints(out.uniqueConstraints().stream()
                .filter(u -> !uses(u.columns(), name))
                .toList());
        out = out.withForeignKeys(
                out.foreignKeys().stream().filter(f -> !uses(f.columns(), name)).toList());
        PrimaryKey pk = out.primaryKey();
        if (pk != null && uses(pk.columns(), name)) {
            out = out.withPrimaryKey(null);
        }
        return out;
    }

    /** The column with this name (by name key). */
    public Column column(Table table, String name) {
        return table.columns().stream()
                .filter(c -> same(c.name(), name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("table " + table.name() + " has no column " + name));
    }

    /**
     * Whether the column is part of the table's primary key, a unique constraint, an index or a foreign key, or is
     * used by a check constraint or another column's generated expression.
     */
    public boolean constrained(Table table, String column) {
        return (table.primaryKey() != null && uses(table.primaryKey().columns(), column))
                || table.uniqueConstraints().stream().anyMatch(u -> uses(u.columns(), column))
                || table.indexes().stream().anyMatch(i -> uses(i.columns(), column))
                || table.foreignKeys().stream().anyMatch(f -> uses(f.columns(), column))
                || table.checks().stream().anyMatch(k -> uses(k.expression(), column))
                || table.columns().stream().anyMatch(c -> !same(c.name(), column) && uses(c.generated(), column));
    }

    /** Whether a SQL expression (a check, a generated column) may use the column: it mentions its name. */
    public boolean uses(String expression, String column) {
        return expression != null
                && SqlExpressions.names(expression, dialect::foldIdentifier).stream()
                        .anyMatch(name -> same(name, column));
    }

    public boolean same(String a, String b) {
        return a != null && b != null && dialect.nameKey(a).equals(dialect.nameKey(b));
    }

    private boolean uses(List<String> columns, String column) {
        return columns.stream().anyMatch(c -> same(c, column));
    }

    /** By name when the wanted one has a name, else by columns. */
    private boolean matches(String name, List<String> columns, String wantedName, List<String> wantedColumns) {
        if (wantedName != null) {
            return same(name, wantedName);
        }
        if (columns.size() != wantedColumns.size()) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            if (!same(columns.get(i), wantedColumns.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(String name, List<String> columns) {
        return name != null ? name : "on " + columns;
    }
}
