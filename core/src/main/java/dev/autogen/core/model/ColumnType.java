package dev.autogen.core.model;

import java.util.Objects;

/**
 * A column type: a portable {@link TypeKind} with its size, or literal SQL ({@link TypeKind#RAW}).
 *
 * @param kind the portable kind
 * @param length character or binary length, for kinds that have one; otherwise null
 * @param precision numeric precision, fractional-second precision or float bits; otherwise null
 * @param scale numeric scale; otherwise null
 * @param sql the literal type text, for {@link TypeKind#RAW} only
 */
public record ColumnType(TypeKind kind, Integer length, Integer precision, Integer scale, String sql) {

    public ColumnType {
        Objects.requireNonNull(kind, "kind");
        if (kind == TypeKind.RAW) {
            Objects.requireNonNull(sql, "sql");
            if (sql.isBlank()) {
                throw new IllegalArgumentException("raw SQL type must not be blank");
            }
        } else if (sql != null) {
            throw new IllegalArgumentException("only RAW types carry SQL text");
        }
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

    public boolean isRaw() {
        return kind == TypeKind.RAW;
    }

    @Override
    public String toString() {
        if (kind == TypeKind.RAW) {
            return sql;
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
