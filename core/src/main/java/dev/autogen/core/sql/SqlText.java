package dev.autogen.core.sql;

import java.util.List;
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
        s = COMMA.matcher(CLOSE.matcher(OPEN.matcher(s).replaceAll("(")).replaceAll(") "))
                .replaceAll(",");
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
        return new TypeText(
                m.group(1).trim(), a, b, m.group(4) == null ? null : m.group(4).trim());
    }

    /** Removes parentheses that enclose the whole expression, repeatedly: {@code ((0))} becomes {@code 0}. */
    public static String stripOuterParens(String expression) {
        String s = expression.trim();
        while (s.length() >= 2 && s.charAt(0) == '(' && closingParen(s, 0) == s.length() - 1) {
            s = s.substring(1, s.length() - 1).trim();
        }
        return s;
    }

    /**
     * The quoting these helpers read, for text of any database: {@code '...'} strings and {@code "..."} identifiers,
     * quotes doubled inside, no comments.
     */
    public static final SqlLexer.Rules RULES = SqlLexer.Rules.STANDARD.withoutComments();

    /** The index of the parenthesis closing the one at {@code open}, skipping quoted text; -1 if none. */
    public static int closingParen(String s, int open) {
        return SqlLexer.closingParen(s, open, RULES);
    }

    /**
     * Lower case and single spaces outside quoted text; quoted literals and identifiers are kept as written:
     * {@code CURRENT_TIMESTAMP} becomes {@code current_timestamp}, {@code 'Draft'} stays.
     */
    public static String lowerOutsideQuotes(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        boolean space = false;
        for (SqlLexer.Token t : SqlLexer.tokens(expression, RULES)) {
            if (t.kind() == SqlLexer.Kind.WHITESPACE) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            if (t.kind() == SqlLexer.Kind.STRING || t.kind() == SqlLexer.Kind.QUOTED) {
                out.append(t.text());
            } else {
                appendLower(out, t.text());
            }
        }
        return out.toString();
    }

    /** Appends {@code text} lower-cased character by character (as {@link Character#toLowerCase(char)} does). */
    public static void appendLower(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            out.append(Character.toLowerCase(text.charAt(i)));
        }
    }

    /**
     * The index of the last {@code ::} cast operator outside quotes and parentheses, or -1.
     */
    public static int lastTopLevelCast(String s) {
        int depth = 0;
        int found = -1;
        for (SqlLexer.Token t : SqlLexer.tokens(s, RULES)) {
            if (t.isSymbol('(')) {
                depth++;
            } else if (t.isSymbol(')')) {
                depth--;
            } else if (t.isSymbol("::") && depth == 0) {
                found = t.start();
            }
        }
        return found;
    }

    /** Whether the text is one single-quoted string literal. */
    public static boolean isStringLiteral(String s) {
        if (s.isEmpty() || s.charAt(0) != '\'') {
            return false;
        }
        List<SqlLexer.Token> tokens = SqlLexer.tokens(s, RULES);
        return tokens.size() == 1 && tokens.get(0).terminated();
    }

    /** Whether the text is a plain number: {@code 0}, {@code -1}, {@code 1.5}, {@code 2e10}. */
    public static boolean isNumber(String s) {
        return s.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    }
}
