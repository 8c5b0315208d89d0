package dev.autogen.core.model;

import dev.autogen.core.sql.SqlText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Rows a table gets right after it is created, as Hibernate's schema export inserts them: a sequence-emulation table's
 * one row holding the next value ({@code insert into item_SEQ (next_val) values (1)}), a table generator's row per
 * segment ({@code ('invoice', 1000)}). Without them the application cannot generate its first identifier. Each value
 * is kept as a portable SQL literal: an integer ({@code 1000}), a single-quoted string ({@code 'invoice'}, quotes
 * doubled) or {@code null}; each dialect writes strings with its own quoting.
 *
 * @param columns the columns the values are given for
 * @param rows the rows, each with one literal per column
 */
public record InitialRows(List<String> columns, List<List<String>> rows) {

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");

    public InitialRows {
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("initial rows need at least one column");
        }
        List<List<String>> copied = new ArrayList<>();
        for (List<String> row : Objects.requireNonNull(rows, "rows")) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("an initial row has " + row.size() + " values for the "
                        + columns.size() + " columns " + columns);
            }
            for (String literal : row) {
                check(literal);
            }
            copied.add(List.copyOf(row));
        }
        rows = List.copyOf(copied);
    }

    /** Rows with these values, given as Java values ({@link #literal}). */
    public static InitialRows of(List<String> columns, List<List<Object>> values) {
        return new InitialRows(
                columns,
                values.stream()
                        .map(r -> r.stream().map(InitialRows::literal).toList())
                        .toList());
    }

    /** These rows and one more, given as Java values ({@link #literal}). */
    public InitialRows plus(Object... values) {
        List<List<String>> more = new ArrayList<>(rows);
        more.add(java.util.Arrays.stream(values).map(InitialRows::literal).toList());
        return new InitialRows(columns, more);
    }

    /**
     * The literal for a Java value: a {@code String} quoted, a whole number ({@code Integer}, {@code Long},
     * {@code Short}, {@code Byte}, {@code BigInteger}, or a {@code BigDecimal} without fraction) as digits,
     * {@code null} as {@code null}.
     */
    public static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0) {
            return d.toBigIntegerExact().toString();
        }
        throw new IllegalArgumentException("an initial row value must be a string, a whole number or null, not "
                + value.getClass().getSimpleName() + " " + value);
    }

    /** The Java value a literal stands for: a {@code String}, a {@code Long} (a {@code BigInteger} beyond it) or null. */
    public static Object value(String literal) {
        if (isNull(literal)) {
            return null;
        }
        if (isString(literal)) {
            return literal.substring(1, literal.length() - 1).replace("''", "'");
        }
        BigInteger number = new BigInteger(literal);
        return number.bitLength() < 64 ? (Object) number.longValueExact() : number;
    }

    public static boolean isNull(String literal) {
        return literal.equalsIgnoreCase("null");
    }

    /** Whether the literal is one single-quoted string literal ({@link SqlText#isStringLiteral}). */
    public static boolean isString(String literal) {
        return SqlText.isStringLiteral(literal);
    }

    private static void check(String literal) {
        Objects.requireNonNull(literal, "literal");
        if (!isNull(literal) && !isString(literal) && !INTEGER.matcher(literal).matches()) {
            throw new IllegalArgumentException("not a string, integer or null literal: " + literal);
        }
    }
}
