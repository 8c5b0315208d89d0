package dev.autogen.databases.sqlite;

import dev.autogen.databases.sqlite.SqliteTableDefinition.Reference;
import dev.autogen.databases.sqlite.SqliteTableDefinition.Unique;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code CREATE TABLE} statement SQLite keeps in {@code sqlite_master.sql}. It only extracts what the PRAGMAs
 * do not report (constraint names, declared types as written, {@code AUTOINCREMENT}, check constraints, generated
 * column expressions); it is not a validating parser and anything it does not understand is skipped.
 */
final class SqliteCreateTableParser {

    /** Words that end a column's type and start a column constraint. */
    private static final Set<String> COLUMN_CONSTRAINT_START = Set.of(
            "constraint",
            "primary",
            "not",
            "null",
            "unique",
            "check",
            "default",
            "collate",
            "references",
            "generated",
            "as");

    private static final Set<String> TABLE_CONSTRAINT_START =
            Set.of("constraint", "primary", "unique", "check", "foreign");

    private final String sql;
    private final List<SqliteToken> tokens;

    private String primaryKeyName;
    private boolean autoincrement;
    private final Map<String, String> columnTypes = new HashMap<>();
    private final List<Unique> uniques = new ArrayList<>();
    private final List<Reference> foreignKeys = new ArrayList<>();
    private final Map<String, String> generated = new HashMap<>();

    private SqliteCreateTableParser(String sql) {
        this.sql = sql;
        this.tokens = SqliteToken.tokenize(sql);
    }

    /** Parses {@code createTableSql}; null or unrecognised text gives {@link SqliteTableDefinition#EMPTY}. */
    static SqliteTableDefinition parse(String createTableSql) {
        if (createTableSql == null || createTableSql.isBlank()) {
            return SqliteTableDefinition.EMPTY;
        }
        return new SqliteCreateTableParser(createTableSql).parse();
    }

