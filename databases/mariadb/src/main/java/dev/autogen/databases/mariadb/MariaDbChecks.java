package dev.autogen.databases.mariadb;

import dev.autogen.core.sql.SqlText;
import java.util.Set;

/** The parentheses MariaDB leaves out when it prints a check condition, left out of written ones too. */
final class MariaDbChecks {

    /** Operators that bind looser than a comparison, or arithmetic: parentheses around them may matter. */
    private static final Set<String> KEEP_WORDS = Set.of("and", "or", "xor", "between", "div", "mod", "case");

    /** Words a parenthesis may follow without being an argument list ({@code in (...)} is one). */
    private static final Set<String> OPERATOR_WORDS = Set.of("and", "or", "xor", "not", "is", "when", "then", "else");

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
            for (int open = s.indexOf('('); open >= 0; open = nextOpen(s, open + 1)) {
                int close = SqlText.closingParen(s, open);
                if (close < 0) {
                    return s;
                }
                if (argumentList(s, open) || !oneComparison(s.substring(open + 1, close))) {
                    continue;
                }
                s = (s.substring(0, open) + s.substring(open + 1, close) + s.substring(close + 1)).trim();
                changed = true;
                break;
            }
        }
        return s;
    }

    /**
     * Every string literal read with MariaDB's backslash escapes and written in standard SQL: MariaDB prints
     * {@code 'it''s'} back as {@code 'it\\'s'}. Backtick-quoted names and the rest are left as they are; an
     * unterminated literal leaves the text unchanged.
     */
    static String standardStrings(String condition) {
        StringBuilder out = new StringBuilder(condition.length());
        int i = 0;
        while (i < condition.length()) {
            char c = condition.charAt(i);
            if (c == '`' || c == '"') {
                int end = condition.indexOf(c, i + 1);
                if (end < 0) {
                    return condition;
                }
                out.append(condition, i, end + 1);
                i = end + 1;
            } else if (c == '\'') {
                int end = literalEnd(condition, i);
                if (end < 0) {
                    return condition;
                }
                String literal = MariaDbDefaults.standardLiteral(condition.substring(i, end + 1));
                out.append(literal != null ? literal : condition.substring(i, end + 1));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The index of the quote closing the literal opened at {@code open}, skipping {@code \\x} and {@code ''}; -1 if none. */
    private static int literalEnd(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    /** {@code in ('A', 'B')} becomes {@code in ('A','B')}, as MariaDB prints lists. */
    private static String withoutSpaceAfterCommas(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ',') {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The next {@code (} outside quotes from {@code from}, or -1. */
    private static int nextOpen(String s, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                return i;
            }
        }
        return -1;
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
        while (start >= 0 && (Character.isLetterOrDigit(s.charAt(start)) || s.charAt(start) == '_' || s.charAt(start) == '$')) {
            start--;
        }
        String word = s.substring(start + 1, i + 1);
        return !word.isEmpty() && !OPERATOR_WORDS.contains(word);
    }

    /** Whether the text has no top-level connective, arithmetic, list or nested parenthesis that could matter. */
    private static boolean oneComparison(String inner) {
        char quote = 0;
        int depth = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= inner.length(); i++) {
            char c = i < inner.length() ? inner.charAt(i) : ' ';
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                word.append(c);
                continue;
            }
            if (depth == 0 && KEEP_WORDS.contains(word.toString())) {
                return false;
            }
            word.setLength(0);
            if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && "+-*/%,|&^~".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
