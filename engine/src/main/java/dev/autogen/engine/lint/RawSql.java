package dev.autogen.engine.lint;

import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ForeignKey;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.sql.SqlLexer;
import dev.autogen.core.sql.SqlLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the statements a migration passes to {@code op.execute} with the project's {@link SqlLexer}, as the operations
 * they amount to, so that the same rules (and the database's own {@code blocksWrites}) judge them: {@code CREATE
 * [UNIQUE] INDEX [CONCURRENTLY]}, {@code ALTER TABLE ... ADD [CONSTRAINT] FOREIGN KEY | CHECK | UNIQUE} (online with
 * {@code NOT VALID}, {@code USING INDEX}, {@code ALGORITHM=INPLACE|INSTANT} or {@code LOCK=NONE}), {@code ADD COLUMN},
 * {@code ALTER COLUMN ... SET NOT NULL | TYPE}, {@code MODIFY}/{@code CHANGE COLUMN}, {@code DROP COLUMN},
 * {@code DROP TABLE}; {@code ALGORITHM=COPY} and {@code TRUNCATE} are findings of their own. Anything else is not
 * judged. The old type of a column changed by raw SQL is not known, so its change is taken to rewrite the table.
 */
final class RawSql {

    /** What one statement amounts to. */
    sealed interface Item permits Change, Direct, Created, Validated {}

    /**
     * An operation the statement makes, in its online form when {@code online}; {@code refusesCopy} where the
     * statement names an algorithm that never copies ({@code ALGORITHM=INPLACE|INSTANT|NOCOPY}, {@code LOCK=NONE}), so
     * that the server refuses it rather than block writes.
     */
    record Change(Operation op, boolean online, boolean refusesCopy) implements Item {
        Change(Operation op, boolean online) {
            this(op, online, false);
        }
    }

    /** A finding the statement is on its own. */
    record Direct(LintRule rule, String table, String detail) implements Item {}

    /** The statement creates a table (so later changes to it lock nothing anyone waits for). */
    record Created(String table) implements Item {}

    /** The statement validates a constraint of the table ({@code VALIDATE CONSTRAINT}). */
    record Validated(String table) implements Item {}

    private static final ColumnType UNKNOWN = ColumnType.raw("unknown");
    private static final String PLACEHOLDER = "?";
    private static final Set<String> COLUMN_END = Set.of(
            "NOT",
            "NULL",
            "DEFAULT",
            "CONSTRAINT",
            "GENERATED",
            "PRIMARY",
            "UNIQUE",
            "REFERENCES",
            "CHECK",
            "AUTO_INCREMENT",
            "COLLATE",
            "COMMENT",
            "FIRST",
            "AFTER",
            "USING",
            "ALGORITHM",
            "LOCK");
    private static final Set<String> SERIAL =
            Set.of("SERIAL", "BIGSERIAL", "SMALLSERIAL", "SERIAL2", "SERIAL4", "SERIAL8");
    private static final Set<String> NOT_A_COLUMN =
            Set.of("CONSTRAINT", "INDEX", "KEY", "PRIMARY", "FOREIGN", "CHECK", "DEFAULT", "PARTITION", "UNIQUE");

    private RawSql() {}

    /**
     * @param validated the tables whose constraints the migration validated before this statement: a {@code SET NOT
     *     NULL} there is taken to be proved by a validated check
     */
    static List<Item> classify(String sql, SqlLexer.Rules rules, Set<String> validated) {
        List<Item> items = new ArrayList<>();
        List<Token> statement = new ArrayList<>();
        for (Token t : SqlLexer.significant(sql, rules)) {
            if (t.isSymbol(';')) {
                statement(statement, validated, items);
                statement.clear();
            } else {
                statement.add(t);
            }
        }
        statement(statement, validated, items);
        return items;
    }

