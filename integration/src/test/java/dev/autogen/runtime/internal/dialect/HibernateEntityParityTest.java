package dev.autogen.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Dialect;
import dev.autogen.core.ddl.PortableTypes;
import dev.autogen.core.model.ColumnType;
import dev.autogen.databases.h2.H2Dialect;
import dev.autogen.databases.mariadb.MariaDbDialect;
import dev.autogen.databases.postgresql.PostgresDialect;
import dev.autogen.databases.sqlite.SqliteDialect;
import dev.autogen.runtime.internal.dialect.entities.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.junit.jupiter.api.Test;

/**
 * The chain the entity reader uses, against real entity columns: Hibernate's DDL type code and resolved size go
 * through {@link PortableTypes#fromJdbcCode}, and the dialect must render exactly the type Hibernate gives the column.
 */
class HibernateEntityParityTest {

    @Test
    void postgres() {
        assertParity("PostgreSQL", "16", PostgresDialect.INSTANCE);
    }

    @Test
    void sqlite() {
        assertParity("SQLite", "3", SqliteDialect.INSTANCE);
    }

    @Test
    void h2() {
        assertParity("H2", "2", "3", H2Dialect.INSTANCE);
    }

    /**
     * The {@code @JdbcTypeCode(TIMESTAMP_WITH_TIMEZONE)} column is a {@code timestamp(6)} here, which no portable kind
     * renders (the zone-aware kind is what Instant and OffsetDateTime are: {@code datetime(6)}); the entity reader takes
     * Hibernate's text for it.
     */
    @Test
    void mariadb() {
        assertParity("MariaDB", "10", "11", MariaDbDialect.MARIADB, Set.of("tstz"));
    }

    @Test
    void mysql() {
        assertParity("MySQL", "8", "4", MariaDbDialect.MYSQL, Set.of("tstz"));
    }

    private static void assertParity(String product, String major, Dialect dialect) {
        assertParity(product, major, "0", dialect);
    }

    private static void assertParity(String product, String major, String minor, Dialect dialect) {
        assertParity(product, major, minor, dialect, Set.of());
    }

    /**
     * @param fromText columns whose portable type does not render as Hibernate's on this dialect: the entity reader
     *     takes Hibernate's text for them, which must then parse back to itself
     */
    private static void assertParity(
            String product, String major, String minor, Dialect dialect, Set<String> fromText) {
        StandardServiceRegistry registry = HibernateTypeParityTest.registry(product, major, minor);
        try {
            MetadataImplementor metadata = (MetadataImplementor) new MetadataSources(registry)
                    .addAnnotatedClass(Sample.class)
                    .buildMetadata();
            org.hibernate.dialect.Dialect hibernate = metadata.getDatabase().getDialect();
            List<String> raw = new ArrayList<>();
            int checked = 0;
            for (Table table : metadata.collectTableMappings()) {
                for (Column column : table.getColumns()) {
                    int code = column.getSqlTypeCode(metadata);
                    Size size = column.getColumnSize(hibernate, metadata);
                    Optional<ColumnType> type = PortableTypes.fromJdbcCode(
                            code, set(size.getLength()), set(size.getPrecision()), set(size.getScale()));
                    if (type.isEmpty()) {
                        raw.add(column.getName());
                        continue;
                    }
                    String expected = column.getSqlType(metadata);
                    if (fromText.contains(column.getName())) {
                        assertTrue(!expected.equals(dialect.renderType(type.get())), column.getName() + " is portable");
                        ColumnType parsed = dialect.parseType(expected);
                        assertEquals(
                                expected, parsed.isRaw() ? parsed.sql() : dialect.renderType(parsed), column.getName());
                        continue;
                    }
                    assertEquals(
                            expected,
                            dialect.renderType(type.get()),
                            column.getName() + " code " + code + " as " + type.get());
                    checked++;
                }
            }
            assertTrue(checked + fromText.size() >= 34, "checked " + checked);
            assertEquals(List.of(), raw, "columns with no portable type");
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    private static Integer set(Number value) {
        return value == null || value.longValue() < 0 ? null : value.intValue();
    }
}
