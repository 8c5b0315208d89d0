package dev.autogen.core.sql.expr;

import dev.autogen.core.sql.SqlLexer;
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

    /** The quoting of expressions from any database: {@code "x"} and {@code `x`} names, no comments. */
    private static final SqlLexer.Rules RULES =
            SqlLexer.Rules.STANDARD.withIdentifierQuotes("\"`").withoutComments();

    /**
     * The tokens of {@code sql}.
     *
     * @throws IllegalArgumentException for an unterminated quote
     */
    static List<ExprToken> tokenize(String sql) {
        List<ExprToken> tokens = new ArrayList<>();
        for (SqlLexer.Token t : SqlLexer.tokens(sql, RULES)) {
            if ((t.kind() == SqlLexer.Kind.STRING || t.kind() == SqlLexer.Kind.QUOTED) && !t.terminated()) {
                throw new IllegalArgumentException("unterminated " + t.quote() + " in " + sql);
            }
            switch (t.kind()) {
                case WHITESPACE, COMMENT -> {}
                case STRING -> tokens.add(new ExprToken(Kind.STRING, t.text()));
                case QUOTED -> tokens.add(new ExprToken(Kind.QUOTED, t.identifier()));
                case WORD -> tokens.add(new ExprToken(Kind.WORD, t.text()));
                case NUMBER -> tokens.add(new ExprToken(Kind.NUMBER, t.text()));
                case SYMBOL -> tokens.add(new ExprToken(Kind.SYMBOL, t.text()));
            }
        }
        return tokens;
    }
}
