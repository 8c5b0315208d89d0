package dev.autogen.databases.sqlite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One lexical token of SQLite DDL, as {@link SqliteCreateTableParser} needs it.
 *
 * @param kind what the token is
 * @param value the identifier without its quotes, the string literal without its quotes, or the text as written
 * @param start offset of the first character in the source
 * @param end offset after the last character in the source
 */
record SqliteToken(Kind kind, String value, int start, int end) {

    enum Kind {
        /** An unquoted word: a keyword or a bare identifier. */
        WORD,
        /** A quoted identifier: {@code "x"}, {@code `x`} or {@code [x]}. */
        QUOTED,
        /** A string literal {@code 'x'} (SQLite also accepts it as an identifier in some places). */
        STRING,
        /** A number, a blob literal or any other run of characters. */
        OTHER,
        /** A single punctuation character: {@code ( ) , . ;} and operators. */
        PUNCT
    }

    /** True for an unquoted word equal to {@code keyword}, ignoring case. */
    boolean isKeyword(String keyword) {
        return kind == Kind.WORD && value.equalsIgnoreCase(keyword);
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && value.length() == 1 && value.charAt(0) == c;
    }

    /** True for a token that can name something: a word, a quoted identifier or a string literal. */
    boolean isName() {
        return kind == Kind.WORD || kind == Kind.QUOTED || kind == Kind.STRING;
    }

    /** Splits {@code sql} into tokens, dropping white space and comments. */
    static List<SqliteToken> tokenize(String sql) {
        List<SqliteToken> tokens = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '"' || c == '`' || c == '\'') {
                int end = quotedEnd(sql, i, c);
                String inner = sql.substring(i + 1, Math.max(i + 1, end - 1));
                String value = inner.replace(String.valueOf(c) + c, String.valueOf(c));
                tokens.add(new SqliteToken(c == '\'' ? Kind.STRING : Kind.QUOTED, value, i, end));
                i = end;
            } else if (c == '[') {
                int close = sql.indexOf(']', i + 1);
                int end = close < 0 ? n : close + 1;
                tokens.add(new SqliteToken(Kind.QUOTED, sql.substring(i + 1, Math.max(i + 1, end - 1)), i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_' || sql.charAt(end) == '$')) {
                    end++;
                }
                tokens.add(new SqliteToken(Kind.WORD, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new SqliteToken(Kind.OTHER, sql.substring(i, end), i, end));
                i = end;
            } else {
                tokens.add(new SqliteToken(Kind.PUNCT, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static int quotedEnd(String sql, int open, char quote) {
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
        return sql.length();
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
