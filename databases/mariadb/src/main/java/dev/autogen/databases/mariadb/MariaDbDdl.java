package dev.autogen.databases.mariadb;

import dev.autogen.core.database.TableLookup;
import dev.autogen.core.ddl.AbstractDdl;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Table;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.AlterSequenceOp;
import dev.autogen.core.ops.CreateSequenceOp;
import dev.autogen.core.ops.DropCheckOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropForeignKeyOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.DropSequenceOp;
import dev.autogen.core.ops.DropUniqueOp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * MariaDB and MySQL DDL for each operation, written as Hibernate's MySQL dialects write it: identity columns are
 * {@code id bigint not null auto_increment}, comments go inside the definitions ({@code comment '...'} on a column,
 * {@code comment='...'} on a table).
 *
 * <ul>
 *   <li>Altering a column changes only its default with {@code alter column ... set default}; anything else rewrites
 *       the whole column with {@code modify column}, repeating its {@code auto_increment} and generation expression
 *       (read from the database, or from the schema the migration built so far).</li>
 *   <li>Unique constraints are unique indexes: {@code drop index}. Foreign keys are dropped with
 *       {@code drop foreign key} together with the index MariaDB created for them, so that the key leaves nothing
 *       behind; dropping an index a foreign key still needs adds an index named after the key in its place.</li>
 *   <li>Check constraints: {@code drop constraint} on MariaDB, {@code drop check} on MySQL; a check MariaDB keeps in a
 *       column's definition is dropped by redefining the column without it ({@link MariaDbColumnCheck}); an unnamed
 *       one is found by its condition.</li>
 *   <li>Sequences exist on MariaDB only, and are created {@code nocache} unless a cache is stated, as Hibernate
 *       creates them.</li>
 * </ul>
 */
final class MariaDbDdl extends AbstractDdl {

    private final MariaDbDialect maria;
    private final MariaDbLive live;

    MariaDbDdl(MariaDbDialect dialect, MariaDbLive live) {
        super(dialect);
        this.maria = dialect;
        this.live = Objects.requireNonNull(live, "live");
    }

    @Override
    protected String typeAndIdentity(Column column) {
        String type = maria.renderType(column.type());
        return column.identity() ? type + " not null auto_increment" : type;
    }

    @Override
    protected String inlineColumnComment(Column column) {
        return column.comment() == null ? "" : " comment " + maria.quoteLiteral(column.comment());
    }

    /** The table's comment is part of {@code create table}. */
    @Override
    protected String createTableSql(String name, Table table, List<String> extraConstraints) {
        String sql = super.createTableSql(name, table, extraConstraints);
        return table.comment() == null ? sql : sql + " comment=" + maria.quoteLiteral(table.comment());
    }

    /** Column and table comments are written inside the definitions. */
    @Override
    protected List<String> commentsOf(Table table) {
        return List.of();
    }

    /** {@code alter table t comment = '...'}; an empty comment removes it. */
    @Override
    protected List<String> tableCommentSql(String table, String comment) {
        return List.of(alterTable(table) + " comment = " + maria.quoteLiteral(comment == null ? "" : comment));
    }

    /** The table's name as the DDL writes it, qualified when it has a database: {@code `sales`.`orders`}. */
    String qualified(String table) {
        return qt(table);
    }

    private String alterTable(String table) {
        return "alter table " + qt(table);
    }

    /** The new name, with its database: an unqualified one would move the table to the connection's database. */
    @Override
    protected String renameTarget(String to) {
        return qt(to);
    }

    @Override
    public List<String> visitAddColumn(AddColumnOp op) {
        return List.of(alterTable(op.table()) + " add column " + columnDefinition(op.column()));
    }

    @Override
    public List<String> visitDropColumn(DropColumnOp op) {
        return List.of(alterTable(op.table()) + " drop column " + q(op.column().name()));
    }