    private static void statement(List<Token> t, Set<String> validated, List<Item> out) {
        if (t.isEmpty()) {
            return;
        }
        if (is(t, 0, "CREATE")) {
            create(t, out);
        } else if (is(t, 0, "ALTER") && is(t, 1, "TABLE")) {
            alterTable(t, validated, out);
        } else if (is(t, 0, "DROP") && is(t, 1, "TABLE")) {
            int i = skipIfExists(t, 2);
            while (i < t.size()) {
                Name name = name(t, i);
                if (name == null) {
                    break;
                }
                out.add(new Change(new DropTableOp(new Table(name.text, List.of(), null, null, null, null)), false));
                i = name.next;
                if (i < t.size() && t.get(i).isSymbol(',')) {
                    i++;
                } else {
                    break;
                }
            }
        } else if (is(t, 0, "TRUNCATE")) {
            int i = is(t, 1, "TABLE") ? 2 : 1;
            i = is(t, i, "ONLY") ? i + 1 : i;
            while (i < t.size()) {
                Name name = name(t, i);
                if (name == null) {
                    break;
                }
                out.add(new Direct(LintRule.DESTRUCTIVE, name.text, "TRUNCATE removes every row of " + name.text));
                i = name.next;
                if (i < t.size() && t.get(i).isSymbol(',')) {
                    i++;
                } else {
                    break;
                }
            }
        }
    }

    private static void create(List<Token> t, List<Item> out) {
        int i = 1;
        boolean unique = false;
        if (is(t, i, "UNIQUE")) {
            unique = true;
            i++;
        }
        if (is(t, i, "INDEX")) {
            i++;
            boolean concurrently = is(t, i, "CONCURRENTLY");
            if (concurrently) {
                i++;
            }
            if (is(t, i, "IF") && is(t, i + 1, "NOT") && is(t, i + 2, "EXISTS")) {
                i += 3;
            }
            String index = "unnamed";
            if (!is(t, i, "ON")) {
                Name name = name(t, i);
                if (name == null) {
                    return;
                }
                index = name.text;
                i = name.next;
            }
            if (!is(t, i, "ON")) {
                return;
            }
            i = is(t, i + 1, "ONLY") ? i + 2 : i + 1;
            Name table = name(t, i);
            if (table != null) {
                out.add(new Change(
                        new CreateIndexOp(table.text, new Index(index, List.of(PLACEHOLDER), unique)), concurrently));
            }
            return;
        }
        // CREATE [GLOBAL|LOCAL] [TEMPORARY|TEMP|UNLOGGED] TABLE [IF NOT EXISTS] name
        for (int k = 1; k < Math.min(t.size(), 4); k++) {
            if (is(t, k, "TABLE")) {
                int n = k + 1;
                if (is(t, n, "IF") && is(t, n + 1, "NOT") && is(t, n + 2, "EXISTS")) {
                    n += 3;
                }
                Name table = name(t, n);
                if (table != null) {
                    out.add(new Created(table.text));
                }
                return;
            }
        }
    }

    private static void alterTable(List<Token> t, Set<String> validated, List<Item> out) {
        int i = 2;
        if (is(t, i, "ONLY")) {
            i++;
        }
        i = skipIfExists(t, i);
        Name table = name(t, i);
        if (table == null) {
            return;
        }
        boolean notValid = false;
        boolean inPlace = false;
        for (int k = table.next; k < t.size(); k++) {
            if (is(t, k, "NOT") && is(t, k + 1, "VALID")) {
                notValid = true;
            }
            if (is(t, k, "ALGORITHM") || is(t, k, "LOCK")) {
                int v = k + 1 < t.size() && t.get(k + 1).isSymbol('=') ? k + 2 : k + 1;
                if (is(t, k, "ALGORITHM") && is(t, v, "COPY")) {
                    out.add(new Direct(
                            LintRule.TABLE_COPY,
                            table.text,
                            "ALGORITHM=COPY copies " + table.text + " while writes to it wait"));
                }
                if (is(t, v, "INPLACE")
                        || is(t, v, "INSTANT")
                        || is(t, v, "NOCOPY")
                        || is(t, k, "LOCK") && is(t, v, "NONE")) {
                    inPlace = true;
                }
            }
        }
        int depth = 0;
        int start = table.next;
        for (int k = table.next; k <= t.size(); k++) {
            if (k == t.size() || depth == 0 && t.get(k).isSymbol(',')) {
                List<Item> actions = new ArrayList<>();
                action(table.text, t.subList(start, k), notValid || inPlace, inPlace, validated, actions);
                for (Item item : actions) {
                    out.add(inPlace && item instanceof Change c ? new Change(c.op(), c.online(), true) : item);
                }
                start = k + 1;
            } else if (t.get(k).isSymbol('(')) {
                depth++;
            } else if (t.get(k).isSymbol(')')) {
                depth--;
            }
        }
    }

