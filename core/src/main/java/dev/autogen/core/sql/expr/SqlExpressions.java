package dev.autogen.core.sql.expr;

import dev.autogen.core.sql.SqlText;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparable form of a SQL condition or expression, for {@link dev.autogen.core.dialect.SchemaDialect#normalizeCheck}:
 * Hibernate's {@code status in ('A','B')} and PostgreSQL's
 * {@code ((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))} both become
 * {@code (status in ('A', 'B'))}; {@code price >= 0} and {@code (price >= (0)::numeric)} both {@code (price >= 0)};
 * {@code n between 0 and 2} and {@code ((n >= 0) AND (n <= 2))} both {@code ((n >= 0) and (n <= 2))}. Text the parser
 * does not read falls back to tidying: enclosing parentheses removed, white space collapsed, lower case outside quotes.
 */
public final class SqlExpressions {

    private SqlExpressions() {}

    /**
     * The canonical text of {@code expression}, or null for null.
     *
     * @param unquoted how the database compares an unquoted identifier (PostgreSQL: lower-cased)
     * @param quoted how it compares a quoted one (PostgreSQL: as written)
     */
    public static String normalize(String expression, UnaryOperator<String> unquoted, UnaryOperator<String> quoted) {
        return normalize(expression, unquoted, quoted, UnaryOperator.identity());
    }

    /**
     * {@link #normalize(String, UnaryOperator, UnaryOperator)} where some functions have several names: each function
     * name, in lower case, is replaced by what {@code functions} gives for it (H2 reads {@code length(x)} back as
     * {@code char_length(x)}, the same function).
     */
    public static String normalize(
            String expression,
            UnaryOperator<String> unquoted,
            UnaryOperator<String> quoted,
            UnaryOperator<String> functions) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        String canonical = parsed(expression, unquoted, quoted, functions);
        return canonical != null ? canonical : SqlText.lowerOutsideQuotes(SqlText.stripOuterParens(expression));
    }

    /**
     * The canonical text of {@code expression} as {@link #normalize(String, UnaryOperator, UnaryOperator, UnaryOperator)}
     * writes it, or null when the parser does not read the text (the caller then tidies it its own way).
     */
    public static String parsed(
            String expression,
            UnaryOperator<String> unquoted,
            UnaryOperator<String> quoted,
            UnaryOperator<String> functions) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        try {
            return SqlText.stripOuterParens(ExprParser.canonical(expression, unquoted, quoted, functions));
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /**
     * {@code expression} rewritten in the parser's canonical form as SQL to run again: casts dropped, {@code = ANY
     * (ARRAY[...])} as {@code in (...)}, each operation in parentheses, identifiers written by {@code unquoted} and
     * {@code quoted} (which quote them where needed), functions by {@code functions}; the text unchanged when the
     * parser does not read it.
     */
    public static String portable(
            String expression,
            UnaryOperator<String> unquoted,
            UnaryOperator<String> quoted,
            UnaryOperator<String> functions) {
        if (expression == null || !onlyHarmlessCasts(expression)) {
            return expression;
        }
        String parsed = parsed(expression, unquoted, quoted, functions);
        return parsed == null ? expression : parsed;
    }

    /** {@code ::type} and {@code CAST(x AS type)}: the type's words, and any {@code []}. */
    private static final Pattern CAST_TYPE = Pattern.compile(
            "(?i)(?:::\\s*|\\bas\\s+)\"?([a-z_][a-z_ ]*?)\"?\\s*(?:\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?\\s*(\\[\\])?(?=[\\s)\\],:]|$)");

    /** The types a database casts literals and columns to when it prints a condition; dropping those keeps its meaning. */
    private static final Set<String> HARMLESS_TYPES = Set.of(
            "text",
            "character varying",
            "varchar",
            "character",
            "char",
            "bpchar",
            "numeric",
            "decimal",
            "integer",
            "int",
            "bigint",
            "smallint",
            "tinyint",
            "real",
            "double precision",
            "float",
            "double");

    /**
     * Whether every cast in the text is to a type the database adds on its own ({@code 'A'::character varying},
     * {@code (0)::numeric}, {@code CAST(0 AS NUMERIC(1))}); a cast to another type ({@code now()::date}) means
     * something, and the parser, which drops casts, must not rewrite the text then.
     */
    static boolean onlyHarmlessCasts(String expression) {
        if (!expression.contains("::")
                && !expression.toLowerCase(java.util.Locale.ROOT).contains("cast")) {
            return true;
        }
        Matcher m = CAST_TYPE.matcher(expression);
        while (m.find()) {
            String type = m.group(1).trim().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
            if (!HARMLESS_TYPES.contains(type)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The identifiers an expression mentions (a superset of the columns it uses: function names and key words are
     * included), unquoted ones passed through {@code unquoted}, quoted ones as written; string literals are skipped.
     * Unreadable text (an unterminated quote) gives the words of the whole text.
     */
    public static Set<String> names(String expression, UnaryOperator<String> unquoted) {
        Set<String> names = new LinkedHashSet<>();
        if (expression == null) {
            return names;
        }
        try {
            for (ExprToken t : ExprToken.tokenize(expression)) {
                if (t.kind() == ExprToken.Kind.WORD) {
                    names.add(unquoted.apply(t.text()));
                } else if (t.kind() == ExprToken.Kind.QUOTED) {
                    names.add(t.text());
                }
            }
        } catch (IllegalArgumentException unterminated) {
            for (String word : expression.split("[^A-Za-z0-9_$]+")) {
                if (!word.isEmpty()) {
                    names.add(unquoted.apply(word));
                }
            }
        }
        return names;
    }
}
