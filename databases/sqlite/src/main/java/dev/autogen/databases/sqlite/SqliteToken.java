package dev.autogen.databases.sqlite;

import dev.autogen.core.sql.SqlLexer;
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

    /**
     * Splits {@code sql} into tokens with {@link SqlLexer} under SQLite's rules, dropping white space and comments.
     * Operators come one character at a time; a number runs on through letters, digits and dots ({@code 0x1F},
     * {@code 1e5}); an unterminated quote runs to the end of the text.
     */
    static List<SqliteToken> tokenize(String sql) {
        List<SqliteToken> tokens = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            SqlLexer.Token t = SqlLexer.tokenAt(sql, i, SqliteDialect.LEXER_RULES);
            switch (t.kind()) {
                case WHITESPACE, COMMENT -> i = t.end();
                case STRING, QUOTED -> {
                    int end = t.end();
                    String inner = sql.substring(i + 1, Math.max(i + 1, end - 1));
                    char quote = t.quote();
                    String value =
                            quote == '[' ? inner : inner.replace(String.valueOf(quote) + quote, String.valueOf(quote));
                    tokens.add(new SqliteToken(
                            t.kind() == SqlLexer.Kind.STRING ? Kind.STRING : Kind.QUOTED, value, i, end));
                    i = end;
                }
                case WORD -> {
                    tokens.add(new SqliteToken(Kind.WORD, t.text(), i, t.end()));
                    i = t.end();
                }
                case NUMBER -> {
                    if (sql.charAt(i) == '.') {
                        tokens.add(new SqliteToken(Kind.PUNCT, ".", i, i + 1));
                        i++;
                    } else {
                        int end = i + 1;
                        while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                            end++;
                        }
                        tokens.add(new SqliteToken(Kind.OTHER, sql.substring(i, end), i, end));
                        i = end;
                    }
                }
                case SYMBOL -> {
                    tokens.add(new SqliteToken(Kind.PUNCT, String.valueOf(sql.charAt(i)), i, i + 1));
                    i++;
                }
            }
        }
        return tokens;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
