package dev.autogen.runtime.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import dev.autogen.runtime.dialect.postgres.PostgresDialect;
import dev.autogen.runtime.dialect.sqlite.SqliteDialect;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.sql.spi.DdlTypeRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds our type rendering side by side with Hibernate ORM's own dialects (booted offline): every type code Hibernate
 * registers a DDL type for is either mapped by {@link PortableTypes#fromJdbcCode} to a type that renders exactly as
 * Hibernate renders it, for a range of sizes, or is knowingly left to raw SQL.
 */
class HibernateTypeParityTest {

    /** Codes Hibernate registers on a dialect that have no portable kind (written as raw SQL). */
    private static final List<Integer> NOT_PORTABLE = List.of(
            SqlTypes.ARRAY, SqlTypes.ROWID, SqlTypes.SQLXML, SqlTypes.INET, SqlTypes.INTERVAL_SECOND, SqlTypes.GEOMETRY,
            SqlTypes.GEOGRAPHY, SqlTypes.NAMED_ENUM, SqlTypes.NAMED_ORDINAL_ENUM, SqlTypes.LONG32NVARCHAR);

    private static final long[] LENGTHS = {1, 20, 255, 4000, 32_600, 1_000_000, 10_485_760, 10_485_761, 1_000_000_000};
    private static final int[][] DECIMALS = {{1, 0}, {10, 0}, {12, 2}, {19, 4}, {38, 2}, {38, 10}, {100, 50}};
    private static final int[] FLOAT_BITS = {1, 10, 24, 25, 53};
    private static final int[] FRACTIONS = {0, 1, 3, 6};

    private static StandardServiceRegistry pgRegistry;
    private static StandardServiceRegistry sqliteRegistry;
    private static DdlTypeRegistry pg;
    private static DdlTypeRegistry sqlite;

    @BeforeAll
    static void boot() {
        pgRegistry = registry("PostgreSQL", "15");
        sqliteRegistry = registry("SQLite", "3");
        pg = ddlTypes(pgRegistry);
        sqlite = ddlTypes(sqliteRegistry);
    }

    @AfterAll
    static void close() {
        StandardServiceRegistryBuilder.destroy(pgRegistry);
        StandardServiceRegistryBuilder.destroy(sqliteRegistry);
    }

    static StandardServiceRegistry registry(String product, String major) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", product);
        settings.put("jakarta.persistence.database-major-version", major);
        settings.put("jakarta.persistence.database-minor-version", "0");
        return new StandardServiceRegistryBuilder().applySettings(settings).build();
    }

    static DdlTypeRegistry ddlTypes(StandardServiceRegistry registry) {
        MetadataImplementor metadata = (MetadataImplementor) new MetadataSources(registry).buildMetadata();
        return metadata.getTypeConfiguration().getDdlTypeRegistry();
    }

    /** Every public int constant of SqlTypes (so a code added there is not missed). */
    static Map<String, Integer> allCodes() throws IllegalAccessException {
        Map<String, Integer> codes = new HashMap<>();
        for (Field f : SqlTypes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                codes.put(f.getName(), f.getInt(null));
            }
        }
        return codes;
    }

    @Test
    void copiedConstantsEqualHibernates() throws Exception {
        Map<String, Integer> hibernate = allCodes();
        int compared = 0;
        for (Field f : PortableTypes.class.getFields()) {
            if (f.getType() == int.class && hibernate.containsKey(f.getName())) {
                assertEquals(hibernate.get(f.getName()), f.getInt(null), f.getName());
                compared++;
            }
        }
        assertTrue(compared >= 38, "compared " + compared);
    }

    @Test
    void postgresRendersEveryMappedCodeAsHibernate() throws Exception {
        assertParity(PostgresDialect.INSTANCE, pg);
    }

    @Test
    void sqliteRendersEveryMappedCodeAsHibernate() throws Exception {
        assertParity(SqliteDialect.INSTANCE, sqlite);
    }

    private static void assertParity(Dialect dialect, DdlTypeRegistry hibernate) throws Exception {
        List<String> unaccounted = new ArrayList<>();
        int checks = 0;
        for (Map.Entry<String, Integer> e : allCodes().entrySet()) {
            int code = e.getValue();
            if (hibernate.getDescriptor(code) == null) {
                continue; // Hibernate has no DDL type for this code on this dialect
            }
            if (NOT_PORTABLE.contains(code)) {
                assertTrue(PortableTypes.fromJdbcCode(code, 255, 10, 2).isEmpty(), e.getKey());
                continue;
            }
            boolean mapped = false;
            for (Size size : sizesFor(code)) {
                Optional<ColumnType> type = PortableTypes.fromJdbcCode(code,
                        set(size.getLength()), set(size.getPrecision()), set(size.getScale()));
                if (type.isEmpty()) {
                    continue;
                }
                mapped = true;
                checks++;
                assertEquals(hibernate.getTypeName(code, size), dialect.renderType(type.get()),
                        e.getKey() + " " + describe(size) + " as " + type.get());
            }
            if (!mapped) {
                unaccounted.add(e.getKey());
            }
        }
        assertEquals(List.of(), unaccounted, "codes Hibernate maps that are neither portable nor listed as raw");
        assertTrue(checks > 300, "checks " + checks);
    }

    /**
     * Sizes as Hibernate resolves them for a column of this code: lengths for character and binary codes, precision
     * and scale for decimals, bits for floats, fractional digits for times; sizeless codes get all of them.
     */
    private static List<Size> sizesFor(int code) {
        List<Size> lengths = new ArrayList<>();
        for (long length : LENGTHS) {
            lengths.add(Size.length(length));
        }
        List<Size> decimals = new ArrayList<>();
        for (int[] ps : DECIMALS) {
            decimals.add(Size.precision(ps[0], ps[1]));
        }
        List<Size> bits = new ArrayList<>();
        for (int b : FLOAT_BITS) {
            bits.add(Size.precision(b));
        }
        List<Size> fractions = new ArrayList<>();
        for (int fraction : FRACTIONS) {
            fractions.add(Size.precision(fraction));
        }
        Optional<ColumnType> probe = PortableTypes.fromJdbcCode(code, 1, 1, 0);
        TypeKind kind = probe.map(ColumnType::kind).orElse(TypeKind.RAW);
        if (kind.hasLength() || kind == TypeKind.TEXT || kind == TypeKind.LONGVARBINARY) {
            return lengths;
        }
        if (kind.hasPrecisionAndScale()) {
            return decimals;
        }
        if (kind == TypeKind.FLOAT) {
            return bits;
        }
        if (kind.hasPrecision()) {
            return fractions;
        }
        List<Size> all = new ArrayList<>(lengths);
        all.addAll(decimals);
        all.addAll(bits);
        return all;
    }

    /** Hibernate's Size holds -1 (or null) for what is not set. */
    private static Integer set(Number value) {
        return value == null || value.longValue() < 0 ? null : value.intValue();
    }

    private static String describe(Size size) {
        return "[length=" + size.getLength() + ", precision=" + size.getPrecision() + ", scale=" + size.getScale() + "]";
    }

    /**
     * Each portable kind renders as Hibernate renders its code ({@link PortableTypes#jdbcCode}), with Hibernate's
     * default size when the type has none.
     */
    @Test
    void everyKindRendersAsItsCode() {
        int checks = 0;
        for (TypeKind kind : TypeKind.values()) {
            if (kind == TypeKind.RAW) {
                continue;
            }
            int code = PortableTypes.jdbcCode(kind);
            for (ColumnType type : samples(kind)) {
                Size size = new Size();
                if (kind.hasLength()) {
                    size.setLength((long) PortableTypes.lengthOrDefault(type));
                } else if (kind.hasPrecisionAndScale()) {
                    size.setPrecision(PortableTypes.decimalPrecision(type));
                    size.setScale(PortableTypes.decimalScale(type));
                } else if (kind == TypeKind.FLOAT) {
                    size.setPrecision(PortableTypes.floatBits(type));
                } else if (kind.hasPrecision()) {
                    size.setPrecision(PortableTypes.fractionalPrecision(type));
                }
                assertEquals(pg.getTypeName(code, size), PostgresDialect.INSTANCE.renderType(type), "pg " + type);
                checks++;
                int sqliteCode = switch (kind) {
                    case UUID -> SqlTypes.BINARY; // Hibernate's SQLite dialect stores UUIDs as binary
                    case JSON -> SqlTypes.LONG32VARCHAR; // ... and JSON as its long string type
                    default -> code;
                };
                assertEquals(sqlite.getTypeName(sqliteCode, size), SqliteDialect.INSTANCE.renderType(type), "sqlite " + type);
                checks++;
            }
        }
        assertTrue(checks > 60, "checks " + checks);
    }

    private static List<ColumnType> samples(TypeKind kind) {
        List<ColumnType> out = new ArrayList<>();
        out.add(ColumnType.of(kind));
        if (kind.hasLength()) {
            for (int length : new int[] {1, 255, 10_485_760, 10_485_761}) {
                out.add(ColumnType.withLength(kind, length));
            }
        } else if (kind.hasPrecisionAndScale()) {
            out.add(new ColumnType(kind, null, 10, null, null));
            out.add(new ColumnType(kind, null, 12, 2, null));
        } else if (kind.hasPrecision()) {
            for (int p : kind == TypeKind.FLOAT ? new int[] {1, 24, 25, 53} : new int[] {0, 3, 6}) {
                out.add(ColumnType.withPrecision(kind, p));
            }
        }
        return out;
    }

    /** Default sizes as Hibernate resolves them for real entity columns (not only for bare type codes). */
    @Test
    void defaultsMatchWhatHibernateGivesEntityColumns() {
        // BigDecimal: numeric(38,2); @Column(precision=10) BigDecimal: numeric(10,0); LocalTime: time(0);
        // LocalDateTime: timestamp(6); Instant: timestamp(6) with time zone; String: varchar(255); Double: float(53)
        assertEquals("numeric(38,2)", PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.NUMERIC)));
        assertEquals("numeric(10,0)", PostgresDialect.INSTANCE.renderType(new ColumnType(TypeKind.NUMERIC, null, 10, null, null)));
        assertEquals("time(0)", PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.TIME)));
        assertEquals("timestamp(6)", PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.TIMESTAMP)));
        assertEquals("timestamp(6) with time zone",
                PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.TIMESTAMP_WITH_TIME_ZONE)));
        assertEquals("varchar(255)", PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.VARCHAR)));
        assertEquals("float(53)", PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.FLOAT)));
        assertEquals("float", SqliteDialect.INSTANCE.renderType(ColumnType.of(TypeKind.FLOAT)));
        assertEquals("timestamp", SqliteDialect.INSTANCE.renderType(ColumnType.of(TypeKind.TIMESTAMP_WITH_TIME_ZONE)));
    }
}
