package dev.autogen.runtime.dialect.sqlite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@code CHECK} constraint as written in a stored {@code CREATE TABLE} (column or table level), kept across a table
 * rebuild: the model has no check constraints, but Hibernate writes them (for enums, for example), so a rebuild must
 * not lose them.
 *
 * @param sql the clause as written, with its {@code CONSTRAINT name} if it has one: {@code check (qty >= 0)}
 * @param names the lower-cased identifiers in the expression (a superset of the columns it uses)
 */
record SqliteCheck(String sql, Set<String> names) {

    SqliteCheck {
        names = Set.copyOf(names);
    }

    /** Whether the expression may use this column. */
    boolean uses(String column) {
        return names.contains(SqliteTableDefinition.key(column));
    }

    /** The check clauses of a {@code CREATE TABLE} statement, in order. */
    static List<SqliteCheck> parse(String createTableSql) {
        List<SqliteCheck> out = new ArrayList<>();
        if (createTableSql == null) {
            return out;
        }
        List<SqliteToken> tokens = SqliteToken.tokenize(createTableSql);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).isKeyword("check") || !tokens.get(i + 1).isPunct('(')) {
                continue;
            }
            int close = closing(tokens, i + 1);
            if (close < 0) {
                break;
            }
            int first = i;
            if (i >= 2 && tokens.get(i - 2).isKeyword("constraint") && tokens.get(i - 1).isName()) {
                first = i - 2;
            }
            Set<String> names = new HashSet<>();
            for (int k = i + 2; k < close; k++) {
                SqliteToken t = tokens.get(k);
                if (t.kind() == SqliteToken.Kind.WORD || t.kind() == SqliteToken.Kind.QUOTED) {
                    names.add(SqliteTableDefinition.key(t.value()));
                }
            }
            out.add(new SqliteCheck(createTableSql.substring(tokens.get(first).start(), tokens.get(close).end()), names));
            i = close;
        }
        return out;
    }

    private static int closing(List<SqliteToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isPunct('(')) {
                depth++;
            } else if (tokens.get(i).isPunct(')')) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
