package dev.autogen.core.ddl;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import java.util.Optional;

/**
 * The one table between JDBC / Hibernate type codes and portable {@link TypeKind}s.
 *
 * <p>The invariant, checked side by side against Hibernate in the tests: for every code this class maps,
 * {@code dialect.renderType(fromJdbcCode(code, length, precision, scale))} equals what Hibernate ORM 7.4.15's dialect
 * renders for that code and size ({@code DdlTypeRegistry.getTypeName(code, size)}). Each kind is rendered as
 * Hibernate renders {@link #jdbcCode(TypeKind)}.
 *
 * <p>The integer constants are copied from {@code org.hibernate.type.SqlTypes} (Hibernate ORM 7.4.15), which agree with
 * {@link java.sql.Types} where both define a code. The runtime does not depend on Hibernate.
 */
public final class PortableTypes {

    // --- codes shared with java.sql.Types (values from org.hibernate.type.SqlTypes) ---
    public static final int BIT = -7;
    public static final int TINYINT = -6;
    public static final int SMALLINT = 5;
    public static final int INTEGER = 4;
    public static final int BIGINT = -5;
    public static final int FLOAT = 6;
    public static final int REAL = 7;
    public static final int DOUBLE = 8;
    public static final int NUMERIC = 2;
    public static final int DECIMAL = 3;
    public static final int CHAR = 1;
    public static final int VARCHAR = 12;
    public static final int LONGVARCHAR = -1;
    public static final int DATE = 91;
    public static final int TIME = 92;
    public static final int TIMESTAMP = 93;
    public static final int BINARY = -2;
    public static final int VARBINARY = -3;
    public static final int LONGVARBINARY = -4;
    public static final int BLOB = 2004;
    public static final int CLOB = 2005;
    public static final int BOOLEAN = 16;
    public static final int NCHAR = -15;
    public static final int NVARCHAR = -9;
    public static final int LONGNVARCHAR = -16;
    public static final int NCLOB = 2011;
    public static final int TIME_WITH_TIMEZONE = 2013;
    public static final int TIMESTAMP_WITH_TIMEZONE = 2014;

    // --- Hibernate's own codes (org.hibernate.type.SqlTypes, Hibernate ORM 7.4.15) ---
    public static final int LONG32VARCHAR = 4001;
    public static final int LONG32NVARCHAR = 4002;
    public static final int LONG32VARBINARY = 4003;
    public static final int UUID = 3000;
    public static final int JSON = 3001;
    public static final int INET = 3002;
    public static final int TIMESTAMP_UTC = 3003;
    public static final int MATERIALIZED_BLOB = 3004;
    public static final int MATERIALIZED_CLOB = 3005;
    public static final int MATERIALIZED_NCLOB = 3006;
    public static final int TIME_UTC = 3007;

    /** Hibernate's default length for character and binary columns ({@code Size.DEFAULT_LENGTH}). */
    public static final int DEFAULT_LENGTH = 255;
    /** Hibernate's default decimal precision ({@code Dialect.getDefaultDecimalPrecision()} on PostgreSQL and SQLite). */
    public static final int DEFAULT_DECIMAL_PRECISION = 38;
    /** Hibernate's default decimal scale when neither precision nor scale is given ({@code Size.DEFAULT_SCALE}). */
    public static final int DEFAULT_DECIMAL_SCALE = 2;
    /** Hibernate's default fractional-second precision for timestamps ({@code Dialect.getDefaultTimestampPrecision()}). */
    public static final int DEFAULT_TIMESTAMP_PRECISION = 6;
    /** Hibernate's default fractional-second precision for times ({@code LocalTime} and {@code OffsetTime} columns). */
    public static final int DEFAULT_TIME_PRECISION = 0;
    /** Binary precision of a double ({@code Dialect.getDoublePrecision()}), Hibernate's default for {@code FLOAT}. */
    public static final int DOUBLE_PRECISION_BITS = 53;

    private PortableTypes() {}

