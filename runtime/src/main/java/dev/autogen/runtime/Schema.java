package dev.autogen.runtime;

import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.InitialRows;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.Sequence;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.ValueMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builders for the pieces of a table that migrations name: {@code column("email", VARCHAR(255)).notNull()},
 * {@code primaryKey("id")}, {@code foreignKey("fk_chat", "chat_id").references("chats", "id").onDelete(CASCADE)}.
 * Each is immutable; every call returns a new spec.
 */
public final class Schema {

    public static final ReferentialAction NO_ACTION = ReferentialAction.NO_ACTION;
    public static final ReferentialAction RESTRICT = ReferentialAction.RESTRICT;
    public static final ReferentialAction CASCADE = ReferentialAction.CASCADE;
    public static final ReferentialAction SET_NULL = ReferentialAction.SET_NULL;
    public static final ReferentialAction SET_DEFAULT = ReferentialAction.SET_DEFAULT;

    private Schema() {}

    /** Something {@link Operations#createTable} accepts. */
    public sealed interface TableElement
            permits ColumnSpec,
                    PrimaryKeySpec,
                    UniqueSpec,
                    ForeignKeySpec,
                    IndexSpec,
                    CheckSpec,
                    TableCommentSpec,
                    RowsSpec {}

    /** A nullable column of this type; chain {@code .notNull()}, {@code .serverDefault(..)}, {@code .identity()}. */
    public static ColumnSpec column(String name, ColumnType type) {
        return new ColumnSpec(new Column(name, type, true, null, false));
    }

    /** A primary key named by the database. */
    public static PrimaryKeySpec primaryKey(String... columns) {
        return new PrimaryKeySpec(new PrimaryKey(null, List.of(columns)));
    }

    public static PrimaryKeySpec namedPrimaryKey(String name, String... columns) {
        return new PrimaryKeySpec(new PrimaryKey(name, List.of(columns)));
    }

    public static UniqueSpec unique(String name, String... columns) {
        return new UniqueSpec(new UniqueConstraint(name, List.of(columns)));
    }

    public static IndexSpec index(String name, String... columns) {
        return new IndexSpec(new Index(name, List.of(columns), false));
    }

    public static IndexSpec uniqueIndex(String name, String... columns) {
        return new IndexSpec(new Index(name, List.of(columns), true));
    }

    /** A check constraint; a null name lets the database name it. */
    public static CheckSpec check(String name, String expression) {
        return new CheckSpec(new CheckConstraint(name, expression));
    }

    /** The table's comment, as an element of {@link Operations#createTable}. */
    public static TableCommentSpec tableComment(String comment) {
        return new TableCommentSpec(comment);
    }

    /**
     * Rows inserted right after the table is created, as an element of {@link Operations#createTable}; add each with
     * {@code .values(..)}: {@code rows("block", "next_id").values("invoice", 1000).values("receipt", 0)}. Hibernate's
     * sequence-emulation and generator tables need theirs before the application can generate an identifier.
     * Dropping the table removes them.
     */
    public static RowsSpec rows(String... columns) {
        return new RowsSpec(new InitialRows(List.of(columns), List.of()));
    }

    /** A sequence starting at 1 with increment 1; chain {@code .startWith(..)} and {@code .incrementBy(..)}. */
    public static SequenceSpec sequence(String name) {
        return new SequenceSpec(new Sequence(name, 1, 1));
    }

    /** Starts a foreign key; finish it with {@link ForeignKeyStart#references}. */
    public static ForeignKeyStart foreignKey(String name, String... columns) {
        return new ForeignKeyStart(name, List.of(columns));
    }

    /** The state a column has before an {@code alterColumn}. */
    public static ColumnStateSpec from(ColumnType type) {
        return new ColumnStateSpec(new ColumnState(type, true, null));
    }

    /** The state a column has after an {@code alterColumn}. */
    public static ColumnStateSpec to(ColumnType type) {
        return from(type);
    }

    /**
     * How an {@code alterColumn} converts stored values: pairs of old and new value, {@code mapValues("A", 0, "B", 1)}.
     * A string is a string value, a number a number, and {@code null} as a new value means the old one is lost.
     */
    public static ValueMappingSpec mapValues(Object... oldAndNew) {
        if (oldAndNew.length == 0 || oldAndNew.length % 2 != 0) {
            throw new IllegalArgumentException("mapValues takes pairs of an old and a new value");
        }
        List<String> from = new ArrayList<>();
        List<String> to = new ArrayList<>();
        for (int i = 0; i < oldAndNew.length; i += 2) {
            from.add(literal(oldAndNew[i]));
            to.add(literal(oldAndNew[i + 1]));
        }
        return new ValueMappingSpec(new ValueMapping(from, to));
    }

    private static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    public record ValueMappingSpec(ValueMapping mapping) {
        public ValueMappingSpec {
            Objects.requireNonNull(mapping, "mapping");
        }
    }