    /**
     * Only the default changed: {@code alter column c set default x} or {@code drop default}. Otherwise
     * {@code modify column} with the new definition, which also states the default and the comment (what it leaves
     * out is gone afterwards), and {@code auto_increment} when the column is or becomes an identity (the column must
     * then be a key); an {@code ON UPDATE} clause the column has is kept.
     */
    @Override
    public List<String> visitAlterColumn(AlterColumnOp op) {
        if (op.mapping() != null) {
            // modify column would convert an enum by its 1-based index ('A' becomes 1)
            return convertThroughText(op);
        }
        ColumnState from = op.from();
        ColumnState to = op.to();
        boolean typeChanged = !maria.canonicalType(from.type()).equals(maria.canonicalType(to.type()));
        boolean defaultChanged = !Objects.equals(
                maria.normalizeDefault(from.serverDefault(), from.type()),
                maria.normalizeDefault(to.serverDefault(), to.type()));
        boolean rest = typeChanged
                || from.nullable() != to.nullable()
                || !Objects.equals(from.comment(), to.comment())
                || op.identityChanged();
        if (!rest) {
            if (!defaultChanged) {
                return List.of();
            }
            String prefix = alterTable(op.table()) + " alter column " + q(op.column());
            return List.of(
                    to.serverDefault() == null
                            ? prefix + " drop default"
                            : prefix + " set default " + to.serverDefault());
        }
        LiveColumn current = live.column(op.table(), op.column()).orElse(LiveColumn.PLAIN);
        // an identity stays one unless the operation changes it (a migration may not say so in both states)
        boolean identity = op.identityChanged() ? to.identity() : current.identity() || to.identity();
        StringBuilder sql = new StringBuilder(alterTable(op.table()))
                .append(" modify column ")
                .append(q(op.column()))
                .append(' ')
                .append(maria.renderType(to.type()));
        if (current.generated() != null) {
            sql.append(" as (").append(current.generated()).append(current.virtual() ? ") virtual" : ") stored");
        } else if (to.serverDefault() != null && !identity) {
            sql.append(" default ").append(to.serverDefault());
        }
        if (!to.nullable() || identity) {
            sql.append(" not null");
        }
        if (identity) {
            sql.append(" auto_increment");
        }
        if (current.onUpdate() != null) {
            sql.append(" on update ").append(current.onUpdate());
        }
        if (to.comment() != null) {
            sql.append(" comment ").append(maria.quoteLiteral(to.comment()));
        }
        if (current.check() != null) {
            sql.append(" check (").append(current.check()).append(')'); // else MODIFY drops it without a word
        }
        return List.of(sql.toString());
    }

    /** {@code drop index i on t}; an index a foreign key still needs is replaced by one named after the key. */
    @Override
    public List<String> visitDropIndex(DropIndexOp op) {
        List<ForeignKey> needing = live.keysNeeding(op.table(), op.index().name());
        if (needing.isEmpty()) {
            return List.of("drop index " + q(op.index().name()) + " on " + qt(op.table()));
        }
        StringBuilder sql = new StringBuilder(alterTable(op.table()))
                .append(" drop index ")
                .append(q(op.index().name()));
        for (ForeignKey key : needing) {
            sql.append(", add index ")
                    .append(q(key.name()))
                    .append(" (")
                    .append(columnList(key.columns()))
                    .append(')');
        }
        return List.of(sql.toString());
    }

    @Override
    public List<String> visitAddUnique(AddUniqueOp op) {
        return List.of(alterTable(op.table()) + " add " + uniqueClause(op.constraint()));
    }

    /** A unique constraint is a unique index; an unnamed one is found by its columns. */
    @Override
    public List<String> visitDropUnique(DropUniqueOp op) {
        String name = op.constraint().name() != null
                ? op.constraint().name()
                : live.uniqueName(op.table(), op.constraint().columns())
                        .orElseThrow(() ->
                                new IllegalArgumentException("table " + op.table() + " has no unique constraint on "
                                        + op.constraint().columns()));
        return List.of(alterTable(op.table()) + " drop index " + q(name));
    }