    /**
     * The portable type for a Hibernate column's DDL type code and size, or empty where no portable kind renders
     * exactly as Hibernate does on every supported dialect (arrays, enums, {@code LONG32NVARCHAR}, {@code INET}, ...):
     * use {@link ColumnType#raw} with Hibernate's rendered type then.
     *
     * @param code the DDL type code ({@code org.hibernate.mapping.Column.getSqlTypeCode(metadata)})
     * @param length the resolved length, or null
     * @param precision the resolved precision, or null
     * @param scale the resolved scale, or null
     */
    public static Optional<ColumnType> fromJdbcCode(int code, Integer length, Integer precision, Integer scale) {
        ColumnType type = switch (code) {
            case BOOLEAN -> ColumnType.of(TypeKind.BOOLEAN);
            case TINYINT -> ColumnType.of(TypeKind.TINYINT);
            case SMALLINT -> ColumnType.of(TypeKind.SMALLINT);
            case INTEGER -> ColumnType.of(TypeKind.INTEGER);
            case BIGINT -> ColumnType.of(TypeKind.BIGINT);
            case REAL -> ColumnType.of(TypeKind.REAL);
            case DOUBLE -> ColumnType.of(TypeKind.DOUBLE);
            case FLOAT -> new ColumnType(TypeKind.FLOAT, null, precision, null, null);
            case DECIMAL -> new ColumnType(TypeKind.DECIMAL, null, precision, scale, null);
            case NUMERIC -> new ColumnType(TypeKind.NUMERIC, null, precision, scale, null);
            case CHAR -> new ColumnType(TypeKind.CHAR, length, null, null, null);
            case NCHAR -> new ColumnType(TypeKind.NCHAR, length, null, null, null);
            // without a length Hibernate renders these as its long-string type (text / clob)
            case VARCHAR, LONGVARCHAR ->
                length == null ? ColumnType.of(TypeKind.TEXT) : ColumnType.withLength(TypeKind.VARCHAR, length);
            case NVARCHAR, LONGNVARCHAR -> length == null ? null : ColumnType.withLength(TypeKind.NVARCHAR, length);
            case LONG32VARCHAR -> ColumnType.of(TypeKind.TEXT);
            case CLOB -> ColumnType.of(TypeKind.CLOB);
            case NCLOB -> ColumnType.of(TypeKind.NCLOB);
            case BINARY -> new ColumnType(TypeKind.BINARY, length, null, null, null);
            case VARBINARY -> new ColumnType(TypeKind.VARBINARY, length, null, null, null);
            // with a length Hibernate renders LONGVARBINARY as its sized binary type (MySQL: varbinary(n), mediumblob)
            case LONGVARBINARY ->
                length == null
                        ? ColumnType.of(TypeKind.LONGVARBINARY)
                        : ColumnType.withLength(TypeKind.VARBINARY, length);
            case LONG32VARBINARY -> ColumnType.of(TypeKind.LONGVARBINARY);
            case BLOB -> ColumnType.of(TypeKind.BLOB);
            case DATE -> ColumnType.of(TypeKind.DATE);
            case TIME, TIME_UTC -> new ColumnType(TypeKind.TIME, null, precision, null, null);
            case TIME_WITH_TIMEZONE -> new ColumnType(TypeKind.TIME_WITH_TIME_ZONE, null, precision, null, null);
            case TIMESTAMP -> new ColumnType(TypeKind.TIMESTAMP, null, precision, null, null);
            case TIMESTAMP_WITH_TIMEZONE, TIMESTAMP_UTC ->
                new ColumnType(TypeKind.TIMESTAMP_WITH_TIME_ZONE, null, precision, null, null);
            case UUID -> ColumnType.of(TypeKind.UUID);
            case JSON -> ColumnType.of(TypeKind.JSON);
            default -> null;
        };
        return Optional.ofNullable(type);
    }

    /**
     * The Hibernate DDL type code a kind renders as. {@link TypeKind#RAW} has none (-1 is returned). Note that on SQLite
     * Hibernate registers no {@code UUID} or {@code JSON} type: there it stores UUIDs as {@code BINARY} ({@code blob})
     * and JSON as {@code LONG32VARCHAR} ({@code clob}), which is what the SQLite dialect renders for those kinds.
     */
    public static int jdbcCode(TypeKind kind) {
        return switch (kind) {
            case BOOLEAN -> BOOLEAN;
            case TINYINT -> TINYINT;
            case SMALLINT -> SMALLINT;
            case INTEGER -> INTEGER;
            case BIGINT -> BIGINT;
            case REAL -> REAL;
            case DOUBLE -> DOUBLE;
            case FLOAT -> FLOAT;
            case DECIMAL -> DECIMAL;
            case NUMERIC -> NUMERIC;
            case CHAR -> CHAR;
            case VARCHAR -> VARCHAR;
            case NCHAR -> NCHAR;
            case NVARCHAR -> NVARCHAR;
            case TEXT -> LONG32VARCHAR;
            case CLOB -> CLOB;
            case NCLOB -> NCLOB;
            case BINARY -> BINARY;
            case VARBINARY -> VARBINARY;
            case LONGVARBINARY -> LONG32VARBINARY;
            case BLOB -> BLOB;
            case DATE -> DATE;
            case TIME -> TIME;
            case TIME_WITH_TIME_ZONE -> TIME_WITH_TIMEZONE;
            case TIMESTAMP -> TIMESTAMP;
            case TIMESTAMP_WITH_TIME_ZONE -> TIMESTAMP_WITH_TIMEZONE;
            case UUID -> UUID;
            case JSON -> JSON;
            // SqlTypes.ENUM
            case ENUM -> 6000;
            case RAW -> -1;
        };
    }

    /** The length a kind renders with when the type has none: Hibernate's default. */
    public static int lengthOrDefault(ColumnType type) {
        return type.length() != null ? type.length() : DEFAULT_LENGTH;
    }

    /** The precision a numeric kind renders with: the given one, else Hibernate's default. */
    public static int decimalPrecision(ColumnType type) {
        return type.precision() != null ? type.precision() : DEFAULT_DECIMAL_PRECISION;
    }

    /** The scale a numeric kind renders with: the given one; 0 when only a precision is given (JPA); else 2. */
    public static int decimalScale(ColumnType type) {
        if (type.scale() != null) {
            return type.scale();
        }
        return type.precision() != null ? 0 : DEFAULT_DECIMAL_SCALE;
    }

    /** The fractional-second precision a temporal kind renders with: the given one, else Hibernate's default. */
    public static int fractionalPrecision(ColumnType type) {
        if (type.precision() != null) {
            return type.precision();
        }
        return type.kind() == TypeKind.TIME || type.kind() == TypeKind.TIME_WITH_TIME_ZONE
                ? DEFAULT_TIME_PRECISION
                : DEFAULT_TIMESTAMP_PRECISION;
    }

    /** The binary precision a {@link TypeKind#FLOAT} renders with: the given one, else 53. */
    public static int floatBits(ColumnType type) {
        return type.precision() != null ? type.precision() : DOUBLE_PRECISION_BITS;
    }
}