    public record ColumnSpec(Column column) implements TableElement {
        public ColumnSpec {
            Objects.requireNonNull(column, "column");
        }

        public ColumnSpec notNull() {
            return new ColumnSpec(column.withNullable(false));
        }

        /** A default expression in SQL, for example {@code "'draft'"} or {@code "0"}. */
        public ColumnSpec serverDefault(String sqlExpression) {
            return new ColumnSpec(column.withServerDefault(sqlExpression));
        }

        /** Values generated by the database (identity / autoincrement). */
        public ColumnSpec identity() {
            return new ColumnSpec(column.withIdentity(true));
        }

        public ColumnSpec comment(String comment) {
            return new ColumnSpec(column.withComment(comment));
        }

        /** A computed column, stored: {@code generated always as (expression) stored}. */
        public ColumnSpec generated(String sqlExpression) {
            return new ColumnSpec(column.withGenerated(sqlExpression));
        }
    }

    public record ColumnStateSpec(ColumnState state) {
        public ColumnStateSpec {
            Objects.requireNonNull(state, "state");
        }

        public ColumnStateSpec notNull() {
            return new ColumnStateSpec(
                    new ColumnState(state.type(), false, state.serverDefault(), state.comment(), state.identity()));
        }

        public ColumnStateSpec serverDefault(String sqlExpression) {
            return new ColumnStateSpec(
                    new ColumnState(state.type(), state.nullable(), sqlExpression, state.comment(), state.identity()));
        }

        /** Values generated by the database (identity); an alter whose states differ here adds or drops it. */
        public ColumnStateSpec identity() {
            return new ColumnStateSpec(state.withIdentity(true));
        }

        public ColumnStateSpec comment(String comment) {
            return new ColumnStateSpec(state.withComment(comment));
        }
    }

    public record PrimaryKeySpec(PrimaryKey primaryKey) implements TableElement {}

    public record UniqueSpec(UniqueConstraint constraint) implements TableElement {}

    public record IndexSpec(Index index) implements TableElement {
        /** The index with these of its columns sorted in descending order ({@code created_at DESC}). */
        public IndexSpec descending(String... columns) {
            return new IndexSpec(new Index(index.name(), index.columns(), index.unique(), List.of(columns)));
        }
    }

    public record CheckSpec(CheckConstraint check) implements TableElement {
        /**
         * The check declared in this column's definition, as Hibernate declares its enum, discriminator and column
         * checks (MariaDB names an unnamed one after the column); only when the table is created.
         */
        public CheckSpec onColumn(String column) {
            return new CheckSpec(new CheckConstraint(check.name(), check.expression(), column));
        }
    }

    public record TableCommentSpec(String comment) implements TableElement {}

    /** Initial rows of a new table; see {@link Schema#rows}. */
    public record RowsSpec(InitialRows rows) implements TableElement {
        public RowsSpec {
            Objects.requireNonNull(rows, "rows");
        }

        /** One more row: a string, a whole number or null per column, in the order of the columns. */
        public RowsSpec values(Object... values) {
            return new RowsSpec(rows.plus(values));
        }
    }

    public record SequenceSpec(Sequence sequence) {
        public SequenceSpec startWith(long start) {
            return new SequenceSpec(new Sequence(sequence.name(), start, sequence.increment(), sequence.cache()));
        }

        public SequenceSpec incrementBy(long increment) {
            return new SequenceSpec(new Sequence(sequence.name(), sequence.start(), increment, sequence.cache()));
        }

        /** Values the database hands out ahead of use (MariaDB; other databases keep their own setting). */
        public SequenceSpec cache(long size) {
            return new SequenceSpec(new Sequence(sequence.name(), sequence.start(), sequence.increment(), size));
        }

        /** No values handed out ahead of use ({@code nocache}), as Hibernate creates MariaDB sequences. */
        public SequenceSpec noCache() {
            return cache(0);
        }
    }

    public record ForeignKeyStart(String name, List<String> columns) {
        public ForeignKeySpec references(String table, String... referencedColumns) {
            return new ForeignKeySpec(new ForeignKey(
                    name,
                    columns,
                    table,
                    List.of(referencedColumns),
                    ReferentialAction.NO_ACTION,
                    ReferentialAction.NO_ACTION));
        }
    }

    public record ForeignKeySpec(ForeignKey foreignKey) implements TableElement {
        public ForeignKeySpec onDelete(ReferentialAction action) {
            ForeignKey fk = foreignKey;
            return new ForeignKeySpec(new ForeignKey(
                    fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(), action, fk.onUpdate()));
        }

        public ForeignKeySpec onUpdate(ReferentialAction action) {
            ForeignKey fk = foreignKey;
            return new ForeignKeySpec(new ForeignKey(
                    fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(), fk.onDelete(), action));
        }
    }
}
