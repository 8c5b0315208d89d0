package dev.autogen.databases.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.core.database.Database;
import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import dev.autogen.databases.contract.TypeParityContract;
import org.hibernate.engine.jdbc.Size;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;

/** PostgreSQL's types side by side with Hibernate's PostgreSQL dialect. */
class PostgresTypeParityTest extends TypeParityContract {

    @Override
    protected Database database() {
        return new PostgresDatabase();
    }

    /** No enum types: varchar(255), and the values are a check (AbstractDdl). */
    @Override
    protected String hibernateEnumDeclaration(String[] values) {
        return hibernateTypes.getTypeName(SqlTypes.VARCHAR, Size.length(255L));
    }

    /** Default sizes as Hibernate resolves them for real entity columns (not only for bare type codes). */
    @Test
    void defaultsMatchWhatHibernateGivesEntityColumns() {
        // BigDecimal: numeric(38,2); @Column(precision=10) BigDecimal: numeric(10,0); LocalTime: time(0);
        // LocalDateTime: timestamp(6); Instant: timestamp(6) with time zone; String: varchar(255); Double: float(53)
        assertEquals("numeric(38,2)", PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.NUMERIC)));
        assertEquals(
                "numeric(10,0)",
                PostgresDialect.INSTANCE.renderType(new ColumnType(TypeKind.NUMERIC, null, 10, null, null)));
        assertEquals("time(0)", PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.TIME)));
        assertEquals("timestamp(6)", PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.TIMESTAMP)));
        assertEquals(
                "timestamp(6) with time zone",
                PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.TIMESTAMP_WITH_TIME_ZONE)));
        assertEquals("varchar(255)", PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.VARCHAR)));
        assertEquals("float(53)", PostgresDialect.INSTANCE.renderType(ColumnType.of(TypeKind.FLOAT)));
    }
}
