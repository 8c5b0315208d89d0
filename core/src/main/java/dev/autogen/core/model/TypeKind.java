package dev.autogen.core.model;

/**
 * Portable column types. Each maps to one JDBC type code family and renders per dialect exactly as Hibernate's
 * dialect renders that type code. {@link #RAW} carries literal SQL, the escape hatch for what has no portable name.
 */
public enum TypeKind {
    BOOLEAN,
    TINYINT,
    SMALLINT,
    INTEGER,
    BIGINT,
    /** Single precision floating point. */
    REAL,
    /** Double precision floating point. */
    DOUBLE,
    /** {@code FLOAT(precision)}: binary precision in bits. */
    FLOAT,
    /** Exact numeric, precision and scale. */
    DECIMAL,
    NUMERIC,
    CHAR,
    VARCHAR,
    NCHAR,
    NVARCHAR,
    /** Long character data (JDBC LONGVARCHAR / LONG32VARCHAR), e.g. PostgreSQL {@code text}. */
    TEXT,
    CLOB,
    NCLOB,
    BINARY,
    VARBINARY,
    /** Long binary data (JDBC LONGVARBINARY / LONG32VARBINARY), e.g. PostgreSQL {@code bytea}. */
    LONGVARBINARY,
    BLOB,
    DATE,
    TIME,
    TIME_WITH_TIME_ZONE,
    TIMESTAMP,
    TIMESTAMP_WITH_TIME_ZONE,
    UUID,
    JSON,
    /**
     * One of a list of values ({@link ColumnType#values}), as Hibernate stores {@code @Enumerated(STRING)}: a native
     * {@code enum('A','B')} on MariaDB, MySQL and H2, {@code varchar(255)} checked against the list elsewhere.
     */
    ENUM,
    /** Literal SQL type text, rendered verbatim. */
    RAW;

    /** True for kinds whose size is a length ({@code VARCHAR(255)}). */
    public boolean hasLength() {
        return this == CHAR
                || this == VARCHAR
                || this == NCHAR
                || this == NVARCHAR
                || this == BINARY
                || this == VARBINARY;
    }

    /** True for kinds that take precision and scale ({@code DECIMAL(12,2)}). */
    public boolean hasPrecisionAndScale() {
        return this == DECIMAL || this == NUMERIC;
    }

    /** True for kinds whose precision is fractional seconds ({@code TIMESTAMP(6)}) or binary digits ({@code FLOAT(53)}). */
    public boolean hasPrecision() {
        return this == TIME
                || this == TIME_WITH_TIME_ZONE
                || this == TIMESTAMP
                || this == TIMESTAMP_WITH_TIME_ZONE
                || this == FLOAT;
    }
}
