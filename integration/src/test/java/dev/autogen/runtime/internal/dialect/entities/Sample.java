package dev.autogen.runtime.internal.dialect.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An entity with one field of each common Java type, for the type parity test. */
@Entity
@Table(name = "sample")
@SuppressWarnings("unused")
public class Sample {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private boolean flag;
    private Boolean boxedFlag;
    private byte tiny;
    private short small;
    private int count;
    private Integer boxedCount;
    private long big;
    private float single;
    private double dbl;
    private Double boxedDbl;
    private BigDecimal amount;

    @Column(precision = 10)
    private BigDecimal amount10;

    @Column(precision = 12, scale = 3)
    private BigDecimal amount123;

    private char letter;
    private String name;

    @Column(length = 40)
    private String shortName;

    @Column(length = 20_000_000)
    private String hugeName;

    @Lob
    private String lobText;

    @Lob
    private byte[] lobBytes;

    private byte[] bytes;
    private UUID uuid;
    private LocalDate day;
    private LocalTime time;
    private OffsetTime offsetTime;
    private LocalDateTime local;

    @Column(precision = 3)
    private LocalDateTime localMillis;

    private Instant instant;
    private OffsetDateTime offset;

    @JdbcTypeCode(SqlTypes.JSON)
    private java.util.Map<String, Object> json;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    private String longText;

    @JdbcTypeCode(SqlTypes.DECIMAL)
    private BigDecimal decimal;

    @JdbcTypeCode(SqlTypes.TIMESTAMP_WITH_TIMEZONE)
    private OffsetDateTime tstz;

    @JdbcTypeCode(SqlTypes.NVARCHAR)
    private String nvarchar;
}
