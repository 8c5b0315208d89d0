package dev.autogen.core.sql;

import java.util.function.IntPredicate;

/**
 * Control characters and line separators in the text Autogen writes into SQL. The database clients that run an offline
 * script read it line by line: psql ends a {@code --} comment at a carriage return as well as at a line feed, psql and
 * sqlite3 cut a line at NUL, and the mariadb client and sqlite3 drop a carriage return before a line feed. Text that
 * holds one of these could end a comment or a quoted name early and run what follows as SQL.
 */
public final class ControlCharacters {

    private ControlCharacters() {}

    /** Whether {@code c} is a C0 or C1 control character (NUL, CR, LF, NEL...) or a Unicode line or paragraph separator. */
    public static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /**
     * {@code text} for one line of a {@code --} comment: each control character and line separator becomes a visible
     * escape ({@code \r}, {@code \n}, {@code \t}, {@code \u0085}), so the comment ends where Autogen ends it.
     */
    public static String forComment(String text) {
        return escape(text, c -> isControl((char) c));
    }

    /**
     * {@code text} with each character that {@code unsafe} names written as a visible escape: {@code \n}, {@code \r},
     * {@code \t}, else {@code \u001b}; {@code text} itself when it holds none.
     */
    public static String escape(String text, IntPredicate unsafe) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe.test(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Refuses an identifier that holds a C0 control character or DEL: no client reads every one of them back inside a
     * quoted name (NUL cuts the line, CR before LF is dropped), and no schema needs them.
     *
     * @throws IllegalArgumentException naming the character
     */
    public static String requireNoneInIdentifier(String identifier) {
        for (int i = 0; i < identifier.length(); i++) {
            char c = identifier.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("the name \"" + forComment(identifier)
                        + "\" holds the control character " + String.format("U+%04X", (int) c)
                        + ", which Autogen does not write into SQL; rename it");
            }
        }
        return identifier;
    }

    /**
     * Refuses a string literal that holds NUL, which PostgreSQL cannot store and psql and sqlite3 cut lines at.
     *
     * @throws IllegalArgumentException saying so
     */
    public static String requireNoNul(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("the text \"" + forComment(value)
                    + "\" holds the character U+0000 (NUL)," + " which this database cannot store; remove it");
        }
        return value;
    }
}
