package dev.autogen.databases.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import dev.autogen.runtime.Types;
import org.junit.jupiter.api.Test;

class PostgresDialectTest {

    private final PostgresDialect pg = PostgresDialect.INSTANCE;

    @Test
    void quotesOnlyWhenNeeded() {
        assertEquals("users", pg.quote("users"));
        assertEquals("created_at", pg.quote("created_at"));
        assertEquals("\"user\"", pg.quote("user"));
        assertEquals("\"order\"", pg.quote("order"));
        assertEquals("\"group\"", pg.quote("group"));
        assertEquals("\"left\"", pg.quote("left"));
        // unquoted, a mixed-case name folds as Hibernate's unquoted SQL folds it; marked quoted, it keeps its case
        assertEquals("UserAccount", pg.quote("UserAccount"));
        assertEquals("\"UserAccount\"", pg.quote("`UserAccount`"));
        assertEquals("\"users\"", pg.quote("`users`"));
        assertEquals("\"my table\"", pg.quote("my table"));
        assertEquals("\"1abc\"", pg.quote("1abc"));
        assertEquals("\"a\"\"b\"", pg.quote("a\"b"));
        // column-name key words need no quotes
        assertEquals("time", pg.quote("time"));
        assertEquals("name", pg.quote("name"));
    }

    @Test
    void literals() {
        assertEquals("'O''Brien'", pg.quoteLiteral("O'Brien"));
        assertEquals("''", pg.quoteLiteral(""));
    }

    @Test
    void namesFoldToLowerCaseAndCompareExactly() {
        assertEquals("useraccount", pg.foldIdentifier("UserAccount"));
        assertEquals("useraccount", pg.nameKey("UserAccount"));
        assertEquals(pg.nameKey("Users"), pg.nameKey("users"));
        assertEquals("Users", pg.nameKey("`Users`"));
        assertNotEquals(pg.nameKey("`Users`"), pg.nameKey("users"));
        assertEquals(pg.nameKey("`users`"), pg.nameKey("users"));
        assertEquals("sales.Orders", pg.nameKey("Sales.`Orders`"));
        // read from the catalog: marked quoted exactly where unquoted SQL would not find it
        assertEquals("`Users`", pg.fromCatalog("Users"));
        assertEquals("users", pg.fromCatalog("users"));
        assertEquals("my table", pg.fromCatalog("my table"));
    }

    @Test
    void rendersAsHibernate() {
        assertEquals("bigint", pg.renderType(Types.BIGINT));
        assertEquals("integer", pg.renderType(Types.INTEGER));
        assertEquals("smallint", pg.renderType(Types.TINYINT));
        assertEquals("varchar(255)", pg.renderType(Types.VARCHAR(255)));
        assertEquals("text", pg.renderType(Types.VARCHAR(20_000_000)));
        assertEquals("numeric(12,2)", pg.renderType(Types.NUMERIC(12, 2)));
        assertEquals("decimal(12,2)", pg.renderType(Types.DECIMAL(12, 2)));
        assertEquals("double precision", pg.renderType(Types.DOUBLE));
        assertEquals("float(53)", pg.renderType(Types.FLOAT(53)));
        assertEquals("float4", pg.renderType(Types.FLOAT(24)));
        assertEquals("timestamp(6)", pg.renderType(Types.TIMESTAMP));
        assertEquals("timestamp(3) with time zone", pg.renderType(Types.TIMESTAMP_WITH_TIME_ZONE(3)));
        assertEquals("uuid", pg.renderType(Types.UUID));
        assertEquals("boolean", pg.renderType(Types.BOOLEAN));
        assertEquals("jsonb", pg.renderType(Types.JSON));
        assertEquals("oid", pg.renderType(Types.CLOB));
        assertEquals("oid", pg.renderType(Types.BLOB));
        assertEquals("bytea", pg.renderType(Types.LONGVARBINARY));
        assertEquals("text", pg.renderType(Types.TEXT));
        assertEquals("inet", pg.renderType(Types.raw("inet")));
    }

