package dev.autogen.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A column type: a portable {@link TypeKind} with its size, or literal SQL ({@link TypeKind#RAW}).
 *
 * @param kind the portable kind
 * @param length character or binary length, for kinds that have one; otherwise null
 * @param precision numeric precision, fractional-second precision or float bits; otherwise null
 * @param scale numeric scale; otherwise null
 * @param sql the literal type text, for {@link TypeKind#RAW} only
 * @param values the constants of the Java enum the column stores, in declaration (ordinal) order: the allowed values
 *     of an {@link TypeKind#ENUM}; on another kind (an ordinal's {@code TINYINT}, a name's {@code VARCHAR(255)}) only
 *     what entities say, which no database reports back, so they are not part of the column type there: dialects
 *     compare and render such a type without them, and an {@code alter_column} uses them to convert stored values
 */
public record ColumnType(
        TypeKind kind, Integer length, Integer precision, Integer scale, String sql, List<String> values) {

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        values = values == null ? List.of() : List.copyOf(values);
        if (kind == TypeKind.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("an enum type needs at least one value");
        }
        if (kind == TypeKind.RAW) {
            Objects.requireNonNull(sql, "sql");
            if (sql.isBlank()) {
                throw new IllegalArgumentException("raw SQL type must not be blank");
            }
        } else if (sql != null) {
            throw new IllegalArgumentException("only RAW types carry SQL text");
        }
    }

    /** A type without enum constants. */
    public ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale, String sql) {
        this(kind, length, precision, scale, sql, List.of());
    }

    public static ColumnType of(TypeKind kind) {
        return new ColumnType(kind, null, null, null, null);
    }

    public static ColumnType withLength(TypeKind kind, int length) {
        return new ColumnType(kind, length, null, null, null);
    }

    public static ColumnType withPrecision(TypeKind kind, int precision) {
        return new ColumnType(kind, null, precision, null, null);
    }

    public static ColumnType decimal(int precision, int scale) {
        return new ColumnType(TypeKind.DECIMAL, null, precision, scale, null);
    }

    public static ColumnType raw(String sql) {
        return new ColumnType(TypeKind.RAW, null, null, null, sql.trim());
    }

    /** An enum type: one of these values (case kept), rendered as each database's Hibernate dialect renders enums. */
    public static ColumnType enumOf(List<String> values) {
        return new ColumnType(TypeKind.ENUM, null, null, null, null, values);
    }

    /** This type, noting the constants of the Java enum whose names or ordinals it stores (see {@link #values}). */
    public ColumnType withValues(List<String> enumConstants) {
        return new ColumnType(kind, length, precision, scale, sql, enumConstants);
    }

    /** This type without the enum constants that are not part of it (an ordinal's or a name's type). */
    public ColumnType withoutEnumConstants() {
        return kind == TypeKind.ENUM || values.isEmpty() ? this : new ColumnType(kind, length, precision, scale, sql);
    }

    public boolean isRaw() {
        return kind == TypeKind.RAW;
    }

    @Override
    public String toString() {
        if (kind == TypeKind.RAW) {
            return sql;
        }
        if (kind == TypeKind.ENUM) {
            return "ENUM("
                    + String.join(
                            ",",
                            values.stream()
                                    .map(v -> "'" + v.replace("'", "''") + "'")
                                    .toList()) + ")";
        }
        if (length != null) {
            return kind + "(" + length + ")";
        }
        if (precision != null && scale != null) {
            return kind + "(" + precision + "," + scale + ")";
        }
        if (precision != null) {
            return kind + "(" + precision + ")";
        }
        return kind.name();
    }
}
