package dev.autogen.core.sql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small helpers for SQL text shared by the dialects: type text normalisation and default expression tidying. */
public final class SqlText {

    /** {@code base(a[,b]) suffix}, on normalised type text: {@code timestamp(6) with time zone}. */
    private static final Pattern TYPE =
            Pattern.compile("^([a-z_][a-z0-9_ ]*?)(?:\\((-?\\d+)(?:,(-?\\d+))?\\))?(?: ([a-z][a-z ]*))?$");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern OPEN = Pattern.compile(" ?\\( ?");
    private static final Pattern CLOSE = Pattern.compile(" ?\\) ?");
    private static final Pattern COMMA = Pattern.compile(" ?, ?");

    private SqlText() {}

    /**
     * Type text in one spelling: lower case, single spaces, no spaces next to parentheses or commas:
     * {@code "NUMERIC ( 12, 2 )"} becomes {@code "numeric(12,2)"}.
     */
    public static String normalizeType(String sqlType) {
        // The patterns are compiled once: this runs for every column of every table on both sides of a comparison.
        String s = SPACES.matcher(sqlType.trim().toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = COMMA.matcher(CLOSE.matcher(OPEN.matcher(s).replaceAll("(")).replaceAll(") ")).replaceAll(",");
        return s.trim();
    }

    /** A parsed type text: base name (with any words before the arguments), arguments, trailing words. */
    public record TypeText(String base, Integer first, Integer second, String suffix) {
        /** Base and suffix joined: {@code timestamp with time zone}. */
        public String words() {
            return suffix == null ? base : base + " " + suffix;
        }
    }

    /** Parses normalised type text, or returns null when it has another shape (arrays, several argument lists...). */
    public static TypeText parseType(String normalized) {
        Matcher m = TYPE.matcher(normalized);
        if (!m.matches()) {
            return null;
        }
        Integer a = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer b = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new TypeText(m.group(1).trim(), a, b, m.group(4) == null ? null : m.group(4).trim());
    }

    /** Removes parentheses that enclose the whole expression, repeatedly: {@code ((0))} becomes {@code 0}. */
    public static String stripOuterParens(String expression) {
        String s = expression.trim();
        while (s.length() >= 2 && s.charAt(0) == '(' && closingParen(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    public static int closingParen(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                        i++;
                    } else {
                        quote = 0;
                    }
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Lower case and single spaces outside quoted text; quoted literals and identifiers are kept as written:
     * {@code CURRENT_TIMESTAMP} becomes {@code current_timestamp}, {@code 'Draft'} stays.
     */
    public static String lowerOutsideQuotes(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        char quote = 0;
        boolean space = false;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                out.append(c);
                if (c == quote) {
                    if (i + 1 < expression.length() && expression.charAt(i + 1) == quote) {
                        out.append(expression.charAt(++i));
                    } else {
                        quote = 0;
                    }
                }
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /**
     * The index of the last {@code ::} cast operator outside quotes and parentheses, or -1.
     */
    public static int lastTopLevelCast(String s) {
        int depth = 0;
        char quote = 0;
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                        i++;
                    } else {
                        quote = 0;
                    }
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ':' && depth == 0 && i + 1 < s.length() && s.charAt(i + 1) == ':') {
                found = i;
                i++;
            }
        }
        return found;
    }

    /** Whether the text is one single-quoted string literal. */
    public static boolean isStringLiteral(String s) {
        if (s.length() < 2 || s.charAt(0) != '\'' || s.charAt(s.length() - 1) != '\'') {
            return false;
        }
        for (int i = 1; i < s.length() - 1; i++) {
            if (s.charAt(i) == '\'') {
                if (s.charAt(i + 1) == '\'' && i + 1 < s.length() - 1) {
                    i++;
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the text is a plain number: {@code 0}, {@code -1}, {@code 1.5}, {@code 2e10}. */
    public static boolean isNumber(String s) {
        return s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    }
}