    private SqliteTableDefinition parse() {
        int open = indexOfFirstParen();
        if (open < 0) {
            return SqliteTableDefinition.EMPTY;
        }
        int close = matchingParen(open);
        for (List<SqliteToken> definition : splitTopLevel(open + 1, close)) {
            if (definition.isEmpty()) {
                continue;
            }
            SqliteToken first = definition.get(0);
            if (first.kind() == SqliteToken.Kind.WORD
                    && TABLE_CONSTRAINT_START.contains(SqliteTableDefinition.key(first.value()))) {
                tableConstraint(definition);
            } else {
                columnDefinition(definition);
            }
        }
        boolean withoutRowid = false;
        for (int i = close + 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isKeyword("without") && tokens.get(i + 1).isKeyword("rowid")) {
                withoutRowid = true;
            }
        }
        return new SqliteTableDefinition(
                columnTypes,
                primaryKeyName,
                autoincrement,
                uniques,
                foreignKeys,
                withoutRowid,
                SqliteCheck.parse(sql),
                generated);
    }

    /** The opening parenthesis of the column list; -1 for {@code CREATE TABLE ... AS SELECT}. */
    private int indexOfFirstParen() {
        for (int i = 0; i < tokens.size(); i++) {
            SqliteToken t = tokens.get(i);
            if (t.isPunct('(')) {
                return i;
            }
            if (t.isKeyword("as") || t.isKeyword("select")) {
                return -1;
            }
        }
        return -1;
    }

    /** The index of the parenthesis closing the one at {@code open}, or the token count if unbalanced. */
    private int matchingParen(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            SqliteToken t = tokens.get(i);
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')')) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return tokens.size();
    }

    /** The tokens in [from, to) split at commas outside parentheses. */
    private List<List<SqliteToken>> splitTopLevel(int from, int to) {
        List<List<SqliteToken>> parts = new ArrayList<>();
        List<SqliteToken> current = new ArrayList<>();
        int depth = 0;
        for (int i = from; i < to; i++) {
            SqliteToken t = tokens.get(i);
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')')) {
                depth--;
            } else if (t.isPunct(',') && depth == 0) {
                parts.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(t);
        }
        parts.add(current);
        return parts;
    }

    private void tableConstraint(List<SqliteToken> d) {
        int i = 0;
        String name = null;
        if (d.get(0).isKeyword("constraint") && d.size() > 1) {
            name = d.get(1).value();
            i = 2;
        }
        if (i >= d.size()) {
            return;
        }
        SqliteToken kind = d.get(i);
        if (kind.isKeyword("primary")) {
            primaryKeyName = name;
            autoincrement |= containsKeyword(d, i, d.size(), "autoincrement");
        } else if (kind.isKeyword("unique")) {
            int open = indexOfPunct(d, i, '(');
            if (open >= 0) {
                uniques.add(new Unique(name, nameList(d, open)));
            }
        } else if (kind.isKeyword("foreign")) {
            int open = indexOfPunct(d, i, '(');
            if (open < 0) {
                return;
            }
            List<String> columns = nameList(d, open);
            int references = indexOfKeyword(d, open, "references");
            if (references >= 0) {
                reference(d, references, name, columns);
            }
        }
    }

    private void columnDefinition(List<SqliteToken> d) {
        SqliteToken nameToken = d.get(0);
        if (!nameToken.isName()) {
            return;
        }
        String column = nameToken.value();
        int i = 1;
        int typeStart = -1;
        int typeEnd = -1;
        int depth = 0;
        while (i < d.size()) {
            SqliteToken t = d.get(i);
            if (depth == 0
                    && t.kind() == SqliteToken.Kind.WORD
                    && COLUMN_CONSTRAINT_START.contains(SqliteTableDefinition.key(t.value()))) {
                break;
            }
            if (t.isPunct('(')) {
                depth++;
            } else if (t.isPunct(')')) {
                depth--;
            }
            if (typeStart < 0) {
                typeStart = t.start();
            }
            typeEnd = t.end();
            i++;
        }
        if (typeStart >= 0) {
            columnTypes.put(
                    SqliteTableDefinition.key(column),
                    sql.substring(typeStart, typeEnd).trim().replaceAll("\\s+", " "));
        }
        String pendingName = null;
        while (i < d.size()) {
            SqliteToken t = d.get(i);
            if (t.isKeyword("as") && i + 1 < d.size() && d.get(i + 1).isPunct('(')) {
                int end = skipGroup(d, i + 1);
                generated.put(
                        SqliteTableDefinition.key(column),
                        sql.substring(d.get(i + 1).end(), d.get(end - 1).start())
                                .trim());
                i = end;
                continue;
            }
            if (t.isPunct('(')) {
                i = skipGroup(d, i);
                continue;
            }
            if (t.isKeyword("constraint") && i + 1 < d.size()) {
                pendingName = d.get(i + 1).value();
                i += 2;
                continue;
            }
            if (t.isKeyword("primary")) {
                primaryKeyName = pendingName;
                int next = nextConstraintStart(d, i + 1);
                autoincrement |= containsKeyword(d, i, next, "autoincrement");
                pendingName = null;
                i = next;
                continue;
            }
            if (t.isKeyword("unique")) {
                uniques.add(new Unique(pendingName, List.of(column)));
                pendingName = null;
            } else if (t.isKeyword("references")) {
                i = reference(d, i, pendingName, List.of(column));
                pendingName = null;
                continue;
            } else if (t.kind() == SqliteToken.Kind.WORD
                    && COLUMN_CONSTRAINT_START.contains(SqliteTableDefinition.key(t.value()))) {
                pendingName = null;
            }
            i++;
        }
    }

    /** Reads {@code REFERENCES table [(columns)]} starting at the keyword; returns the index after it. */
    private int reference(List<SqliteToken> d, int referencesAt, String name, List<String> columns) {
        int i = referencesAt + 1;
        if (i >= d.size() || !d.get(i).isName()) {
            return i;
        }
        String table = d.get(i).value();
        i++;
        List<String> referenced = List.of();
        if (i < d.size() && d.get(i).isPunct('(')) {
            referenced = nameList(d, i);
            i = skipGroup(d, i);
        }
        foreignKeys.add(new Reference(name, columns, table, referenced));
        return i;
    }

    /** The first name of each comma-separated item in the parenthesised group opening at {@code open}. */
    private static List<String> nameList(List<SqliteToken> d, int open) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        boolean expectName = true;
        for (int i = open; i < d.size(); i++) {
            SqliteToken t = d.get(i);
            if (t.isPunct('(')) {
                depth++;
                continue;
            }
            if (t.isPunct(')')) {
                depth--;
                if (depth == 0) {
                    break;
                }
                continue;
            }
            if (depth == 1 && t.isPunct(',')) {
                expectName = true;
                continue;
            }
            if (depth == 1 && expectName && t.isName()) {
                names.add(t.value());
                expectName = false;
            }
        }
        return names;
    }

    /** The index after the parenthesised group opening at {@code open}. */
    private static int skipGroup(List<SqliteToken> d, int open) {
        int depth = 0;
        for (int i = open; i < d.size(); i++) {
            if (d.get(i).isPunct('(')) {
                depth++;
            } else if (d.get(i).isPunct(')')) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return d.size();
    }

    /** The index of the next token that starts a column constraint, skipping parenthesised groups. */
    private static int nextConstraintStart(List<SqliteToken> d, int from) {
        int i = from;
        while (i < d.size()) {
            SqliteToken t = d.get(i);
            if (t.isPunct('(')) {
                i = skipGroup(d, i);
                continue;
            }
            if (t.kind() == SqliteToken.Kind.WORD
                    && COLUMN_CONSTRAINT_START.contains(SqliteTableDefinition.key(t.value()))) {
                return i;
            }
            i++;
        }
        return d.size();
    }

    private static boolean containsKeyword(List<SqliteToken> d, int from, int to, String keyword) {
        for (int i = from; i < to; i++) {
            if (d.get(i).isKeyword(keyword)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfKeyword(List<SqliteToken> d, int from, String keyword) {
        for (int i = from; i < d.size(); i++) {
            if (d.get(i).isKeyword(keyword)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfPunct(List<SqliteToken> d, int from, char c) {
        for (int i = from; i < d.size(); i++) {
            if (d.get(i).isPunct(c)) {
                return i;
            }
        }
        return -1;
    }
}
