package dev.autogen.databases.mariadb;

import dev.autogen.core.database.OnlineForm;
import dev.autogen.core.database.WriteBlock;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's and MySQL's forms of a change that do not block writes to a table holding rows ({@code op.online()}):
 * the plain statement with {@code ALGORITHM=INPLACE, LOCK=NONE}, which the server carries out instantly where it can,
 * and refuses (rather than copying the table) where it cannot. Chosen from what MariaDB 10.11 accepts:
 *
 * <ul>
 *   <li>an index or unique key, a new column (not {@code auto_increment}), {@code NOT NULL} set or dropped, a default
 *       or a comment, a {@code varchar} widened within the same length-byte class: in place;
 *   <li>a foreign key: in place only with {@code foreign_key_checks} off (MariaDB), so the rows are checked first by a
 *       query (a consistent read, no lock) that fails the step when one references nothing, and the key is added with
 *       {@code SET STATEMENT foreign_key_checks=0 FOR ...}; a row written between the two that references nothing is
 *       not caught (the window is the time of that one statement, without a scan); MySQL has no such statement and
 *       copies;
 *   <li>a check constraint, any other type change, an {@code auto_increment} or stored generated column: only
 *       {@code ALGORITHM=COPY},
 *       so they keep their plain form and {@link #blocksWrites} says so.
 * </ul>
 */
final class MariaDbOnline {

    private static final String IN_PLACE = ", algorithm=inplace, lock=none";
    private static final Pattern VARCHAR = Pattern.compile("varchar\\((\\d+)\\)");
    /** The longest {@code varchar} (in utf8mb4 characters) whose length fits one byte: 255 bytes. */
    private static final int ONE_LENGTH_BYTE = 63;

    private final MariaDbDialect maria;

    MariaDbOnline(MariaDbDialect maria) {
        this.maria = maria;
    }

    /** The online form of {@code op}, from its plain statements. */
    Optional<OnlineForm> form(Operation op, List<String> plain) {
        if (plain.size() != 1 || blocksWrites(op, true).isPresent()) {
            return Optional.empty();
        }
        String sql = plain.get(0);
        if (op instanceof CreateIndexOp) {
            return Optional.of(OnlineForm.inTransaction(List.of(sql + " algorithm=inplace lock=none")));
        }
        if (op instanceof AddUniqueOp || op instanceof AddColumnOp) {
            return Optional.of(OnlineForm.inTransaction(List.of(sql + IN_PLACE)));
        }
        if (op instanceof AlterColumnOp && sql.contains(" modify column ")) {
            return Optional.of(OnlineForm.inTransaction(List.of(sql + IN_PLACE)));
        }
        if (op instanceof AddForeignKeyOp fk) {
            String message = orphanMessage(fk.table(), fk.foreignKey());
            return Optional.of(OnlineForm.inTransaction(List.of(
                    "select exists (" + orphanQuery(fk.table(), fk.foreignKey()) + ") into @autogen_orphans",
                    "if @autogen_orphans then signal sqlstate '23000' set message_text = " + maria.quoteLiteral(message)
                            + "; end if",
                    addWithoutChecks(sql))));
        }
        return Optional.empty();
    }

    Optional<WriteBlock> blocksWrites(Operation op, boolean online) {
        String table = op.table();
        if (op instanceof AddCheckOp) {
            return copies(table, "adding a check constraint");
        }
        if (op instanceof AddForeignKeyOp && (!online || maria.isMySql())) {
            return copies(table, "adding a foreign key with foreign_key_checks on");
        }
        if (op instanceof AddColumnOp add && add.column().identity()) {
            return copies(
                    table, "adding the auto_increment column " + add.column().name());
        }
        if (op instanceof AddColumnOp add && add.column().generated() != null) {
            return copies(
                    table, "adding the stored generated column " + add.column().name());
        }
        if (op instanceof AlterColumnOp alter) {
            if (alter.mapping() != null) {
                return copies(table, "converting " + alter.column() + " value by value");
            }
            if (alter.identityChanged()) {
                return copies(table, "changing whether " + alter.column() + " is auto_increment");
            }
            String from = maria.canonicalType(alter.from().type());
            String to = maria.canonicalType(alter.to().type());
            if (!from.equals(to) && !widensInPlace(from, to)) {
                return copies(table, "changing the type of " + alter.column() + " from " + from + " to " + to);
            }
        }
        return Optional.empty();
    }

    /** A {@code varchar} made longer within the same class: up to 255 bytes, or over 255 on both sides. */
    private static boolean widensInPlace(String from, String to) {
        Matcher a = VARCHAR.matcher(from);
        Matcher b = VARCHAR.matcher(to);
        if (!a.matches() || !b.matches()) {
            return false;
        }
        int before = Integer.parseInt(a.group(1));
        int after = Integer.parseInt(b.group(1));
        return after >= before && (after <= ONE_LENGTH_BYTE || before > ONE_LENGTH_BYTE);
    }

    private static Optional<WriteBlock> copies(String table, String what) {
        return Optional.of(new WriteBlock(
                WriteBlock.Kind.TABLE_COPY,
                what + " takes ALGORITHM=COPY, which copies " + table + " while writes to it wait"));
    }

    /** The foreign key added in place, with the check of existing rows that {@code foreign_key_checks=0} skips. */
    static String addWithoutChecks(String plain) {
        return "set statement foreign_key_checks=0 for " + plain + IN_PLACE;
    }

    /** Why a foreign key cannot be added: rows that reference nothing. */
    static String orphanMessage(String table, ForeignKey fk) {
        return "cannot add foreign key " + fk.name() + ": rows of " + table + " reference no row of "
                + fk.referencedTable() + "; delete or fix them (or set their " + String.join(", ", fk.columns())
                + " to NULL) and run again";
    }

    /**
     * A query for a row of {@code table} that references no row of the referenced table: what the check
     * {@code foreign_key_checks=0} skips would find. Run as a plain {@code SELECT} it is a consistent read, which takes
     * no lock; inside {@code IF EXISTS (...)} InnoDB would read with shared locks and hold up every writer.
     */
    String orphanQuery(String table, ForeignKey fk) {
        String referenced = fk.referencedTable();
        String schema = QualifiedName.parse(table).schema();
        if (schema != null && QualifiedName.parse(referenced).schema() == null) {
            referenced = QualifiedName.of(schema, referenced);
        }
        List<String> notNull = new ArrayList<>();
        List<String> match = new ArrayList<>();
        for (int i = 0; i < fk.columns().size(); i++) {
            String column = maria.quote(fk.columns().get(i));
            notNull.add("c." + column + " is not null");
            match.add("p." + maria.quote(fk.referencedColumns().get(i)) + " = c." + column);
        }
        return "select 1 from " + maria.quoteQualified(table) + " c where " + String.join(" and ", notNull)
                + " and not exists (select 1 from " + maria.quoteQualified(referenced) + " p where "
                + String.join(" and ", match) + ") limit 1";
    }
}
