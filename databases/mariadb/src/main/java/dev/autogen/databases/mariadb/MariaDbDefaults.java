package dev.autogen.databases.mariadb;

import dev.autogen.core.sql.SqlLexer;
import dev.autogen.core.sql.SqlText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Default expressions in one comparable form. MariaDB reports {@code information_schema.COLUMNS.COLUMN_DEFAULT} as
 * SQL: {@code NULL} (the text) for no default, string literals quoted ({@code 'draft'}, {@code 'O''Brien'}), numbers
 * as the column stores them ({@code 0.00} for a {@code decimal(10,2)}), bits as {@code b'1'} and functions with
 * parentheses ({@code current_timestamp()}, {@code current_timestamp(6)}).
 */
final class MariaDbDefaults {

    private static final Pattern BIT_LITERAL = Pattern.compile("b'([01]+)'");
    private static final Pattern NOW =
            Pattern.compile("(?:current_timestamp|now|localtime|localtimestamp)(?:\\((\\d*)\\))?");

    private MariaDbDefaults() {}

    /**
     * {@code NULL} is no default; redundant parentheses go and key words are lower-cased outside quotes; numbers lose
     * trailing fractional zeros ({@code 0.00} is {@code 0}), also when quoted ({@code '1'} is {@code 1}); bit literals
     * and {@code true}/{@code false} become numbers ({@code b'1'} is {@code 1}); {@code now()},
     * {@code current_timestamp()} and {@code current_timestamp} are {@code current_timestamp}, with the precision when
     * one is given; {@code curdate()} is {@code current_date}.
     */
    static String normalize(String expression) {
        if (expression == null || expression.isBlank()) {
            return null;
        }
        String s = SqlText.stripOuterParens(expression);
        String literal = standardLiteral(s);
        s = SqlText.lowerOutsideQuotes(literal != null ? literal : s);
        if (s.equals("null")) {
            return null;
        }
        if (s.equals("true")) {
            return "1";
        }
        if (s.equals("false")) {
            return "0";
        }
        Matcher bits = BIT_LITERAL.matcher(s);
        if (bits.matches()) {
            return new BigInteger(bits.group(1), 2).toString();
        }
        Matcher now = NOW.matcher(s);
        if (now.matches()) {
            String precision = now.group(1);
            return precision == null || precision.isEmpty() || precision.equals("0")
                    ? "current_timestamp"
                    : "current_timestamp(" + precision + ")";
        }
        if (s.equals("curdate()") || s.equals("current_date()")) {
            return "current_date";
        }
        if (s.equals("curtime()") || s.equals("current_time()")) {
            return "current_time";
        }
        String number =
                SqlText.isStringLiteral(s) ? s.substring(1, s.length() - 1).trim() : s;
        if (SqlText.isNumber(number)) {
            return plain(number);
        }
        return s;
    }

    /**
     * A normalised default with {@code current_timestamp(p)} written {@code current_timestamp} when {@code p} is the
     * column's fractional precision: MariaDB gives a bare {@code current_timestamp} the column's precision, so the two
     * are the same default there.
     */
    static String forPrecision(String normalized, Integer precision) {
        if (normalized != null && precision != null && normalized.equals("current_timestamp(" + precision + ")")) {
            return "current_timestamp";
        }
        return normalized;
    }

    /**
     * A string literal read as MariaDB reads it (backslash escapes: {@code 'O\'Brien'}, as MariaDB reports some
     * defaults, is {@code O'Brien}) and written back in standard SQL ({@code 'O''Brien'}); null when {@code s} is not
     * one single-quoted literal.
     */
    static String standardLiteral(String s) {
        if (s.isEmpty() || s.charAt(0) != '\'') {
            return null;
        }
        List<SqlLexer.Token> tokens = SqlLexer.tokens(s, MariaDbDialect.LEXER_RULES);
        if (tokens.size() != 1 || !tokens.get(0).terminated()) {
            return null; // a quote that ends the literal early, or none that ends it: not one literal
        }
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                char next = s.charAt(++i);
                switch (next) {
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case '0' -> value.append('\0');
                    case 'b' -> value.append('\b');
                    case 'Z' -> value.append('\u001A');
                    case '%', '_' -> value.append('\\').append(next);
                    default -> value.append(next);
                }
            } else if (c == '\'') {
                value.append('\''); // doubled: the lexer ended the literal at the last quote only
                i++;
            } else {
                value.append(c);
            }
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    /** A number without trailing fractional zeros or exponent: {@code 9.990} is {@code 9.99}, {@code 1e2} is {@code 100}. */
    private static String plain(String number) {
        BigDecimal value = new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
        if (value.signum() == 0) {
            return "0";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
