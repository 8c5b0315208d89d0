package dev.autogen.databases.sqlite;

import dev.autogen.core.database.TableLookup;
import dev.autogen.core.ddl.AbstractDdl;
import dev.autogen.core.ddl.TableChanges;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.AlterSequenceOp;
import dev.autogen.core.ops.CreateSequenceOp;
import dev.autogen.core.ops.DropCheckOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropForeignKeyOp;
import dev.autogen.core.ops.DropSequenceOp;
import dev.autogen.core.ops.DropUniqueOp;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.sql.SqlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SQLite DDL for each operation. {@code ALTER TABLE} adds a column that needs no constraint and drops a column no
 * constraint, index or check uses; everything else (altering a column, adding or dropping a unique constraint or a
 * foreign key, ...) rebuilds the table from its current definition, keeping every row:
 *
 * <ol>
 *   <li>{@code PRAGMA defer_foreign_keys = ON} (foreign keys are checked at commit, not per statement);</li>
 *   <li>copy the rows into {@code _autogen_tmp_<table>};</li>
 *   <li>drop the table and create it with the new definition;</li>
 *   <li>{@code INSERT ... SELECT} the columns both definitions have, drop the copy;</li>
 *   <li>create the indexes again.</li>
 * </ol>
 *
 * The table is re-created under its own name and never renamed, so the {@code REFERENCES} clauses of other tables
 * stay as they are, and re-inserting the parent rows settles the deferred foreign key checks the drop raised.
 * Identity columns are written as Hibernate's SQLite dialect writes them: {@code id integer} with
 * {@code primary key (id)}, which makes the column the rowid.
 *
 * <p>The new definition has the table's check constraints and generated columns as the model has them (a check on a
 * dropped column goes with it, as on PostgreSQL); generated columns are computed again, not copied. Run against a
 * database ({@link SqliteRebuilder}), a rebuild also re-creates the table's indexes and triggers from their stored SQL
 * (so partial and expression indexes stay as they were), and checks foreign keys afterwards. It does not keep what
 * neither the model nor those cover: {@code AUTOINCREMENT}, {@code WITHOUT ROWID}, column {@code COLLATE} clauses,
 * {@code VIRTUAL} generated columns (they come back {@code STORED}).
 */
public final class SqliteDdl extends AbstractDdl {

    /** Prefix of the table a rebuild copies the rows into. */
    public static final String TEMP_PREFIX = "_autogen_tmp_";

    private static final Set<String> CONSTANT_KEYWORDS = Set.of("null", "true", "false");
    private static final Set<String> TIME_KEYWORDS = Set.of("current_time", "current_date", "current_timestamp");

    private final SqliteDialect sqlite;
    private final TableLookup current;
    private final SqliteLiveDetails live;
    private final TableChanges changes;

    SqliteDdl(SqliteDialect dialect, TableLookup current) {
        this(dialect, current, SqliteLiveDetails.NONE);
    }

    /** With {@code live}: what a rebuild keeps from the live table beyond the model. */
    SqliteDdl(SqliteDialect dialect, TableLookup current, SqliteLiveDetails live) {
        super(dialect);
        this.sqlite = dialect;
        this.current = Objects.requireNonNull(current, "current");
        this.live = Objects.requireNonNull(live, "live");
        this.changes = new TableChanges(dialect);
    }

    @Override
    protected String enumCheckClause(Column column) {
        return valueListCheck(column); // no enum types: Hibernate's varchar(255) with the values checked
    }

    @Override
    protected String typeAndIdentity(Column column) {
        // Hibernate's SQLite dialect declares identity columns "integer" (the rowid alias), whatever the Java type
        return column.identity() ? "integer" : sqlite.renderType(column.type());
    }

    /**
     * SQLite takes literals and key words as defaults, anything else in parentheses:
     * {@code default (datetime('now'))}.
     */
    @Override
    protected String defaultClause(String expression) {
        String s = expression.trim();
        return " default " + (isPlainDefault(s) ? s : "(" + s + ")");
    }

    private static boolean isPlainDefault(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return SqlText.isNumber(s)
                || SqlText.isStringLiteral(s)
                || CONSTANT_KEYWORDS.contains(lower)
                || TIME_KEYWORDS.contains(lower)
                || (s.startsWith("(") && SqlText.closingParen(s, 0) == s.length() - 1)
                || s.matches("(?i)x'[0-9a-f]*'");
    }

    /** Whether SQLite's {@code ALTER TABLE ADD COLUMN} can add this column (else the table is rebuilt). */
    static boolean canAddInPlace(Column column) {
        if (column.identity() || column.generated() != null) {
            return false;
        }
        String dflt =
                column.serverDefault() == null ? null : column.serverDefault().trim();
        boolean constantDefault = dflt != null
                && !TIME_KEYWORDS.contains(dflt.toLowerCase(Locale.ROOT))
                && !dflt.startsWith("(")
                && isPlainDefault(dflt);
        if (dflt != null && !constantDefault) {
            return false;
        }
        return column.nullable() || (dflt != null && !dflt.equalsIgnoreCase("null"));
    }

