package dev.autogen.runtime.internal.dialect;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.ddl.PortableTypes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import dev.autogen.databases.h2.H2Dialect;
import dev.autogen.databases.mariadb.MariaDbDialect;
import dev.autogen.databases.postgresql.PostgresDialect;
import dev.autogen.databases.sqlite.SqliteDialect;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
            SqlTypes.GEOGRAPHY, SqlTypes.NAMED_ENUM, SqlTypes.NAMED_ORDINAL_ENUM, SqlTypes.LONG32NVARCHAR,
            // H2 renders these from the enum's values: enum ('A','B') and an integer ordinal (with a check)
            SqlTypes.ENUM, SqlTypes.ORDINAL_ENUM);

    private static final long[] LENGTHS = {1, 20, 255, 256, 4000, 16_383, 16_384, 32_600, 65_535, 65_536, 1_000_000,
        10_485_760, 10_485_761, 16_777_215, 16_777_216, 1_000_000_000};
    private static final int[][] DECIMALS = {{1, 0}, {10, 0}, {12, 2}, {19, 4}, {38, 2}, {38, 10}, {100, 50}};
    private static final int[] FLOAT_BITS = {1, 10, 24, 25, 53};
    private static final int[] FRACTIONS = {0, 1, 3, 6};

    private static StandardServiceRegistry pgRegistry;
    private static StandardServiceRegistry sqliteRegistry;
    private static StandardServiceRegistry h2Registry;
    private static StandardServiceRegistry mariadbRegistry;
    private static StandardServiceRegistry mysqlRegistry;
    private static DdlTypeRegistry pg;
    private static DdlTypeRegistry sqlite;
    private static DdlTypeRegistry h2;
    private static DdlTypeRegistry mariadb;
    private static DdlTypeRegistry mysql;

    /**
     * On MariaDB and MySQL, Hibernate renders these LOB codes by length ({@code tinyblob}, {@code blob},
     * {@code mediumblob}, {@code longblob}); the portable kinds have no length and are Hibernate's default LOB length.
     */
    private static final Set<Integer> MYSQL_SIZED_LOBS = Set.of(SqlTypes.BLOB, SqlTypes.CLOB, SqlTypes.NCLOB);
    /**
     * On MariaDB and MySQL the portable {@code TIMESTAMP_WITH_TIME_ZONE} is what Hibernate makes of {@code Instant} and
     * {@code OffsetDateTime} ({@code TIMESTAMP_UTC}: {@code datetime(p)}); Hibernate's rare TIMESTAMP_WITH_TIMEZONE
     * code ({@code timestamp(p)}) is read from its text.
     */
    private static final Set<Integer> MYSQL_FROM_TEXT = Set.of(SqlTypes.TIMESTAMP_WITH_TIMEZONE);
    /** Hibernate's length for a LOB column with none given ({@code org.hibernate.Length.LONG32}). */
    private static final long LOB_LENGTH = Integer.MAX_VALUE;

    @BeforeAll
    static void boot() {
        pgRegistry = registry("PostgreSQL", "15");
        sqliteRegistry = registry("SQLite", "3");
        pg = ddlTypes(pgRegistry);
        sqlite = ddlTypes(sqliteRegistry);
        h2Registry = registry("H2", "2", "3");
        h2 = ddlTypes(h2Registry);
        mariadbRegistry = registry("MariaDB", "10", "11");
        mariadb = ddlTypes(mariadbRegistry);
        mysqlRegistry = registry("MySQL", "8", "4");
        mysql = ddlTypes(mysqlRegistry);
    }

    @AfterAll
    static void close() {
        StandardServiceRegistryBuilder.destroy(pgRegistry);
        StandardServiceRegistryBuilder.destroy(sqliteRegistry);
        StandardServiceRegistryBuilder.destroy(h2Registry);
        StandardServiceRegistryBuilder.destroy(mariadbRegistry);
        StandardServiceRegistryBuilder.destroy(mysqlRegistry);
    }

    static StandardServiceRegistry registry(String product, String major) {
        return registry(product, major, "0");
    }

    static StandardServiceRegistry registry(String product, String major, String minor) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", product);
        settings.put("jakarta.persistence.database-major-version", major);
        settings.put("jakarta.persistence.database-minor-version", minor);
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

    /** H2 writes {@code TIME_UTC} (the portable TIME elsewhere) as {@code time(p) with time zone}: read from its text. */
    @Test
    void h2RendersEveryMappedCodeAsHibernate() throws Exception {
        assertParity(H2Dialect.INSTANCE, h2, Set.of(), Set.of(SqlTypes.TIME_UTC));
    }

    @Test
    void mariadbRendersEveryMappedCodeAsHibernate() throws Exception {
        assertParity(MariaDbDialect.MARIADB, mariadb, MYSQL_SIZED_LOBS, MYSQL_FROM_TEXT);
    }

    @Test
    void mysqlRendersEveryMappedCodeAsHibernate() throws Exception {
        assertParity(MariaDbDialect.MYSQL, mysql, MYSQL_SIZED_LOBS, MYSQL_FROM_TEXT);
    }

    private static void assertParity(Dialect dialect, DdlTypeRegistry hibernate) throws Exception {
        assertParity(dialect, hibernate, Set.of(), Set.of());
    }

    /**
     * @param sizedLobs codes whose portable kind stands for Hibernate's default LOB length only: at that length (and
     *     without one) they render as Hibernate does; at another length Hibernate writes a smaller type, which the
     *     entity reader then keeps as raw SQL
     * @param fromText codes the entity reader always takes from Hibernate's text on this dialect (their portable kind
     *     renders as another code here), so that text must parse to itself
     */
    private static void assertParity(Dialect dialect, DdlTypeRegistry hibernate, Set<Integer> sizedLobs,
            Set<Integer> fromText) throws Exception {
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
            List<Size> sizes = new ArrayList<>(sizesFor(code));
            boolean sizedLob = sizedLobs.contains(code);
            if (sizedLob) {
                sizes.add(Size.length(LOB_LENGTH));
                sizes.add(new Size());
            }
            for (Size size : sizes) {
                Optional<ColumnType> type = PortableTypes.fromJdbcCode(code,
                        set(size.getLength()), set(size.getPrecision()), set(size.getScale()));
                if (type.isEmpty()) {
                    continue;
                }
                mapped = true;
                checks++;
                String expected = hibernate.getTypeName(code, size);
                boolean defaultLobSize = size.getLength() == null ? size.getPrecision() == null
                        : size.getLength() == LOB_LENGTH;
                if (sizedLob && !defaultLobSize && !expected.equals(dialect.renderType(type.get()))) {
                    // only the size makes the difference: a smaller LOB type, which the entity reader keeps as raw
                    assertTrue(expected.matches("(tiny|medium)?(blob|text)( character set utf8mb4)?"),
                            e.getKey() + " " + describe(size) + ": " + expected);
                    assertTrue(dialect.parseType(expected).isRaw(), e.getKey() + " " + describe(size) + " parses");
                    continue;
                }
                if (fromText.contains(code)) {
                    // what the entity reader takes instead: the parsed type where it renders exactly, else raw SQL
                    ColumnType parsed = dialect.parseType(expected);
                    assertEquals(expected, parsed.isRaw() ? parsed.sql() : dialect.renderType(parsed),
                            e.getKey() + " " + describe(size) + ": Hibernate's text reads back as itself");
                    continue;
                }
                assertEquals(expected, dialect.renderType(type.get()),
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
    /** The portable enum renders as each dialect of Hibernate declares {@code @Enumerated(STRING)} with those values. */
    @Test
    void enumsRenderAsHibernateDeclaresThem() {
        String[] values = {"A", "B", "C_2"};
        ColumnType type = dev.autogen.runtime.Types.ENUM(values);
        assertEquals(hibernate(mariadbRegistry).getEnumTypeDeclaration(null, values), MariaDbDialect.MARIADB.renderType(type));
        assertEquals(hibernate(mysqlRegistry).getEnumTypeDeclaration(null, values), MariaDbDialect.MYSQL.renderType(type));
        assertEquals(hibernate(h2Registry).getEnumTypeDeclaration(null, values), H2Dialect.INSTANCE.renderType(type));
        // no enum types: varchar(255), and the values are a check (AbstractDdl)
        assertEquals(pg.getTypeName(SqlTypes.VARCHAR, Size.length(255L)), PostgresDialect.INSTANCE.renderType(type));
        assertEquals(sqlite.getTypeName(SqlTypes.VARCHAR, Size.length(255L)), SqliteDialect.INSTANCE.renderType(type));
    }

    private static org.hibernate.dialect.Dialect hibernate(StandardServiceRegistry registry) {
        return registry.requireService(org.hibernate.engine.jdbc.env.spi.JdbcEnvironment.class).getDialect();
    }

    @Test
    void everyKindRendersAsItsCode() {
        int checks = 0;
        for (TypeKind kind : TypeKind.values()) {
            if (kind == TypeKind.RAW || kind == TypeKind.ENUM) {
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
                assertEquals(h2.getTypeName(code, size), H2Dialect.INSTANCE.renderType(type), "h2 " + type);
                checks++;
                // both store Instant and OffsetDateTime (TIMESTAMP_UTC) as datetime: the zone-aware kind renders so
                int mysqlCode = kind == TypeKind.TIMESTAMP_WITH_TIME_ZONE ? SqlTypes.TIMESTAMP_UTC : code;
                assertEquals(mariadb.getTypeName(mysqlCode, size), MariaDbDialect.MARIADB.renderType(type), "mariadb " + type);
                checks++;
                // Hibernate's MySQL dialect has no uuid type: it maps UUIDs to binary(16)
                String mysqlType = kind == TypeKind.UUID
                        ? mysql.getTypeName(SqlTypes.BINARY, Size.length(16L))
                        : mysql.getTypeName(mysqlCode, size);
                assertEquals(mysqlType, MariaDbDialect.MYSQL.renderType(type), "mysql " + type);
                checks++;
            }
        }
        assertTrue(checks > 150, "checks " + checks);
    }

    private static List<ColumnType> samples(TypeKind kind) {
        List<ColumnType> out = new ArrayList<>();
        out.add(ColumnType.of(kind));
        if (kind.hasLength()) {
            for (int length : new int[] {1, 255, 16_383, 16_384, 65_536, 10_485_760, 10_485_761, 16_777_216}) {
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