    @Override
    public List<String> visitAddForeignKey(AddForeignKeyOp op) {
        return List.of(alterTable(op.table()) + " add " + foreignKeyClause(op.table(), op.foreignKey()));
    }

    /**
     * {@code drop foreign key}, together with the index MariaDB created for the key: found in the database, or, when
     * rendering without one, presumed to carry the key's name ({@code drop index if exists}, MariaDB only).
     */
    @Override
    public List<String> visitDropForeignKey(DropForeignKeyOp op) {
        String name = op.foreignKey().name() != null
                ? op.foreignKey().name()
                : live.foreignKeyName(op.table(), op.foreignKey().columns())
                        .orElseThrow(() -> new IllegalArgumentException("foreign key on " + op.table()
                                + op.foreignKey().columns() + " has no name and none is known;"
                                + " give the name the database chose for it"));
        StringBuilder sql = new StringBuilder(alterTable(op.table()))
                .append(" drop foreign key ")
                .append(q(name));
        Optional<IndexToDrop> index = live.backingIndex(op.table(), name);
        index.ifPresent(i -> sql.append(", drop index ")
                .append(i.ifExists() ? "if exists " : "")
                .append(q(i.name())));
        return List.of(sql.toString());
    }

    /**
     * A named check by its name. An unnamed one by the name the database gave it, looked up now; without a connection
     * (an offline script) MariaDB's script looks it up itself when it runs ({@link MariaDbCheckScript}); MySQL's cannot.
     */
    @Override
    public List<String> visitDropCheck(DropCheckOp op) {
        Optional<TableLookup> model = live.model();
        if (op.check().name() == null && model.isPresent()) {
            if (maria.isMySql()) {
                throw new IllegalArgumentException("cannot drop the unnamed check constraint ("
                        + op.check().expression()
                        + ") on " + op.table()
                        + ": MySQL names it <table>_chk_<n>, which only a database connection can"
                        + " find");
            }
            return new MariaDbCheckScript(maria, this, model.get()).drop(op.table(), op.check());
        }
        String name = op.check().name() != null
                ? op.check().name()
                : live.checkName(op.table(), op.check().expression())
                        .orElseThrow(
                                () -> new IllegalArgumentException(
                                        "cannot drop the unnamed check constraint ("
                                                + op.check().expression() + ") on " + op.table()
                                                + ": the database has none with that condition"
                                                + (maria.isMySql()
                                                        ? ""
                                                        : ", or names it"
                                                                + " only at run time (write the migration's SQL with a database connection)")));
        Optional<String> column = maria.isMySql() ? Optional.empty() : live.columnWithoutCheck(op.table(), name);
        if (column.isPresent()) {
            return List.of(alterTable(op.table()) + " modify column " + column.get());
        }
        return List.of(alterTable(op.table()) + (maria.isMySql() ? " drop check " : " drop constraint ") + q(name));
    }

    @Override
    public List<String> visitCreateSequence(CreateSequenceOp op) {
        requireSequences(op.sequence().name());
        return List.of(
                super.visitCreateSequence(op).get(0) + cacheClause(op.sequence().cache()));
    }

    @Override
    public List<String> visitDropSequence(DropSequenceOp op) {
        requireSequences(op.sequence().name());
        return super.visitDropSequence(op);
    }

    @Override
    public List<String> visitAlterSequence(AlterSequenceOp op) {
        requireSequences(op.to().name());
        String sql = super.visitAlterSequence(op).get(0);
        return List.of(
                Objects.equals(op.from().cache(), op.to().cache()) || op.to().cache() == null
                        ? sql
                        : sql + cacheClause(op.to().cache()));
    }

    /** {@code nocache} unless a cache is stated: Hibernate creates MariaDB sequences so (the server default is 1000). */
    private static String cacheClause(Long cache) {
        return cache == null || cache == 0 ? " nocache" : " cache " + cache;
    }

    private void requireSequences(String name) {
        if (!maria.hasSequences()) {
            throw new UnsupportedOperationException("MySQL has no sequences (sequence " + name
                    + "); Hibernate maps sequence generators to tables there");
        }
    }
}