    private static void action(
            String table, List<Token> a, boolean online, boolean inPlace, Set<String> validated, List<Item> out) {
        if (a.isEmpty()) {
            return;
        }
        if (is(a, 0, "ADD")) {
            int j = 1;
            String constraint = null;
            if (is(a, j, "CONSTRAINT")) {
                Name name = name(a, j + 1);
                constraint = name == null ? null : name.text;
                j = name == null ? j + 1 : name.next;
            }
            if (is(a, j, "FOREIGN")) {
                int ref = indexOf(a, "REFERENCES", j);
                Name referenced = ref < 0 ? null : name(a, ref + 1);
                ForeignKey fk = new ForeignKey(
                        constraint == null ? "unnamed" : constraint,
                        List.of(PLACEHOLDER),
                        referenced == null ? PLACEHOLDER : referenced.text,
                        List.of(PLACEHOLDER),
                        null,
                        null);
                out.add(new Change(new AddForeignKeyOp(table, fk), online));
            } else if (is(a, j, "CHECK")) {
                out.add(new Change(new AddCheckOp(table, new CheckConstraint(constraint, "true")), online));
            } else if (is(a, j, "UNIQUE") && !(is(a, j + 1, "INDEX") || is(a, j + 1, "KEY"))) {
                boolean usingIndex = indexOf(a, "USING", j) >= 0 && indexOf(a, "INDEX", j) >= 0;
                out.add(new Change(
                        new AddUniqueOp(
                                table,
                                new UniqueConstraint(
                                        constraint == null ? "unnamed" : constraint, List.of(PLACEHOLDER))),
                        usingIndex || inPlace));
            } else if (is(a, j, "INDEX") || is(a, j, "KEY") || is(a, j, "UNIQUE")) {
                out.add(new Change(
                        new CreateIndexOp(table, new Index("unnamed", List.of(PLACEHOLDER), is(a, j, "UNIQUE"))),
                        inPlace));
            } else if (constraint == null && !is(a, j, "PRIMARY")) {
                addColumn(table, a, j, out);
            }
        } else if (is(a, 0, "ALTER")) {
            int j = is(a, 1, "COLUMN") ? 2 : 1;
            Name column = name(a, j);
            if (column == null) {
                return;
            }
            j = column.next;
            if (is(a, j, "SET") && is(a, j + 1, "NOT") && is(a, j + 2, "NULL")) {
                out.add(new Change(
                        new AlterColumnOp(
                                table,
                                column.text,
                                new ColumnState(UNKNOWN, true, null),
                                new ColumnState(UNKNOWN, false, null)),
                        validated.contains(Linter.key(table))));
            } else if (is(a, j, "TYPE") || is(a, j, "SET") && is(a, j + 1, "DATA") && is(a, j + 2, "TYPE")) {
                int from = is(a, j, "TYPE") ? j + 1 : j + 3;
                out.add(typeChange(table, column.text, a, from, inPlace));
            }
        } else if (is(a, 0, "MODIFY") || is(a, 0, "CHANGE")) {
            int j = is(a, 1, "COLUMN") ? 2 : 1;
            Name column = name(a, j);
            if (column == null) {
                return;
            }
            j = column.next;
            if (is(a, 0, "CHANGE")) {
                Name renamed = name(a, j);
                j = renamed == null ? j : renamed.next;
            }
            out.add(typeChange(table, column.text, a, j, inPlace));
        } else if (is(a, 0, "DROP")) {
            int j = 1;
            if (is(a, j, "COLUMN")) {
                j++;
            } else if (j < a.size()
                    && a.get(j).kind() == SqlLexer.Kind.WORD
                    && NOT_A_COLUMN.contains(upper(a.get(j)))) {
                return;
            }
            j = skipIfExists(a, j);
            Name column = name(a, j);
            if (column != null) {
                out.add(new Change(
                        new DropColumnOp(table, new Column(column.text, UNKNOWN, true, null, false)), false));
            }
        } else if (is(a, 0, "VALIDATE")) {
            out.add(new Validated(table));
        }
    }

