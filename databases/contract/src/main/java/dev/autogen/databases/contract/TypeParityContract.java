package dev.autogen.databases.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Database;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.ddl.PortableTypes;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
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
import org.junit.jupiter.api.TestInstance;

/**
 * Holds a database's type rendering side by side with Hibernate ORM's own dialect for it (booted offline): every type
 * code Hibernate registers a DDL type for is either mapped by {@link PortableTypes#fromJdbcCode} to a type that renders
 * exactly as Hibernate renders it, for a range of sizes, or is knowingly left to raw SQL; each portable kind renders as
 * Hibernate renders its code; the portable enum renders as Hibernate declares an enum column. A module extends it with
 * its {@link Database}; what Hibernate does otherwise on that database goes through the hooks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TypeParityContract {

    /** Codes Hibernate registers on a dialect that have no portable kind (written as raw SQL). */
    private static final List<Integer> NOT_PORTABLE = List.of(
            SqlTypes.ARRAY,
            SqlTypes.ROWID,
            SqlTypes.SQLXML,
            SqlTypes.INET,
            SqlTypes.INTERVAL_SECOND,
            SqlTypes.GEOMETRY,
            SqlTypes.GEOGRAPHY,
            SqlTypes.NAMED_ENUM,
            SqlTypes.NAMED_ORDINAL_ENUM,
            SqlTypes.LONG32NVARCHAR,
            // H2 renders these from the enum's values: enum ('A','B') and an integer ordinal (with a check)
            SqlTypes.ENUM,
            SqlTypes.ORDINAL_ENUM);

    private static final long[] LENGTHS = {
        1,
        20,
        255,
        256,
        4000,
        16_383,
        16_384,
        32_600,
        65_535,
        65_536,
        1_000_000,
        10_485_760,
        10_485_761,
        16_777_215,
        16_777_216,
        1_000_000_000
    };
    private static final int[][] DECIMALS = {{1, 0}, {10, 0}, {12, 2}, {19, 4}, {38, 2}, {38, 10}, {100, 50}};
    private static final int[] FLOAT_BITS = {1, 10, 24, 25, 53};
    private static final int[] FRACTIONS = {0, 1, 3, 6};

    /** Hibernate's length for a LOB column with none given ({@code org.hibernate.Length.LONG32}). */
    protected static final long LOB_LENGTH = Integer.MAX_VALUE;

    private StandardServiceRegistry registry;
    /** Hibernate's DDL types for this database. */
    protected DdlTypeRegistry hibernateTypes;

    /** The database under test. */
    protected abstract Database database();

    /** The Hibernate product and version to boot; {@link Database#hibernate()} by default. */
    protected Database.HibernateProduct hibernateProduct() {
        return database().hibernate();
    }

    /**
     * Codes whose portable kind stands for Hibernate's default LOB length only: at that length (and without one) they
     * render as Hibernate does; at another length Hibernate writes a smaller type, which the entity reader then keeps
     * as raw SQL. None by default.
     */
    protected Set<Integer> sizedLobs() {
        return Set.of();
    }

    /**
     * Codes the entity reader always takes from Hibernate's text on this database (their portable kind renders as
     * another code here), so that text must parse to itself. None by default.
     */
    protected Set<Integer> fromText() {
        return Set.of();
    }

    /** The Hibernate code a portable kind renders as on this database: {@link PortableTypes#jdbcCode} by default. */
    protected int hibernateCode(TypeKind kind) {
        return PortableTypes.jdbcCode(kind);
    }

    /** The type Hibernate renders for {@code kind} at {@code size}: its type for {@link #hibernateCode} by default. */
    protected String hibernateType(TypeKind kind, Size size) {
        return hibernateTypes.getTypeName(hibernateCode(kind), size);
    }

    /** What Hibernate declares for {@code @Enumerated(STRING)} with these values: its dialect's enum declaration. */
    protected String hibernateEnumDeclaration(String[] values) {
        return hibernateDialect().getEnumTypeDeclaration(null, values);
    }

    protected final Dialect dialect() {
        return database().dialect();
    }

    protected final org.hibernate.dialect.Dialect hibernateDialect() {
        return registry.requireService(org.hibernate.engine.jdbc.env.spi.JdbcEnvironment.class)
                .getDialect();
    }

    @BeforeAll
    final void bootHibernate() {
        Database.HibernateProduct product = hibernateProduct();
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", product.productName());
        settings.put("jakarta.persistence.database-major-version", Integer.toString(product.majorVersion()));
        settings.put("jakarta.persistence.database-minor-version", Integer.toString(product.minorVersion()));
        registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        MetadataImplementor metadata = (MetadataImplementor) new MetadataSources(registry).buildMetadata();
        hibernateTypes = metadata.getTypeConfiguration().getDdlTypeRegistry();
    }

    @AfterAll
    final void closeHibernate() {
        if (registry != null) {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** Every public int constant of SqlTypes (so a code added there is not missed). */
    private static Map<String, Integer> allCodes() throws IllegalAccessException {
        Map<String, Integer> codes = new HashMap<>();
        for (Field f : SqlTypes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                codes.put(f.getName(), f.getInt(null));
            }
        }
        return codes;
    }

    @Test
    public void rendersEveryMappedCodeAsHibernate() throws Exception {
        Dialect dialect = dialect();
        DdlTypeRegistry hibernate = hibernateTypes;
        Set<Integer> sizedLobs = sizedLobs();
        Set<Integer> fromText = fromText();
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
                Optional<ColumnType> type = PortableTypes.fromJdbcCode(
                        code, set(size.getLength()), set(size.getPrecision()), set(size.getScale()));
                if (type.isEmpty()) {
                    continue;
                }
                mapped = true;
                checks++;
                String expected = hibernate.getTypeName(code, size);
                boolean defaultLobSize =
                        size.getLength() == null ? size.getPrecision() == null : size.getLength() == LOB_LENGTH;
                if (sizedLob && !defaultLobSize && !expected.equals(dialect.renderType(type.get()))) {
                    // only the size makes the difference: a smaller LOB type, which the entity reader keeps as raw
                    assertTrue(
                            expected.matches("(tiny|medium)?(blob|text)( character set utf8mb4)?"),
                            e.getKey() + " " + describe(size) + ": " + expected);
                    assertTrue(dialect.parseType(expected).isRaw(), e.getKey() + " " + describe(size) + " parses");
                    continue;
                }
                if (fromText.contains(code)) {
                    // what the entity reader takes instead: the parsed type where it renders exactly, else raw SQL
                    ColumnType parsed = dialect.parseType(expected);
                    assertEquals(
                            expected,
                            parsed.isRaw() ? parsed.sql() : dialect.renderType(parsed),
                            e.getKey() + " " + describe(size) + ": Hibernate's text reads back as itself");
                    continue;
                }
                assertEquals(
                        expected,
                        dialect.renderType(type.get()),
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
     * Each portable kind renders as Hibernate renders its code ({@link #hibernateCode}), with Hibernate's default size
     * when the type has none.
     */
    @Test
    public void everyKindRendersAsItsCode() {
        int checks = 0;
        for (TypeKind kind : TypeKind.values()) {
            if (kind == TypeKind.RAW || kind == TypeKind.ENUM) {
                continue;
            }
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
                assertEquals(
                        hibernateType(kind, size),
                        dialect().renderType(type),
                        dialect().name() + " " + type);
                checks++;
            }
        }
        // every database of the five checked more than 150 in all
        assertTrue(checks > 30, "checks " + checks);
    }

    /** The portable enum renders as Hibernate declares {@code @Enumerated(STRING)} with those values. */
    @Test
    public void enumsRenderAsHibernateDeclaresThem() {
        String[] values = {"A", "B", "C_2"};
        assertEquals(hibernateEnumDeclaration(values), dialect().renderType(dev.autogen.runtime.Types.ENUM(values)));
    }

    /** Merged from the per-database copies: every portable kind, rendered and parsed back, is the same canonical type. */
    @Test
    public void everyPortableKindSurvivesRenderThenParse() {
        Dialect dialect = dialect();
        for (TypeKind kind : TypeKind.values()) {
            if (kind == TypeKind.RAW || kind == TypeKind.ENUM) {
                continue;
            }
            ColumnType type = ColumnType.of(kind);
            ColumnType back = dialect.parseType(dialect.renderType(type));
            assertEquals(dialect.canonicalType(type), dialect.canonicalType(back), dialect.name() + " " + kind);
        }
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

    /** Hibernate's Size holds -1 (or null) for what is not set. */
    private static Integer set(Number value) {
        return value == null || value.longValue() < 0 ? null : value.intValue();
    }

    private static String describe(Size size) {
        return "[length=" + size.getLength() + ", precision=" + size.getPrecision() + ", scale=" + size.getScale()
                + "]";
    }
}
