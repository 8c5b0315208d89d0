package dev.autogen.core.sql.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One lexical token of a SQL expression.
 *
 * @param kind what the token is
 * @param text a word or operator as written, a quoted identifier without its quotes, a string literal with its quotes
 */
record ExprToken(Kind kind, String text) {

    enum Kind {
        /** An unquoted word: a key word, a function name or an identifier. */
        WORD,
        /** A quoted identifier: {@code "x"}, {@code `x`} or {@code [x]}. */
        QUOTED,
        /** A string literal, kept with its quotes: {@code 'it''s'}. */
        STRING,
        NUMBER,
        /** An operator or punctuation: {@code ( ) , [ ] . :: = <> <= >= ||} and the like. */
        SYMBOL
    }

    /** Whether this is the unquoted word {@code word}, ignoring case. */
    boolean is(String word) {
        return kind == Kind.WORD && text.equalsIgnoreCase(word);
    }

    /** Whether this is the symbol {@code symbol}. */
    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    private static final String[] OPERATORS = {
        "::", "<>", "!=", "<=", ">=", "||", "!~~*", "!~~", "~~*", "~~", "!~*", "!~", "~*"
    };

    /**
     * The tokens of {@code sql}.
     *
     * @throws IllegalArgumentException for an unterminated quote
     */
    static List<ExprToken> tokenize(String sql) {
        List<ExprToken> tokens = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = closingQuote(sql, i, '\'');
                tokens.add(new ExprToken(Kind.STRING, sql.substring(i, end)));
                i = end;
            } else if (c == '"' || c == '`') {
                int end = closingQuote(sql, i, c);
                String inner = sql.substring(i + 1, end - 1).replace(String.valueOf(c) + c, String.valueOf(c));
                tokens.add(new ExprToken(Kind.QUOTED, inner));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new ExprToken(Kind.WORD, sql.substring(i, end)));
                i = end;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
                int end = number(sql, i);
                tokens.add(new ExprToken(Kind.NUMBER, sql.substring(i, end)));
                i = end;
            } else {
                String op = operatorAt(sql, i);
                tokens.add(new ExprToken(Kind.SYMBOL, op));
                i += op.length();
            }
        }
        return tokens;
    }

    private static String operatorAt(String sql, int i) {
        for (String op : OPERATORS) {
            if (sql.startsWith(op, i)) {
                return op;
            }
        }
        return String.valueOf(sql.charAt(i));
    }

    private static int number(String sql, int start) {
        int i = start;
        int n = sql.length();
        while (i < n && (Character.isDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
            i++;
        }
        if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
                j++;
            }
            if (j < n && Character.isDigit(sql.charAt(j))) {
                i = j;
                while (i < n && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    private static int closingQuote(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unterminated " + quote + " in " + sql);
    }
}
