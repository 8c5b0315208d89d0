package dev.autogen.core.dialect;

import dev.autogen.core.sql.SqlLexer;
import dev.autogen.core.sql.SqlText;

/** The dialect-independent tidying of a SQL condition behind {@link SchemaDialect#normalizeCheck}'s default. */
final class CheckText {

    private CheckText() {}

    /**
     * Enclosing parentheses removed (repeatedly), white space collapsed to single spaces (none next to parentheses
     * and commas), lower case outside quoted text; null stays null.
     */
    static String simple(String expression) {
        if (expression == null) {
            return null;
        }
        String s = collapse(expression.trim());
        while (s.length() >= 2 && s.charAt(0) == '(' && closing(s) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /** The quoting of conditions from any database: {@code '...'} strings, {@code "x"} and {@code `x`} names. */
    private static final SqlLexer.Rules RULES =
            SqlLexer.Rules.STANDARD.withIdentifierQuotes("\"`").withoutComments();

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (SqlLexer.Token t : SqlLexer.tokens(text, RULES)) {
            if (t.kind() == SqlLexer.Kind.WHITESPACE) {
                space = true;
                continue;
            }
            char c = t.text().charAt(0);
            boolean tight = c == ')' || c == ',' || (out.length() > 0 && out.charAt(out.length() - 1) == '(');
            if (space && out.length() > 0 && !tight) {
                out.append(' ');
            }
            space = false;
            if (t.kind() == SqlLexer.Kind.STRING || t.kind() == SqlLexer.Kind.QUOTED) {
                out.append(t.text());
            } else {
                SqlText.appendLower(out, t.text());
            }
        }
        return out.toString();
    }

    /** The index of the parenthesis closing the one at 0, skipping quoted text; -1 if none. */
    private static int closing(String s) {
        return SqlLexer.closingParen(s, 0, RULES);
    }
}
