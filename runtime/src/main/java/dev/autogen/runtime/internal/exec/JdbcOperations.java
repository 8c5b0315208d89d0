package dev.autogen.runtime.internal.exec;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.SqlSink;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.InitialRows;
import dev.autogen.core.model.PrimaryKey;
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
import dev.autogen.core.ops.Conversion;
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
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.ops.RenameColumnOp;
import dev.autogen.core.ops.RenameTableOp;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@link Operations} facade on a JDBC connection: each call becomes the core {@link Operation} record, whose
 * statements the {@link Dialect} renders (reading the live table where it must rebuild one) and the {@link SqlSink}
 * runs. It never commits or rolls back: the transaction belongs to the caller.
 *
 * <p>The facade's drop methods give only names. The operation records they build carry just that name (a drop renders
 * only the name): a dropped column's type is {@code raw("unknown")}, and a dropped index, unique constraint or
 * foreign key lists its own name as its only column. Dialects that rebuild tables look the object up by name in the
 * live table.
 */
public final class JdbcOperations implements Operations {

    private final Dialect dialect;
    private final SqlSink sink;
    private final OperationPerformer performer;
    private final boolean online;

    /** Executes on {@code connection}. */
    public JdbcOperations(Connection connection, Dialect dialect) {
        this(connection, dialect, new JdbcSqlSink(connection));
    }

    /**
     * Renders for {@code dialect}, reading from {@code connection} (may be null when no operation needs the live
     * schema) and sending statements to {@code sink}.
     */
    public JdbcOperations(Connection connection, Dialect dialect, SqlSink sink) {
        this(dialect, sink, OperationPerformer.live(dialect, connection));
    }

    /**
     * Sends statements to {@code sink}, rendering each operation with {@code performer}, for example an
     * {@link OfflineSchema} that renders without a database for {@code --sql} scripts.
     */
    public JdbcOperations(Dialect dialect, SqlSink sink, OperationPerformer performer) {
        this(dialect, sink, performer, false);
    }

