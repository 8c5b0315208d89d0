package dev.autogen.diff.filter;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The {@code include}/{@code exclude} setting: glob patterns over table names ({@code *} any run of characters,
 * {@code ?} one character, everything else literal), matched case-insensitively against the whole name. A table is
 * managed when no include pattern is given or one matches, and no exclude pattern matches.
 */
public record TableGlobs(List<String> include, List<String> exclude) implements Predicate<String> {

    public TableGlobs {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** Every table. */
    public static TableGlobs all() {
        return new TableGlobs(List.of(), List.of());
    }

    /** Whether table {@code name} is managed. */
    @Override
    public boolean test(String name) {
        return (include.isEmpty() || include.stream().anyMatch(g -> matches(g, name)))
                && exclude.stream().noneMatch(g -> matches(g, name));
    }

    /** Whether the glob matches the whole name, ignoring case. */
    public static boolean matches(String glob, String name) {
        return regex(glob).matcher(name).matches();
    }

    private static Pattern regex(String glob) {
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    re.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                re.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    @Override
    public String toString() {
        return "include " + include + " exclude " + exclude;
    }
}