    @Test
    void parsesWhatTheDatabaseReports() {
        assertEquals(ColumnType.withLength(TypeKind.VARCHAR, 255), pg.parseType("character varying(255)"));
        assertEquals(Types.BIGINT, pg.parseType("bigint"));
        assertEquals(Types.BIGINT, pg.parseType("int8"));
        assertEquals(Types.INTEGER, pg.parseType("integer"));
        assertEquals(Types.TIMESTAMP_WITH_TIME_ZONE(6), pg.parseType("timestamp(6) with time zone"));
        assertEquals(Types.TIMESTAMP_WITH_TIME_ZONE(6), pg.parseType("timestamp with time zone"));
        assertEquals(Types.TIMESTAMP(6), pg.parseType("timestamp without time zone"));
        assertEquals(Types.TIME(0), pg.parseType("time(0) without time zone"));
        assertEquals(Types.NUMERIC(12, 2), pg.parseType("numeric(12,2)"));
        assertEquals(Types.DOUBLE, pg.parseType("double precision"));
        assertEquals(Types.TEXT, pg.parseType("text"));
        assertEquals(Types.CHAR(1), pg.parseType("character(1)"));
        assertEquals(Types.BOOLEAN, pg.parseType("boolean"));
        assertEquals(Types.UUID, pg.parseType("uuid"));
        assertEquals(Types.JSON, pg.parseType("jsonb"));
        assertEquals(Types.LONGVARBINARY, pg.parseType("bytea"));
        assertEquals(Types.REAL, pg.parseType("real"));
        assertEquals(Types.SMALLINT, pg.parseType("smallint"));
        assertEquals(Types.DATE, pg.parseType("date"));
    }

    @Test
    void parsesWhatHibernateRenders() {
        assertEquals(Types.VARCHAR(255), pg.parseType("varchar(255)"));
        assertEquals(Types.TIMESTAMP(6), pg.parseType("timestamp(6)"));
        assertEquals(Types.DECIMAL(12, 2), pg.parseType("decimal(12,2)"));
        assertEquals(Types.NUMERIC(10, 0), pg.parseType("numeric(10)"));
        assertEquals(Types.DOUBLE, pg.parseType("float(53)"));
        assertEquals(Types.REAL, pg.parseType("float4"));
        assertEquals(Types.CHAR(1), pg.parseType("char(1)"));
        assertEquals(Types.TIME_WITH_TIME_ZONE(0), pg.parseType("time(0) with time zone"));
    }

    @Test
    void unknownTypesStayRaw() {
        assertEquals(Types.raw("integer[]"), pg.parseType("integer[]"));
        assertEquals(Types.raw("inet"), pg.parseType("inet"));
        assertEquals(Types.raw("character varying"), pg.parseType("character varying"));
        assertEquals(Types.raw("numeric"), pg.parseType("numeric"));
        assertEquals(Types.raw("json"), pg.parseType("json"));
    }

