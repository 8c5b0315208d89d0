package dev.autogen.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a new check allows every row an old one allowed, for the checks Hibernate writes for enums, compared in the
 * dialect's normalised form: a value list that only gains values ({@code status in ('A','B')} to
 * {@code status in ('A','B','C')}, an enum stored by name gaining a constant) and a range that only grows
 * ({@code rank between 0 and 2} to {@code rank between 0 and 3}, one stored by ordinal). Anything else is not known to
 * widen.
 */
final class CheckWidening {

    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");
    private static final Pattern LIST = Pattern.compile("'(?:[^']|'')*'(?:\\s*,\\s*'(?:[^']|'')*')*");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(?![\\w.])");

    private CheckWidening() {}

    static boolean widens(String oldCheck, String newCheck) {
        if (oldCheck == null || newCheck == null) {
            return false;
        }
        String oldShape = LIST.matcher(oldCheck).replaceAll("?");
        if (oldShape.equals(LIST.matcher(newCheck).replaceAll("?")) && oldShape.contains("?")
                && !LITERAL.matcher(oldShape).find() && NUMBER.matcher(oldShape).results().count() == 0) {
            return new HashSet<>(literals(newCheck)).containsAll(literals(oldCheck));
        }
        String oldRange = NUMBER.matcher(oldCheck).replaceAll("#");
        if (oldRange.equals(NUMBER.matcher(newCheck).replaceAll("#"))) {
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
        String shape = NUMBER.matcher(check).replaceAll("#");
        List<Long> n = numbers(check);
        boolean range = !shape.contains("'") && n.size() == 2 && (shape.contains(" between # and #")
                || shape.contains(">= #") && shape.contains("<= #") && shape.indexOf(">= #") < shape.indexOf("<= #"));
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
        String shape = LIST.matcher(check).replaceAll("?");
        if (!shape.contains("?") || shape.indexOf('?') != shape.lastIndexOf('?') || LITERAL.matcher(shape).find()
                || NUMBER.matcher(shape).find()) {
            return null;
        }
        return literals(check).stream().map(l -> l.substring(1, l.length() - 1).replace("''", "'")).toList();
    }

    private static List<String> literals(String check) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(check);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<Long> numbers(String check) {
        return NUMBER.matcher(check).results().map(r -> Long.parseLong(r.group())).toList();
    }
}