    private JdbcOperations(Dialect dialect, SqlSink sink, OperationPerformer performer, boolean online) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.performer = Objects.requireNonNull(performer, "performer");
        this.online = online;
    }

    /** The same operations in their online forms ({@link Operations#online}). */
    @Override
    public JdbcOperations online() {
        return online ? this : new JdbcOperations(dialect, sink, performer, true);
    }

    /** Whether this facade performs the online forms. */
    public boolean isOnline() {
        return online;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Performs one operation. */
    public void apply(Operation op) {
        try {
            if (online) {
                performer.performOnline(op, sink);
            } else {
                performer.perform(op, sink);
            }
        } catch (SQLException e) {
            throw new MigrationSqlException(op.kind() + " on " + op.table() + " failed", e);
        }
    }

    /** Performs every operation of a plan, in order. */
    public void apply(MigrationPlan plan) {
        for (Operation op : plan.operations()) {
            apply(op);
        }
    }

    @Override
    public String dialectName() {
        return dialect.name();
    }

    @Override
    public void createTable(String table, Schema.TableElement... elements) {
        apply(new CreateTableOp(table(table, elements)));
    }

    /** The table definition the elements describe; at most one primary key. */
    public static Table table(String name, Schema.TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        String comment = null;
        InitialRows rows = null;
        for (Schema.TableElement element : elements) {
            if (element instanceof Schema.ColumnSpec c) {
                columns.add(c.column());
            } else if (element instanceof Schema.PrimaryKeySpec pk) {
                if (primaryKey != null) {
                    throw new IllegalArgumentException("table " + name + " has more than one primary key");
                }
                primaryKey = pk.primaryKey();
            } else if (element instanceof Schema.UniqueSpec u) {
                uniques.add(u.constraint());
            } else if (element instanceof Schema.IndexSpec i) {
                indexes.add(i.index());
            } else if (element instanceof Schema.ForeignKeySpec fk) {
                foreignKeys.add(fk.foreignKey());
            } else if (element instanceof Schema.CheckSpec check) {
                checks.add(check.check());
            } else if (element instanceof Schema.TableCommentSpec c) {
                comment = c.comment();
            } else if (element instanceof Schema.RowsSpec r) {
                if (rows != null) {
                    throw new IllegalArgumentException("table " + name + " has more than one rows(..) element");
                }
                rows = r.rows();
            }
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("table " + name + " needs at least one column");
        }
        return new Table(name, columns, primaryKey, uniques, indexes, foreignKeys, checks, comment, rows);
    }

    @Override
    public void dropTable(String table) {
        apply(new DropTableOp(new Table(table, List.of(), null, null, null, null)));
    }

    @Override
    public void addColumn(String table, Schema.ColumnSpec column) {
        apply(new AddColumnOp(table, column.column()));
    }

    @Override
    public void dropColumn(String table, String column) {
        apply(new DropColumnOp(table, new Column(column, ColumnType.raw("unknown"), true, null, false)));
    }

    @Override
    public void alterColumn(String table, String column, Schema.ColumnStateSpec from, Schema.ColumnStateSpec to) {
        apply(new AlterColumnOp(table, column, from.state(), to.state()));
    }

    @Override
    public void alterColumn(
            String table,
            String column,
            Schema.ColumnStateSpec from,
            Schema.ColumnStateSpec to,
            Schema.ValueMappingSpec values) {
        apply(new AlterColumnOp(table, column, from.state(), to.state(), Conversion.mapping(values.mapping())));
    }

    @Override
    public void createIndex(String table, Schema.IndexSpec index) {
        apply(new CreateIndexOp(table, index.index()));
    }

    @Override
    public void dropIndex(String table, String index) {
        apply(new DropIndexOp(table, new Index(index, List.of(index), false)));
    }

    @Override
    public void createUniqueConstraint(String table, Schema.UniqueSpec constraint) {
        apply(new AddUniqueOp(table, constraint.constraint()));
    }

    @Override
    public void dropUniqueConstraint(String table, String constraint) {
        apply(new DropUniqueOp(table, new UniqueConstraint(constraint, List.of(constraint))));
    }

    @Override
    public void dropUniqueConstraint(String table, Schema.UniqueSpec constraint) {
        apply(new DropUniqueOp(table, constraint.constraint()));
    }

    @Override
    public void createForeignKey(String table, Schema.ForeignKeySpec foreignKey) {
        apply(new AddForeignKeyOp(table, foreignKey.foreignKey()));
    }

    @Override
    public void dropForeignKey(String table, String foreignKey) {
        apply(new DropForeignKeyOp(
                table, new ForeignKey(foreignKey, List.of(foreignKey), table, List.of(foreignKey), null, null)));
    }

    @Override
    public void dropForeignKey(String table, Schema.ForeignKeySpec foreignKey) {
        apply(new DropForeignKeyOp(table, foreignKey.foreignKey()));
    }

    @Override
    public void createCheckConstraint(String table, Schema.CheckSpec check) {
        apply(new AddCheckOp(table, check.check()));
    }

    @Override
    public void dropCheckConstraint(String table, String check) {
        apply(new DropCheckOp(table, new CheckConstraint(check, "unknown")));
    }

    @Override
    public void dropCheckConstraint(String table, Schema.CheckSpec check) {
        apply(new DropCheckOp(table, check.check()));
    }

    @Override
    public void createSequence(Schema.SequenceSpec sequence) {
        apply(new CreateSequenceOp(sequence.sequence()));
    }

    @Override
    public void dropSequence(String sequence) {
        apply(new DropSequenceOp(new Sequence(sequence, 1, 1)));
    }

    @Override
    public void alterSequence(Schema.SequenceSpec from, Schema.SequenceSpec to) {
        apply(new AlterSequenceOp(from.sequence(), to.sequence()));
    }

    @Override
    public void setTableComment(String table, String comment) {
        apply(new AlterTableCommentOp(table, null, comment));
    }

    @Override
    public void renameTable(String from, String to) {
        apply(new RenameTableOp(from, to));
    }

    @Override
    public void renameColumn(String table, String from, String to) {
        apply(new RenameColumnOp(table, from, to));
    }

    @Override
    public void execute(String sql) {
        try {
            sink.runAsWritten(sql);
        } catch (SQLException e) {
            throw new MigrationSqlException("statement failed", e);
        }
    }

    @Override
    public void outsideTransaction(Runnable statements) {
        sink.outsideTransaction(statements);
    }
}
