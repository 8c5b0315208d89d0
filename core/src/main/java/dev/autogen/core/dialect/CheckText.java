package dev.autogen.core.dialect;

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

    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        char quote = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            boolean tight = c == ')' || c == ',' || (out.length() > 0 && out.charAt(out.length() - 1) == '(');
            if (space && out.length() > 0 && !tight) {
                out.append(' ');
            }
            space = false;
            if (c == '\'' || c == '"' || c == '`') {
                quote = c;
                out.append(c);
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The index of the parenthesis closing the one at 0, skipping quoted text; -1 if none. */
    private static int closing(String s) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
