package dev.autogen.runtime;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;

/**
 * Portable column types for migrations. Each renders on every dialect as Hibernate's dialect renders the same JDBC
 * type and size; {@link #raw(String)} is the escape hatch for a type with no portable name.
 */
@SuppressWarnings("checkstyle:MethodName")
public final class Types {
    public static final ColumnType BOOLEAN = ColumnType.of(TypeKind.BOOLEAN);
    public static final ColumnType TINYINT = ColumnType.of(TypeKind.TINYINT);
    public static final ColumnType SMALLINT = ColumnType.of(TypeKind.SMALLINT);
    public static final ColumnType INTEGER = ColumnType.of(TypeKind.INTEGER);
    public static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);
    public static final ColumnType REAL = ColumnType.of(TypeKind.REAL);
    public static final ColumnType DOUBLE = ColumnType.of(TypeKind.DOUBLE);
    public static final ColumnType TEXT = ColumnType.of(TypeKind.TEXT);
    public static final ColumnType CLOB = ColumnType.of(TypeKind.CLOB);
    public static final ColumnType NCLOB = ColumnType.of(TypeKind.NCLOB);
    public static final ColumnType LONGVARBINARY = ColumnType.of(TypeKind.LONGVARBINARY);
    public static final ColumnType BLOB = ColumnType.of(TypeKind.BLOB);
    public static final ColumnType DATE = ColumnType.of(TypeKind.DATE);
    public static final ColumnType TIME = ColumnType.of(TypeKind.TIME);
    public static final ColumnType TIMESTAMP = ColumnType.of(TypeKind.TIMESTAMP);
    public static final ColumnType TIMESTAMP_WITH_TIME_ZONE = ColumnType.of(TypeKind.TIMESTAMP_WITH_TIME_ZONE);
    public static final ColumnType TIME_WITH_TIME_ZONE = ColumnType.of(TypeKind.TIME_WITH_TIME_ZONE);
    public static final ColumnType UUID = ColumnType.of(TypeKind.UUID);
    public static final ColumnType JSON = ColumnType.of(TypeKind.JSON);

    private Types() {}

    public static ColumnType CHAR(int length) {
        return ColumnType.withLength(TypeKind.CHAR, length);
    }

    public static ColumnType VARCHAR(int length) {
        return ColumnType.withLength(TypeKind.VARCHAR, length);
    }

    public static ColumnType NCHAR(int length) {
        return ColumnType.withLength(TypeKind.NCHAR, length);
    }

    public static ColumnType NVARCHAR(int length) {
        return ColumnType.withLength(TypeKind.NVARCHAR, length);
    }

    public static ColumnType BINARY(int length) {
        return ColumnType.withLength(TypeKind.BINARY, length);
    }

    public static ColumnType VARBINARY(int length) {
        return ColumnType.withLength(TypeKind.VARBINARY, length);
    }

    public static ColumnType DECIMAL(int precision, int scale) {
        return ColumnType.decimal(precision, scale);
    }

    public static ColumnType NUMERIC(int precision, int scale) {
        return new ColumnType(TypeKind.NUMERIC, null, precision, scale, null);
    }

    /** {@code FLOAT(bits)}: binary precision, as JPA's {@code @Column(precision)} on a float column. */
    public static ColumnType FLOAT(int bits) {
        return ColumnType.withPrecision(TypeKind.FLOAT, bits);
    }

    /** Time of day with fractional-second precision. */
    public static ColumnType TIME(int fractionalDigits) {
        return ColumnType.withPrecision(TypeKind.TIME, fractionalDigits);
    }

    public static ColumnType TIMESTAMP(int fractionalDigits) {
        return ColumnType.withPrecision(TypeKind.TIMESTAMP, fractionalDigits);
    }

    public static ColumnType TIMESTAMP_WITH_TIME_ZONE(int fractionalDigits) {
        return ColumnType.withPrecision(TypeKind.TIMESTAMP_WITH_TIME_ZONE, fractionalDigits);
    }

    public static ColumnType TIME_WITH_TIME_ZONE(int fractionalDigits) {
        return ColumnType.withPrecision(TypeKind.TIME_WITH_TIME_ZONE, fractionalDigits);
    }

    /**
     * One of these values, as Hibernate stores {@code @Enumerated(STRING)}: {@code enum ('A','B')} on MariaDB, MySQL
     * and H2; {@code varchar(255)} with {@code check (column in ('A','B'))} on PostgreSQL and SQLite.
     */
    public static ColumnType ENUM(String... values) {
        return ColumnType.enumOf(java.util.List.of(values));
    }

    /** Literal SQL type text, rendered verbatim on every dialect. */
    public static ColumnType raw(String sql) {
        return ColumnType.raw(sql);
    }
}
