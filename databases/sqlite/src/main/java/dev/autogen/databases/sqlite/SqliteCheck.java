package dev.autogen.databases.sqlite;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@code CHECK} constraint as written in a stored {@code CREATE TABLE}, at column or table level.
 *
 * @param name the name given with {@code CONSTRAINT name}, or null
 * @param expression the condition between the parentheses, as written
 */
record SqliteCheck(String name, String expression) {

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
            String name = null;
            if (i >= 2
                    && tokens.get(i - 2).isKeyword("constraint")
                    && tokens.get(i - 1).isName()) {
                name = tokens.get(i - 1).value();
            }
            String expression = createTableSql
                    .substring(tokens.get(i + 1).end(), tokens.get(close).start())
                    .trim();
            if (!expression.isEmpty()) {
                out.add(new SqliteCheck(name, expression));
            }
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
