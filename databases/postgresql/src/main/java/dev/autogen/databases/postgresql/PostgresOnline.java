package dev.autogen.databases.postgresql;

import dev.autogen.core.database.OnlineForm;
import dev.autogen.core.database.TableLookup;
import dev.autogen.core.database.WriteBlock;
import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.QualifiedName;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.sql.expr.SqlExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's forms of a change that do not block writes to a table holding rows ({@code op.online()}), and what
 * blocks writes in the plain ones. Locks as PostgreSQL 12 and later take them: {@code CREATE INDEX} holds a
 * {@code SHARE} lock (no writes) for the whole build, {@code CONCURRENTLY} a {@code SHARE UPDATE EXCLUSIVE} one (writes
 * go on); a constraint added {@code NOT VALID} takes its strong lock only for a moment, and {@code VALIDATE CONSTRAINT}
 * scans under {@code SHARE UPDATE EXCLUSIVE}; {@code SET NOT NULL} skips its scan under {@code ACCESS EXCLUSIVE} when a
 * validated {@code CHECK (c IS NOT NULL)} proves it.
 */
final class PostgresOnline {

    private static final Pattern VARCHAR = Pattern.compile("(?:character varying|varchar)(?:\\((\\d+)\\))?");
    private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+)(?:,\\s*(\\d+))?\\)");
    /** Functions whose value differs row by row, so that a column added with one as default rewrites the table. */
    private static final Set<String> VOLATILE = Set.of(
            "random",
            "gen_random_uuid",
            "uuid_generate_v1",
            "uuid_generate_v1mc",
            "uuid_generate_v4",
            "clock_timestamp",
            "timeofday",
            "nextval",
            "setseed");

    private static final Set<String> KEY_WORDS = Set.of(
            "and",
            "or",
            "not",
            "is",
            "null",
            "in",
            "like",
            "ilike",
            "between",
            "true",
            "false",
            "case",
            "when",
            "then",
            "else",
            "end",
            "similar",
            "to",
            "escape",
            "any",
            "all",
            "array",
            "distinct",
            "from");

    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");

    private final PostgresDialect pg;

    PostgresOnline(PostgresDialect pg) {
        this.pg = pg;
    }

    Optional<OnlineForm> form(Operation op, TableLookup current) {
        PostgresDdl ddl = new PostgresDdl(pg, current);
        if (op instanceof CreateIndexOp create) {
            return Optional.of(
                    OnlineForm.separately(List.of(concurrently(ddl.createIndexSql(create.table(), create.index())))));
        }
        if (op instanceof DropIndexOp drop) {
            String sql = ddl.visitDropIndex(drop).get(0);
            return Optional.of(
                    OnlineForm.separately(List.of(sql.replaceFirst("^drop index ", "drop index concurrently "))));
        }
        if (op instanceof AddUniqueOp unique && unique.constraint().name() != null) {
            String name = unique.constraint().name();
            String index = "create unique index concurrently " + pg.quote(name) + " on "
                    + pg.quoteQualified(unique.table()) + " ("
                    + String.join(
                            ", ",
                            unique.constraint().columns().stream()
                                    .map(pg::quote)
                                    .toList()) + ")";
            return Optional.of(OnlineForm.separately(List.of(
                    index,
                    ddl.alterTable(unique.table()) + " add constraint " + pg.quote(name) + " unique using index "
                            + pg.quote(name))));
        }
        if (op instanceof AddForeignKeyOp fk && fk.foreignKey().name() != null) {
            return Optional.of(notValidThenValidate(
                    ddl,
                    fk.table(),
                    ddl.visitAddForeignKey(fk).get(0),
                    fk.foreignKey().name()));
        }
        if (op instanceof AddCheckOp add) {
            CheckConstraint check =
                    add.check().name() != null ? add.check() : add.check().withName(checkName(ddl, add));
            String sql = ddl.alterTable(add.table()) + " add " + ddl.checkClause(check);
            return Optional.of(notValidThenValidate(ddl, add.table(), sql, check.name()));
        }
        if (op instanceof AlterColumnOp alter
                && alter.from().nullable()
                && !alter.to().nullable()) {
            return Optional.of(notNullThroughCheck(ddl, alter));
        }
        return Optional.empty();
    }

    Optional<WriteBlock> blocksWrites(Operation op, boolean online) {
        String table = op.table();
        if (op instanceof CreateIndexOp && !online
                || op instanceof AddUniqueOp unique
                        && (!online || unique.constraint().name() == null)) {
            return block(
                    WriteBlock.Kind.INDEX_BUILD,
                    "building an index holds a SHARE lock on " + table
                            + " that blocks writes until the build ends; CREATE INDEX CONCURRENTLY does not");
        }
        if (op instanceof AddForeignKeyOp fk && (!online || fk.foreignKey().name() == null)) {
            return block(
                    WriteBlock.Kind.CONSTRAINT_SCAN,
                    "adding a foreign key checks every row of " + table
                            + " under a lock that blocks writes to it and to "
                            + fk.foreignKey().referencedTable()
                            + "; NOT VALID and a separate VALIDATE CONSTRAINT do not");
        }
        if (op instanceof AddCheckOp && !online) {
            return block(
                    WriteBlock.Kind.CONSTRAINT_SCAN,
                    "adding a check constraint checks every row of " + table
                            + " under an ACCESS EXCLUSIVE lock; NOT VALID and a separate VALIDATE CONSTRAINT do not");
        }
        if (op instanceof AlterColumnOp alter) {
            if (alter.mapping() != null) {
                return block(
                        WriteBlock.Kind.TABLE_REWRITE,
                        "converting " + table + "." + alter.column()
                                + " value by value rewrites every row of the table");
            }
            if (rewrites(alter)) {
                return block(
                        WriteBlock.Kind.TABLE_REWRITE,
                        "changing the type of " + table + "." + alter.column() + " from "
                                + pg.canonicalType(alter.from().type()) + " to "
                                + pg.canonicalType(alter.to().type())
                                + " rewrites the table under an ACCESS EXCLUSIVE lock");
            }
            if (!online && alter.from().nullable() && !alter.to().nullable()) {
                return block(
                        WriteBlock.Kind.NOT_NULL_SCAN,
                        "SET NOT NULL on " + table + "." + alter.column()
                                + " scans the table under an ACCESS EXCLUSIVE lock; a validated CHECK ("
                                + alter.column()
                                + " IS NOT NULL) first lets it skip the scan");
            }
        }
        if (op instanceof AddColumnOp add) {
            if (add.column().identity()) {
                return block(
                        WriteBlock.Kind.TABLE_REWRITE,
                        "adding the identity column " + table + "."
                                + add.column().name() + " rewrites the table under an ACCESS EXCLUSIVE lock");
            }
            if (add.column().generated() != null) {
                return block(
                        WriteBlock.Kind.TABLE_REWRITE,
                        "adding the stored generated column " + table + "."
                                + add.column().name()
                                + " computes it for every row, rewriting the table under an ACCESS"
                                + " EXCLUSIVE lock");
            }
            String volatileCall = volatileCall(add.column().serverDefault());
            if (volatileCall != null) {
                return block(
                        WriteBlock.Kind.TABLE_REWRITE,
                        "adding " + table + "." + add.column().name()
                                + " with the volatile default " + volatileCall
                                + "() rewrites the table under an ACCESS EXCLUSIVE"
                                + " lock; add it without a default, fill it in batches, then set the default");
            }
        }
        return Optional.empty();
    }

    /** The volatile function a default calls, or null. */
    static String volatileCall(String expression) {
        if (expression == null) {
            return null;
        }
        Matcher call = CALL.matcher(expression.replaceAll("'(?:[^']|'')*'", "''"));
        while (call.find()) {
            String name = call.group(1).toLowerCase(Locale.ROOT);
            if (VOLATILE.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /**
     * Whether a type change rewrites the table: all but widening a {@code varchar} (or making it {@code text}), and
     * raising a {@code numeric}'s precision at the same scale, which PostgreSQL makes without touching a row.
     */
    boolean rewrites(AlterColumnOp alter) {
        String from = pg.canonicalType(alter.from().type());
        String to = pg.canonicalType(alter.to().type());
        if (from.equals(to)) {
            return false;
        }
        Matcher fromChars = VARCHAR.matcher(from);
        if (fromChars.matches() || from.equals("text")) {
            if (to.equals("text")) {
                return false;
            }
            Matcher toChars = VARCHAR.matcher(to);
            if (toChars.matches()) {
                if (toChars.group(1) == null) {
                    return false;
                }
                return from.equals("text")
                        || fromChars.group(1) == null
                        || Integer.parseInt(toChars.group(1)) < Integer.parseInt(fromChars.group(1));
            }
            return true;
        }
        Matcher fromNumeric = NUMERIC.matcher(from);
        Matcher toNumeric = NUMERIC.matcher(to);
        if (fromNumeric.matches() && toNumeric.matches()) {
            String fromScale = fromNumeric.group(2) == null ? "0" : fromNumeric.group(2);
            String toScale = toNumeric.group(2) == null ? "0" : toNumeric.group(2);
            return !fromScale.equals(toScale)
                    || Integer.parseInt(toNumeric.group(1)) < Integer.parseInt(fromNumeric.group(1));
        }
        return true;
    }

    private static Optional<WriteBlock> block(WriteBlock.Kind kind, String reason) {
        return Optional.of(new WriteBlock(kind, reason));
    }

    private static String concurrently(String createIndex) {
        return createIndex.replaceFirst("^create (unique )?index ", "create $1index concurrently ");
    }

    /** {@code ADD CONSTRAINT ... NOT VALID}, committed, then {@code VALIDATE CONSTRAINT}. */
    private OnlineForm notValidThenValidate(PostgresDdl ddl, String table, String add, String name) {
        return OnlineForm.separately(
                List.of(add + " not valid", ddl.alterTable(table) + " validate constraint " + pg.quote(name)));
    }

    /**
     * The column's other changes as {@link PostgresDdl} makes them, with its {@code SET NOT NULL} proved first by a
     * validated {@code CHECK (c IS NOT NULL)} that is dropped afterwards.
     */
    private OnlineForm notNullThroughCheck(PostgresDdl ddl, AlterColumnOp alter) {
        String table = alter.table();
        String check = pg.quote(shortened(
                pg.storedName(QualifiedName.unqualified(table)) + "_" + pg.storedName(alter.column()) + "_not_null"));
        String alterTable = ddl.alterTable(table);
        List<String> out = new ArrayList<>();
        for (String sql : ddl.visitAlterColumn(alter)) {
            if (sql.endsWith(" set not null")) {
                out.add(alterTable + " add constraint " + check + " check (" + pg.quote(alter.column())
                        + " is not null) not valid");
                out.add(alterTable + " validate constraint " + check);
                out.add(sql);
                out.add(alterTable + " drop constraint " + check);
            } else {
                out.add(sql);
            }
        }
        return OnlineForm.separately(out);
    }

    private static String shortened(String name) {
        return name.length() <= 63 ? name : name.substring(0, 63);
    }

    /** The name PostgreSQL would give an unnamed check: {@code t_a_check} when it uses one column, else {@code t_check}. */
    private String checkName(PostgresDdl ddl, AddCheckOp add) {
        List<String> used;
        if (add.check().column() != null) {
            used = List.of(add.check().column());
        } else {
            Set<String> called = new java.util.HashSet<>();
            Matcher call = CALL.matcher(add.check().expression());
            while (call.find()) {
                called.add(pg.foldIdentifier(call.group(1)));
            }
            used = SqlExpressions.names(add.check().expression(), pg::foldIdentifier).stream()
                    .filter(n -> !called.contains(n) && !KEY_WORDS.contains(n.toLowerCase(Locale.ROOT)))
                    .toList();
        }
        return used.size() == 1
                ? ddl.defaultName(add.table(), used, "check")
                : ddl.defaultName(add.table(), List.of(), "check").replace("__check", "_check");
    }
}
