package dev.autogen.diff;

import dev.autogen.core.sql.SqlLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Whether a new check allows every row an old one allowed, for the checks Hibernate writes for enums, compared in the
 * dialect's normalised form: a value list that only gains values ({@code status in ('A','B')} to
 * {@code status in ('A','B','C')}, an enum stored by name gaining a constant) and a range that only grows
 * ({@code rank between 0 and 2} to {@code rank between 0 and 3}, one stored by ordinal). Anything else is not known to
 * widen.
 */
final class CheckWidening {

    /** The quoting of a normalised check from any database: {@code '...'} strings, {@code "x"} and {@code `x`} names. */
    private static final SqlLexer.Rules RULES =
            SqlLexer.Rules.STANDARD.withIdentifierQuotes("\"`").withoutComments();

    private CheckWidening() {}

    static boolean widens(String oldCheck, String newCheck) {
        if (oldCheck == null || newCheck == null) {
            return false;
        }
        String oldShape = listShape(oldCheck);
        if (oldShape.equals(listShape(newCheck))
                && oldShape.contains("?")
                && literals(oldShape).isEmpty()
                && numbers(oldShape).isEmpty()) {
            return new HashSet<>(literals(newCheck)).containsAll(literals(oldCheck));
        }
        String oldRange = numberShape(oldCheck);
        if (oldRange.equals(numberShape(newCheck))) {
            long[] a = range(oldCheck);
            long[] b = range(newCheck);
            return a != null && b != null && b[0] <= a[0] && b[1] >= a[1];
        }
        return false;
    }

    /**
     * The bounds of a range check ({@code rank between 0 and 2}, {@code (rank >= 0) and (rank <= 2)}), or null when the
     * check is not one.
     */
    static long[] range(String check) {
        if (check == null) {
            return null;
        }
        String shape = numberShape(check);
        List<Long> n = numbers(check);
        boolean range = !shape.contains("'")
                && n.size() == 2
                && (shape.contains(" between # and #")
                        || shape.contains(">= #")
                                && shape.contains("<= #")
                                && shape.indexOf(">= #") < shape.indexOf("<= #"));
        return range ? new long[] {n.get(0), n.get(1)} : null;
    }

    /**
     * The values of a value-list check ({@code status in ('A','B')} in any spelling the dialect normalises to), unquoted;
     * null when the check is not one.
     */
    static List<String> listedValues(String check) {
        if (check == null) {
            return null;
        }
        String shape = listShape(check);
        if (!shape.contains("?")
                || shape.indexOf('?') != shape.lastIndexOf('?')
                || !literals(shape).isEmpty()
                || !numbers(shape).isEmpty()) {
            return null;
        }
        return literals(check).stream()
                .map(l -> l.substring(1, l.length() - 1).replace("''", "'"))
                .toList();
    }

    /** The string literals of {@code check}, as written. */
    private static List<String> literals(String check) {
        List<String> out = new ArrayList<>();
        for (SqlLexer.Token t : SqlLexer.tokens(check, RULES)) {
            if (t.kind() == SqlLexer.Kind.STRING && t.terminated()) {
                out.add(t.text());
            }
        }
        return out;
    }

    /** {@code check} with each comma-separated run of string literals written {@code ?}: {@code x in (?)}. */
    private static String listShape(String check) {
        List<SqlLexer.Token> tokens = SqlLexer.tokens(check, RULES);
        StringBuilder out = new StringBuilder(check.length());
        int i = 0;
        while (i < tokens.size()) {
            if (!literal(tokens.get(i))) {
                out.append(tokens.get(i++).text());
                continue;
            }
            i++;
            int next = nextInList(tokens, i);
            while (next > 0) {
                i = next;
                next = nextInList(tokens, i);
            }
            out.append('?');
        }
        return out.toString();
    }

    private static boolean literal(SqlLexer.Token t) {
        return t.kind() == SqlLexer.Kind.STRING && t.terminated();
    }

    /** After the literal ending before {@code i}: the index after the next {@code , 'literal'}, or -1 if none follows. */
    private static int nextInList(List<SqlLexer.Token> tokens, int i) {
        i = skipSpace(tokens, i);
        if (i >= tokens.size() || !tokens.get(i).isSymbol(',')) {
            return -1;
        }
        i = skipSpace(tokens, i + 1);
        return i < tokens.size() && literal(tokens.get(i)) ? i + 1 : -1;
    }

    private static int skipSpace(List<SqlLexer.Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i).kind() == SqlLexer.Kind.WHITESPACE ? i + 1 : i;
    }

    /** {@code check} with each integer ({@link #integers}) written {@code #}: {@code rank between # and #}. */
    private static String numberShape(String check) {
        StringBuilder out = new StringBuilder(check);
        List<int[]> found = integers(check);
        for (int k = found.size() - 1; k >= 0; k--) {
            out.replace(found.get(k)[0], found.get(k)[1], "#");
        }
        return out.toString();
    }

    private static List<Long> numbers(String check) {
        return integers(check).stream()
                .map(r -> Long.parseLong(check.substring(r[0], r[1])))
                .toList();
    }

    /**
     * Where the integers of {@code check} are, outside quotes: digits not next to a letter, digit, {@code _} or
     * {@code .}, with a minus sign before them that does not follow one.
     */
    private static List<int[]> integers(String check) {
        List<int[]> found = new ArrayList<>();
        for (SqlLexer.Token t : SqlLexer.tokens(check, RULES)) {
            if (t.kind() != SqlLexer.Kind.NUMBER
                    || !t.text().chars().allMatch(c -> c >= '0' && c <= '9')
                    || wordOrDot(check, t.start() - 1)
                    || wordOrDot(check, t.end())) {
                continue;
            }
            boolean minus = t.start() > 0 && check.charAt(t.start() - 1) == '-' && !wordOrDot(check, t.start() - 2);
            found.add(new int[] {minus ? t.start() - 1 : t.start(), t.end()});
        }
        return found;
    }

    /** Whether the character at {@code i} is one of {@code [A-Za-z0-9_.]}; false outside the text. */
    private static boolean wordOrDot(String s, int i) {
        if (i < 0 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.';
    }
}