    @Test
    void canonicalFormsMatchAliases() {
        assertEquals(pg.canonicalType(Types.raw("int8")), pg.canonicalType(Types.BIGINT));
        assertEquals(pg.canonicalType(Types.raw("float8")), pg.canonicalType(Types.DOUBLE));
        assertEquals(pg.canonicalType(Types.FLOAT(53)), pg.canonicalType(Types.DOUBLE));
        assertEquals(pg.canonicalType(Types.raw("double precision")), pg.canonicalType(Types.FLOAT(53)));
        assertEquals(pg.canonicalType(Types.FLOAT(24)), pg.canonicalType(Types.REAL));
        assertEquals(pg.canonicalType(Types.raw("character varying(255)")), pg.canonicalType(Types.VARCHAR(255)));
        assertEquals(pg.canonicalType(Types.raw("VARCHAR( 255 )")), pg.canonicalType(Types.VARCHAR(255)));
        assertEquals(pg.canonicalType(Types.DECIMAL(12, 2)), pg.canonicalType(Types.NUMERIC(12, 2)));
        assertEquals(pg.canonicalType(Types.raw("timestamptz")), pg.canonicalType(Types.TIMESTAMP_WITH_TIME_ZONE));
        assertEquals(pg.canonicalType(Types.raw("timestamp")), pg.canonicalType(Types.TIMESTAMP));
        assertEquals(pg.canonicalType(Types.TINYINT), pg.canonicalType(Types.SMALLINT));
        assertEquals(pg.canonicalType(Types.BINARY(16)), pg.canonicalType(Types.raw("bytea")));
        assertEquals(pg.canonicalType(Types.raw("bool")), pg.canonicalType(Types.BOOLEAN));
        assertEquals(pg.canonicalType(Types.raw("int")), pg.canonicalType(Types.INTEGER));
        assertEquals(pg.canonicalType(Types.CLOB), pg.canonicalType(Types.BLOB));

        assertNotEquals(pg.canonicalType(Types.VARCHAR(255)), pg.canonicalType(Types.VARCHAR(256)));
        assertNotEquals(pg.canonicalType(Types.TEXT), pg.canonicalType(Types.VARCHAR(255)));
        assertNotEquals(pg.canonicalType(Types.raw("json")), pg.canonicalType(Types.JSON));
        assertNotEquals(pg.canonicalType(Types.TIMESTAMP), pg.canonicalType(Types.TIMESTAMP_WITH_TIME_ZONE));
        assertNotEquals(pg.canonicalType(Types.TIMESTAMP(3)), pg.canonicalType(Types.TIMESTAMP(6)));
        assertNotEquals(pg.canonicalType(Types.INTEGER), pg.canonicalType(Types.BIGINT));
        assertNotEquals(pg.canonicalType(Types.NUMERIC(12, 2)), pg.canonicalType(Types.NUMERIC(12, 3)));
    }

    @Test
    void normalizesDefaults() {
        assertEquals("'abc'", pg.normalizeDefault("'abc'::character varying"));
        assertEquals("'abc'", pg.normalizeDefault("'abc'"));
        assertEquals("0", pg.normalizeDefault("'0'::integer"));
        assertEquals("0", pg.normalizeDefault("(0)"));
        assertEquals("0", pg.normalizeDefault("0"));
        assertEquals("-1", pg.normalizeDefault("'-1'::integer"));
        assertEquals("-1", pg.normalizeDefault("(-1)"));
        assertEquals("1.50", pg.normalizeDefault("1.50"));
        assertEquals("'0'", pg.normalizeDefault("'0'::character varying"));
        assertEquals("'O''Brien'", pg.normalizeDefault("'O''Brien'::text"));
        assertEquals("'a::b'", pg.normalizeDefault("'a::b'::text"));
        assertEquals("current_timestamp", pg.normalizeDefault("CURRENT_TIMESTAMP"));
        assertEquals("now()", pg.normalizeDefault("now()"));
        assertEquals("true", pg.normalizeDefault("true"));
        assertEquals("'2020-01-01'", pg.normalizeDefault("'2020-01-01'::date"));
        assertEquals("'{}'", pg.normalizeDefault("'{}'::jsonb"));
        assertNull(pg.normalizeDefault("nextval('users_id_seq'::regclass)"));
        assertNull(pg.normalizeDefault("NULL::character varying"));
        assertNull(pg.normalizeDefault("NULL"));
        assertNull(pg.normalizeDefault(null));
        assertNull(pg.normalizeDefault("  "));
    }

    /** What PostgreSQL prints, written as Hibernate writes it; a cast that means something keeps the text as it is. */
    @Test
    void checksFromTheCatalogAreWrittenAsHibernateWritesThem() {
        assertEquals(
                "status in ('A', 'B')",
                pg.portableCheck(
                        "((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))"));
        assertEquals("p >= 0", pg.portableCheck("(p >= (0)::numeric)"));
        assertEquals("(d < (now())::date)", pg.portableCheck("(d < (now())::date)"));
        assertEquals("\"Mixed\" > 0", pg.portableCheck("(\"Mixed\" > 0)"));
        assertEquals("\"order\" > 0", pg.portableCheck("(\"order\" > 0)"));
    }
}
