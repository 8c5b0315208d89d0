package dev.autogen.databases.mariadb;

import dev.autogen.core.sql.SqlLexer;
import java.util.List;
import java.util.Set;

/** The parentheses MariaDB leaves out when it prints a check condition, left out of written ones too. */
final class MariaDbChecks {

    /** Operators that bind looser than a comparison, or arithmetic: parentheses around them may matter. */
    private static final Set<String> KEEP_WORDS = Set.of("and", "or", "xor", "between", "div", "mod", "case");

    /** Words a parenthesis may follow without being an argument list ({@code in (...)} is one). */
    private static final Set<String> OPERATOR_WORDS = Set.of("and", "or", "xor", "not", "is", "when", "then", "else");

    /**
     * The quoting of tidied conditions: MariaDB's names and comments, string literals in standard SQL (after
     * {@link #standardStrings}, a backslash in one is itself).
     */
    private static final SqlLexer.Rules STANDARD_STRINGS = MariaDbDialect.LEXER_RULES.withBackslashEscapes(false);

    private MariaDbChecks() {}

    /**
     * Removes spaces after commas and the parentheses that hold one comparison or test and are not an argument list: {@code a or (b is null)}
     * becomes {@code a or b is null}, while {@code f(x)}, {@code in ('A')}, {@code (a or b) and c} and
     * {@code (a + 1) * 2} keep theirs. Works on tidied text (lower case outside quotes, single spaces).
     */
    static String withoutRedundantParentheses(String condition) {
        if (condition == null) {
            return null;
        }
        String s = withoutSpaceAfterCommas(condition);
        boolean changed = true;
        while (changed) {
            changed = false;
            List<SqlLexer.Token> tokens = SqlLexer.tokens(s, STANDARD_STRINGS);
            for (int open = 0; open < tokens.size(); open++) {
                if (!tokens.get(open).isSymbol('(')) {
                    continue;
                }
                int close = closing(tokens, open);
                if (close < 0) {
                    return s;
                }
                int from = tokens.get(open).start();
                int to = tokens.get(close).start();
                if (argumentList(s, from) || !oneComparison(tokens.subList(open + 1, close))) {
                    continue;
                }
                s = (s.substring(0, from) + s.substring(from + 1, to) + s.substring(to + 1)).trim();
                changed = true;
                break;
            }
        }
        return s;
    }

    /** The index of the token closing the parenthesis token at {@code open}; -1 if none. */
    private static int closing(List<SqlLexer.Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol('(')) {
                depth++;
            } else if (tokens.get(i).isSymbol(')') && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Every string literal read with MariaDB's backslash escapes and written in standard SQL: MariaDB prints
     * {@code 'it''s'} back as {@code 'it\\'s'}. Backtick-quoted names and the rest are left as they are; an
     * unterminated literal leaves the text unchanged.
     */
    static String standardStrings(String condition) {
        StringBuilder out = new StringBuilder(condition.length());
        for (SqlLexer.Token t : SqlLexer.tokens(condition, MariaDbDialect.LEXER_RULES)) {
            if ((t.kind() == SqlLexer.Kind.STRING || t.kind() == SqlLexer.Kind.QUOTED) && !t.terminated()) {
                return condition;
            }
            String literal = t.kind() == SqlLexer.Kind.STRING ? MariaDbDefaults.standardLiteral(t.text()) : null;
            out.append(literal != null ? literal : t.text());
        }
        return out.toString();
    }

    /** {@code in ('A', 'B')} becomes {@code in ('A','B')}, as MariaDB prints lists. */
    private static String withoutSpaceAfterCommas(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (SqlLexer.Token t : SqlLexer.tokens(s, STANDARD_STRINGS)) {
            String text = t.text();
            if (t.kind() == SqlLexer.Kind.WHITESPACE && out.length() > 0 && out.charAt(out.length() - 1) == ',') {
                int spaces = 0;
                while (spaces < text.length() && text.charAt(spaces) == ' ') {
                    spaces++;
                }
                text = text.substring(spaces);
            }
            out.append(text);
        }
        return out.toString();
    }

    /** Whether the parenthesis follows a name (a function's arguments, {@code in (...)}, a type's size). */
    private static boolean argumentList(String s, int open) {
        int i = open - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char before = s.charAt(i);
        if (before == '`' || before == ')') {
            return true;
        }
        int start = i;
        while (start >= 0
                && (Character.isLetterOrDigit(s.charAt(start)) || s.charAt(start) == '_' || s.charAt(start) == '$')) {
            start--;
        }
        String word = s.substring(start + 1, i + 1);
        return !word.isEmpty() && !OPERATOR_WORDS.contains(word);
    }

    /** Whether the tokens have no top-level connective, arithmetic, list or nested parenthesis that could matter. */
    private static boolean oneComparison(List<SqlLexer.Token> inner) {
        int depth = 0;
        for (SqlLexer.Token t : inner) {
            if (t.isSymbol('(')) {
                depth++;
            } else if (t.isSymbol(')')) {
                depth--;
            } else if (depth == 0 && t.kind() == SqlLexer.Kind.WORD && KEEP_WORDS.contains(t.text())) {
                return false;
            } else if (depth == 0
                    && (t.kind() == SqlLexer.Kind.SYMBOL || t.kind() == SqlLexer.Kind.NUMBER)
                    && t.text().chars().anyMatch(c -> "+-*/%,|&^~".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }
}
