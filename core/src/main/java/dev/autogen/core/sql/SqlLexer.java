package dev.autogen.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one lexer for SQL text: splits text into words, quoted identifiers, string literals, numbers, operators,
 * comments and white space, under the quoting {@link Rules} of a database (which characters quote identifiers,
 * whether string literals take backslash escapes, dollar quotes, nested block comments). Every token keeps its
 * offsets, so that the text between tokens can be sliced from the source as written; the tokens of a text, joined,
 * are the text. An unterminated quote or block comment runs to the end of the text and is marked
 * {@link Token#terminated() unterminated}; callers decide whether that is an error.
 */
public final class SqlLexer {

    /** What a token is. */
    public enum Kind {
        /** An unquoted word: a key word, a function name or an identifier ({@code select}, {@code a1_$}). */
        WORD,
        /** A quoted identifier: {@code "x"}, {@code `x`} or {@code [x]}, as the rules allow. */
        QUOTED,
        /** A string literal: {@code 'it''s'}, {@code E'\n'} or {@code $$x$$}, as the rules allow. */
        STRING,
        /** A number: {@code 1}, {@code 1.5}, {@code .5}, {@code 2e10}. */
        NUMBER,
        /** An operator or punctuation: {@code ( ) , . ; :: <> <= >= != ||} and the like. */
        SYMBOL,
        /** A comment: {@code -- to the end of the line} or {@code /* ... *}{@code /}. */
        COMMENT,
        /** A run of white space. */
        WHITESPACE
    }

    /**
     * One token.
     *
     * @param kind what the token is
     * @param text the token as written, quotes and comment marks included
     * @param start the offset of its first character in the source
     * @param end the offset after its last character
     * @param quote the opening quote character of a {@code QUOTED} or {@code STRING} token ({@code '}, {@code "},
     *     {@code `}, {@code [} or {@code $}), otherwise 0
     * @param terminated false for a quote or block comment the text ends in
     */
    public record Token(Kind kind, String text, int start, int end, char quote, boolean terminated) {

        /** Whether this is the unquoted word {@code word}, ignoring case. */
        public boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** Whether this is the operator or punctuation {@code symbol}. */
        public boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        /** Whether this is the one-character operator or punctuation {@code c}. */
        public boolean isSymbol(char c) {
            return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }

        /** Whether this is white space or a comment. */
        public boolean isBlank() {
            return kind == Kind.WHITESPACE || kind == Kind.COMMENT;
        }

        /**
         * The name a quoted identifier stands for: without its quotes, a doubled quote read as one ({@code "a""b"} is
         * {@code a"b}; {@code [a]} is {@code a}). Only for a terminated {@code QUOTED} token.
         */
        public String identifier() {
            if (kind != Kind.QUOTED || !terminated) {
                throw new IllegalStateException("not a quoted identifier: " + text);
            }
            String inner = text.substring(1, text.length() - 1);
            return quote == '[' ? inner : inner.replace(String.valueOf(quote) + quote, String.valueOf(quote));
        }

        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT) + ":" + text;
        }
    }

    /**
     * How a database quotes: the characters that open a quoted identifier, whether string literals read backslash
     * escapes (MariaDB, MySQL), dollar-quoted strings and {@code E'...'} escape strings (PostgreSQL), whether comments
     * are read at all, nest ({@code /* /* *}{@code / *}{@code /} on PostgreSQL), need white space after {@code --}
     * (MariaDB, MySQL) or may start with {@code #} (MariaDB, MySQL). A string literal is always {@code '...'} with
     * {@code ''} for a quote. Each database's {@code Dialect} hands out its own.
     *
     * @param identifierQuotes the characters that open a quoted identifier, of {@code "}, {@code `} and {@code [}
     * @param backslashEscapes whether {@code \} escapes the next character in a string literal
     * @param dollarQuotes whether {@code $tag$...$tag$} is a string literal
     * @param escapeStrings whether {@code E'...'} is a string literal with backslash escapes
     * @param comments whether {@code --} and {@code /*} start comments
     * @param nestedComments whether block comments nest
     * @param dashCommentNeedsSpace whether {@code --} starts a comment only before white space or the end
     * @param hashComments whether {@code #} starts a comment to the end of the line
     */
    public record Rules(
            String identifierQuotes,
            boolean backslashEscapes,
            boolean dollarQuotes,
            boolean escapeStrings,
            boolean comments,
            boolean nestedComments,
            boolean dashCommentNeedsSpace,
            boolean hashComments) {

        /** Standard SQL: {@code '...'} strings, {@code "..."} identifiers, {@code --} and {@code /* *}{@code /} comments. */
        public static final Rules STANDARD = new Rules("\"", false, false, false, true, false, false, false);

        public Rules {
            for (char c : identifierQuotes.toCharArray()) {
                if (c != '"' && c != '`' && c != '[') {
                    throw new IllegalArgumentException("not an identifier quote: " + c);
                }
            }
        }

        /** These rules with {@code quotes} opening quoted identifiers. */
        public Rules withIdentifierQuotes(String quotes) {
            return new Rules(
                    quotes,
                    backslashEscapes,
                    dollarQuotes,
                    escapeStrings,
                    comments,
                    nestedComments,
                    dashCommentNeedsSpace,
                    hashComments);
        }

        /** These rules with backslash escapes in string literals, or without. */
        public Rules withBackslashEscapes(boolean on) {
            return new Rules(
                    identifierQuotes,
                    on,
                    dollarQuotes,
                    escapeStrings,
                    comments,
                    nestedComments,
                    dashCommentNeedsSpace,
                    hashComments);
        }

        /** These rules with PostgreSQL's dollar quotes, {@code E'...'} strings and nested comments. */
        public Rules withPostgresStrings() {
            return new Rules(
                    identifierQuotes,
                    backslashEscapes,
                    true,
                    true,
                    comments,
                    true,
                    dashCommentNeedsSpace,
                    hashComments);
        }

        /** These rules with MariaDB's and MySQL's comments: {@code #}, and {@code --} only before white space. */
        public Rules withMySqlComments() {
            return new Rules(
                    identifierQuotes,
                    backslashEscapes,
                    dollarQuotes,
                    escapeStrings,
                    comments,
                    nestedComments,
                    true,
                    true);
        }

        /** These rules reading no comments: {@code --} and {@code /*} are operators. */
        public Rules withoutComments() {
            return new Rules(
                    identifierQuotes, backslashEscapes, dollarQuotes, escapeStrings, false, false, false, false);
        }

        boolean quotesIdentifiers(char c) {
            return identifierQuotes.indexOf(c) >= 0;
        }
    }

    /** Multi-character operators, longest first where one starts another. */
    private static final String[] OPERATORS = {
        "::", "<>", "!=", "<=", ">=", "||", "!~~*", "!~~", "~~*", "~~", "!~*", "!~", "~*"
    };

    private final String sql;
    private final Rules rules;
    private final int n;

    private SqlLexer(String sql, Rules rules) {
        this.sql = sql;
        this.rules = rules;
        this.n = sql.length();
    }

    /** The tokens of {@code sql}, white space and comments included. */
    public static List<Token> tokens(String sql, Rules rules) {
        return tokens(sql, 0, rules);
    }

    /** The tokens of {@code sql} from offset {@code from} on (offsets stay those of {@code sql}). */
    public static List<Token> tokens(String sql, int from, Rules rules) {
        SqlLexer lexer = new SqlLexer(sql, rules);
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < lexer.n) {
            Token t = lexer.next(i);
            tokens.add(t);
            i = t.end();
        }
        return tokens;
    }

    /** The one token that starts at offset {@code at} of {@code sql}, for a scanner that reads as it goes. */
    public static Token tokenAt(String sql, int at, Rules rules) {
        if (at < 0 || at >= sql.length()) {
            throw new IndexOutOfBoundsException(at);
        }
        return new SqlLexer(sql, rules).next(at);
    }

    /** The tokens of {@code sql} without white space and comments. */
    public static List<Token> significant(String sql, Rules rules) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : tokens(sql, rules)) {
            if (!t.isBlank()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /**
     * The offset of the parenthesis closing the one at {@code open}, skipping quoted text and comments; -1 if none
     * (or if a quote is left open before it).
     */
    public static int closingParen(String sql, int open, Rules rules) {
        int depth = 0;
        for (Token t : tokens(sql, open, rules)) {
            if (t.isSymbol('(')) {
                depth++;
            } else if (t.isSymbol(')')) {
                depth--;
                if (depth == 0) {
                    return t.start();
                }
            }
        }
        return -1;
    }

    private Token next(int i) {
        char c = sql.charAt(i);
        if (Character.isWhitespace(c)) {
            int end = i + 1;
            while (end < n && Character.isWhitespace(sql.charAt(end))) {
                end++;
            }
            return token(Kind.WHITESPACE, i, end, (char) 0, true);
        }
        if (rules.comments()
                && c == '-'
                && at(i + 1) == '-'
                && (!rules.dashCommentNeedsSpace()
                        || i + 2 >= n
                        || Character.isWhitespace(sql.charAt(i + 2))
                        || Character.isISOControl(sql.charAt(i + 2)))) {
            return lineComment(i);
        }
        if (rules.comments() && rules.hashComments() && c == '#') {
            return lineComment(i);
        }
        if (rules.comments() && c == '/' && at(i + 1) == '*') {
            return blockComment(i);
        }
        if (c == '\'') {
            return string(i, i, rules.backslashEscapes());
        }
        if (rules.escapeStrings() && (c == 'E' || c == 'e') && at(i + 1) == '\'') {
            return string(i, i + 1, true);
        }
        if (rules.quotesIdentifiers(c)) {
            return quoted(i, c);
        }
        if (rules.dollarQuotes() && c == '$') {
            Token dollar = dollarQuoted(i);
            if (dollar != null) {
                return dollar;
            }
        }
        if (Character.isLetter(c) || c == '_') {
            int end = i + 1;
            while (end < n
                    && (Character.isLetterOrDigit(sql.charAt(end))
                            || sql.charAt(end) == '_'
                            || sql.charAt(end) == '$')) {
                end++;
            }
            return token(Kind.WORD, i, end, (char) 0, true);
        }
        if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
            return token(Kind.NUMBER, i, number(i), (char) 0, true);
        }
        for (String op : OPERATORS) {
            if (sql.startsWith(op, i)) {
                return token(Kind.SYMBOL, i, i + op.length(), (char) 0, true);
            }
        }
        return token(Kind.SYMBOL, i, i + 1, (char) 0, true);
    }

    private char at(int i) {
        return i < n ? sql.charAt(i) : 0;
    }

    private Token token(Kind kind, int start, int end, char quote, boolean terminated) {
        return new Token(kind, sql.substring(start, end), start, end, quote, terminated);
    }

    private Token lineComment(int i) {
        int eol = sql.indexOf('\n', i);
        return token(Kind.COMMENT, i, eol < 0 ? n : eol, (char) 0, true);
    }

    private Token blockComment(int start) {
        int depth = 0;
        int i = start;
        while (i < n) {
            if (sql.startsWith("/*", i) && (depth == 0 || rules.nestedComments())) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return token(Kind.COMMENT, start, i, (char) 0, true);
                }
            } else {
                i++;
            }
        }
        return token(Kind.COMMENT, start, n, (char) 0, false);
    }

    /** A string literal whose quote is at {@code open} (after an {@code E} prefix at {@code start}, if any). */
    private Token string(int start, int open, boolean backslash) {
        int i = open + 1;
        while (i < n) {
            char c = sql.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < n && sql.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return token(Kind.STRING, start, i + 1, '\'', true);
                }
            } else {
                i++;
            }
        }
        return token(Kind.STRING, start, n, '\'', false);
    }

    private Token quoted(int open, char quote) {
        if (quote == '[') {
            int close = sql.indexOf(']', open + 1);
            return close < 0
                    ? token(Kind.QUOTED, open, n, quote, false)
                    : token(Kind.QUOTED, open, close + 1, quote, true);
        }
        int i = open + 1;
        while (i < n) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return token(Kind.QUOTED, open, i + 1, quote, true);
            }
            i++;
        }
        return token(Kind.QUOTED, open, n, quote, false);
    }

    /** {@code $tag$...$tag$} or {@code $$...$$}; null when the {@code $} opens no tag. */
    private Token dollarQuoted(int open) {
        int i = open + 1;
        if (i < n && (Character.isLetter(sql.charAt(i)) || sql.charAt(i) == '_')) {
            while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                i++;
            }
        }
        if (i >= n || sql.charAt(i) != '$') {
            return null;
        }
        String tag = sql.substring(open, i + 1);
        int close = sql.indexOf(tag, i + 1);
        return close < 0
                ? token(Kind.STRING, open, n, '$', false)
                : token(Kind.STRING, open, close + tag.length(), '$', true);
    }

    private int number(int start) {
        int i = start;
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
}