    private static void addColumn(String table, List<Token> a, int j, List<Item> out) {
        if (is(a, j, "COLUMN")) {
            j++;
        }
        if (is(a, j, "IF") && is(a, j + 1, "NOT") && is(a, j + 2, "EXISTS")) {
            j += 3;
        }
        Name column = name(a, j);
        if (column == null) {
            return;
        }
        int k = column.next;
        StringBuilder type = new StringBuilder();
        while (k < a.size() && !(a.get(k).kind() == SqlLexer.Kind.WORD && COLUMN_END.contains(upper(a.get(k))))) {
            type.append(type.length() == 0 ? "" : " ").append(a.get(k).text());
            k++;
        }
        boolean notNull = false;
        boolean identity = false;
        String serverDefault = null;
        for (int m = k; m < a.size(); m++) {
            if (is(a, m, "NOT") && is(a, m + 1, "NULL")) {
                notNull = true;
            } else if (is(a, m, "IDENTITY") || is(a, m, "AUTO_INCREMENT")) {
                identity = true;
            } else if (is(a, m, "DEFAULT")) {
                StringBuilder expression = new StringBuilder();
                int depth = 0;
                int n = m + 1;
                for (; n < a.size(); n++) {
                    Token e = a.get(n);
                    if (depth == 0 && e.kind() == SqlLexer.Kind.WORD && COLUMN_END.contains(upper(e))) {
                        break;
                    }
                    depth += e.isSymbol('(') ? 1 : e.isSymbol(')') ? -1 : 0;
                    expression.append(expression.length() == 0 ? "" : " ").append(e.text());
                }
                serverDefault = expression.toString();
                m = n - 1;
            }
        }
        String typeText = type.toString().strip();
        if (SERIAL.contains(typeText.toUpperCase(java.util.Locale.ROOT))) {
            serverDefault = "nextval('" + table + "_" + column.text + "_seq')";
        }
        if (typeText.isEmpty()) {
            return;
        }
        out.add(new Change(
                new AddColumnOp(
                        table, new Column(column.text, ColumnType.raw(typeText), !notNull, serverDefault, identity)),
                false));
    }

    private static Change typeChange(String table, String column, List<Token> a, int from, boolean inPlace) {
        StringBuilder type = new StringBuilder();
        for (int k = from; k < a.size(); k++) {
            if (a.get(k).kind() == SqlLexer.Kind.WORD && COLUMN_END.contains(upper(a.get(k)))) {
                break;
            }
            type.append(type.length() == 0 ? "" : " ").append(a.get(k).text());
        }
        String typeText = type.length() == 0 ? "unknown" : type.toString();
        return new Change(
                new AlterColumnOp(
                        table,
                        column,
                        new ColumnState(UNKNOWN, true, null),
                        new ColumnState(ColumnType.raw(typeText), true, null)),
                inPlace);
    }

    /** A name, {@code schema.name} or {@code "Quoted"}, at {@code i}; null when there is none. */
    private record Name(String text, int next) {}

    private static Name name(List<Token> t, int i) {
        String first = identifier(t, i);
        if (first == null) {
            return null;
        }
        if (i + 2 < t.size() && t.get(i + 1).isSymbol('.')) {
            String second = identifier(t, i + 2);
            if (second != null) {
                return new Name(first + "." + second, i + 3);
            }
        }
        return new Name(first, i + 1);
    }

    private static String identifier(List<Token> t, int i) {
        if (i >= t.size()) {
            return null;
        }
        Token token = t.get(i);
        if (token.kind() == SqlLexer.Kind.WORD) {
            return token.text();
        }
        if (token.kind() == SqlLexer.Kind.QUOTED && token.terminated()) {
            return token.identifier();
        }
        return null;
    }

    private static int skipIfExists(List<Token> t, int i) {
        return is(t, i, "IF") && is(t, i + 1, "EXISTS") ? i + 2 : i;
    }

    private static int indexOf(List<Token> t, String word, int from) {
        for (int k = from; k < t.size(); k++) {
            if (t.get(k).is(word)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean is(List<Token> t, int i, String word) {
        return i >= 0 && i < t.size() && t.get(i).is(word);
    }

    private static String upper(Token t) {
        return t.text().toUpperCase(java.util.Locale.ROOT);
    }
}