    /** Whether this operation rebuilds its table, given what {@code current} knows. */
    public boolean rebuilds(Operation op) {
        if (op instanceof AddColumnOp add) {
            return !canAddInPlace(add.column());
        }
        if (op instanceof DropColumnOp drop) {
            String column = drop.column().name();
            return current.table(drop.table())
                    .map(t -> changes.constrained(t, column))
                    .orElse(false);
        }
        if (op instanceof AlterColumnOp alter) {
            return changesSomething(alter);
        }
        return op instanceof AddUniqueOp
                || op instanceof DropUniqueOp
                || op instanceof AddForeignKeyOp
                || op instanceof DropForeignKeyOp
                || op instanceof AddCheckOp
                || op instanceof DropCheckOp;
    }

    private boolean changesSomething(AlterColumnOp alter) {
        return !sqlite.canonicalType(alter.from().type())
                        .equals(sqlite.canonicalType(alter.to().type()))
                || alter.from().nullable() != alter.to().nullable()
                || alter.identityChanged()
                || !Objects.equals(
                        sqlite.normalizeDefault(alter.from().serverDefault()),
                        sqlite.normalizeDefault(alter.to().serverDefault()));
    }

    @Override
    public List<String> visitAddColumn(AddColumnOp op) {
        if (canAddInPlace(op.column())) {
            return List.of("alter table " + q(op.table()) + " add column " + columnDefinition(op.column()));
        }
        return rebuild(op);
    }

    @Override
    public List<String> visitDropColumn(DropColumnOp op) {
        if (rebuilds(op)) {
            return rebuild(op);
        }
        return List.of(
                "alter table " + q(op.table()) + " drop column " + q(op.column().name()));
    }

    @Override
    public List<String> visitAlterColumn(AlterColumnOp op) {
        if (op.mapping() != null) {
            // SQLite keeps any value in any column: map the values in place, then the rebuild gives the new type
            List<String> out = new ArrayList<>();
            out.add(mappedUpdate(op));
            out.addAll(changesSomething(op) ? rebuild(op) : List.of());
            return out;
        }
        return changesSomething(op) ? rebuild(op) : List.of();
    }

    @Override
    public List<String> visitAddUnique(AddUniqueOp op) {
        return rebuild(op);
    }

    @Override
    public List<String> visitDropUnique(DropUniqueOp op) {
        return rebuild(op);
    }

    @Override
    public List<String> visitAddForeignKey(AddForeignKeyOp op) {
        return rebuild(op);
    }

    @Override
    public List<String> visitDropForeignKey(DropForeignKeyOp op) {
        return rebuild(op);
    }

    @Override
    public List<String> visitAddCheck(AddCheckOp op) {
        return rebuild(op);
    }

    @Override
    public List<String> visitDropCheck(DropCheckOp op) {
        return rebuild(op);
    }

    /** SQLite keeps no comments; Hibernate's SQLite dialect writes none. */
    @Override
    protected List<String> tableCommentSql(String table, String comment) {
        return List.of();
    }

    @Override
    protected List<String> columnCommentSql(String table, String column, String comment) {
        return List.of();
    }

    @Override
    public List<String> visitCreateSequence(CreateSequenceOp op) {
        throw noSequences(op.sequence().name());
    }

    @Override
    public List<String> visitDropSequence(DropSequenceOp op) {
        throw noSequences(op.sequence().name());
    }

    @Override
    public List<String> visitAlterSequence(AlterSequenceOp op) {
        throw noSequences(op.to().name());
    }

    private static UnsupportedOperationException noSequences(String name) {
        return new UnsupportedOperationException(
                "SQLite has no sequences (sequence " + name + "); Hibernate maps sequence generators to tables there");
    }

    private List<String> rebuild(Operation op) {
        Table before = current.table(op.table())
                .orElseThrow(() -> new IllegalStateException("SQLite cannot " + op.kind() + " on table " + op.table()
                        + " with ALTER TABLE; rebuilding the table "
                        + "needs its current definition, which is not known here (run against the database, or give "
                        + "the current schema)"));
        return rebuild(before, changes.apply(op, before), List.of());
    }

    /**
     * The statements that turn table {@code before} into {@code after} (same name), keeping the rows.
     *
     * @param extraConstraints constraints the model cannot describe (check clauses), appended to the new definition
     */
    public List<String> rebuild(Table before, Table after, List<String> extraConstraints) {
        String table = q(before.name());
        String copy = q(TEMP_PREFIX + before.name());
        List<String> common = after.columns().stream()
                .filter(c -> c.generated() == null)
                .map(Column::name)
                .filter(name -> before.columns().stream().anyMatch(c -> changes.same(c.name(), name)))
                .toList();
        List<String> out = new ArrayList<>();
        out.add("PRAGMA defer_foreign_keys = ON");
        out.add("create table " + copy + " as select * from " + table);
        out.add("drop table " + table);
        out.add(createTableSql(after.name(), after, extraConstraints));
        if (!common.isEmpty()) {
            String columns = common.stream().map(this::q).collect(Collectors.joining(", "));
            out.add("insert into " + q(after.name()) + " (" + columns + ") select " + columns + " from " + copy);
        }
        out.add("drop table " + copy);
        for (Index index : after.indexes()) {
            out.add(live.indexSql(index.name()).orElseGet(() -> createIndexSql(after.name(), index)));
        }
        return out;
    }
}
