package dev.autogen.databases.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import dev.autogen.runtime.Types;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.h2.util.ParserUtil;
import org.junit.jupiter.api.Test;

class H2DialectTest {

    private final H2Dialect h2 = H2Dialect.INSTANCE;

    @Test
    void quotesOnlyWhatH2WouldReadAsKeyWordOrNotAsOneName() {
        assertEquals("USERS", h2.quote("USERS"));
        assertEquals("CREATED_AT", h2.quote("CREATED_AT"));
        assertEquals("NAME", h2.quote("NAME"));
        // plain names in one case stay unquoted: H2 folds them, as it folds Hibernate's unquoted SQL
        assertEquals("users", h2.quote("users"));
        // so do mixed-case ones (Hibernate's unquoted UserAccount is H2's USERACCOUNT); marked quoted, a name keeps its
        // case
        assertEquals("UserAccount", h2.quote("UserAccount"));
        assertEquals("\"UserAccount\"", h2.quote("`UserAccount`"));
        assertEquals("\"users\"", h2.quote("`users`"));
        assertEquals("\"USER\"", h2.quote("USER"));
        assertEquals("\"user\"", h2.quote("user"));
        assertEquals("\"ORDER\"", h2.quote("ORDER"));
        assertEquals("\"VALUE\"", h2.quote("VALUE"));
        assertEquals("\"MY TABLE\"", h2.quote("MY TABLE"));
        assertEquals("\"1ABC\"", h2.quote("1ABC"));
        assertEquals("\"A\"\"B\"", h2.quote("A\"B"));
    }

    /** The key word list is H2's own: every constant between FIRST_KEYWORD and LAST_KEYWORD of its ParserUtil. */
    @Test
    void keyWordsAreH2s() throws Exception {
        Set<String> h2Keywords = new TreeSet<>();
        for (Field f : ParserUtil.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                int value = f.getInt(null);
                if (value >= ParserUtil.FIRST_KEYWORD
                        && value <= ParserUtil.LAST_KEYWORD
                        && !f.getName().endsWith("_KEYWORD")) {
                    h2Keywords.add(f.getName());
                }
            }
        }
        assertEquals(h2Keywords, new TreeSet<>(H2Dialect.KEYWORDS));
        for (String keyword : H2Dialect.KEYWORDS) {
            assertTrue(ParserUtil.isKeyword(keyword, false), keyword);
        }
        assertFalse(ParserUtil.isKeyword("NAME", false));
    }

    @Test
    void plainNamesCompareAsH2FoldsThemOthersExactly() {
        assertEquals("USERACCOUNT", h2.foldIdentifier("UserAccount"));
        assertEquals("USERACCOUNT", h2.nameKey("UserAccount"));
        assertEquals("UserAccount", h2.nameKey("`UserAccount`"));
        assertNotEquals(h2.nameKey("`TESTentity`"), h2.nameKey("`TESTENTITY`"));
        assertEquals(h2.nameKey("`TESTENTITY`"), h2.nameKey("TESTentity"));
        assertEquals("`users`", h2.fromCatalog("users"));
        assertEquals("USERS", h2.fromCatalog("USERS"));
        assertEquals(h2.nameKey("USERS"), h2.nameKey("users"));
        assertEquals("My Table", h2.nameKey("My Table"));
        assertNotEquals(h2.nameKey("My Table"), h2.nameKey("MY TABLE"));
        assertNotEquals(h2.nameKey("order"), h2.nameKey("ORDER"));
    }

    @Test
    void storedNamesAreQuotedWhereUnquotedWouldFindAnother() {
        assertEquals("CONSTRAINT_8", h2.quoteStored("CONSTRAINT_8"));
        assertEquals("\"users\"", h2.quoteStored("users"));
        assertEquals("\"ORDER\"", h2.quoteStored("ORDER"));
    }

    @Test
    void lengthAndCharLengthAreOneFunction() {
        assertEquals(h2.normalizeCheck("length(name) > 0"), h2.normalizeCheck("CHAR_LENGTH(\"NAME\") > 0"));
        assertEquals(h2.normalizeCheck("character_length(name) > 0"), h2.normalizeCheck("(LENGTH(NAME) > 0)"));
        assertNotEquals(h2.normalizeCheck("length(name) > 0"), h2.normalizeCheck("octet_length(name) > 0"));
    }

    @Test
    void ddlIsNotTransactional() {
        assertFalse(h2.supportsTransactionalDdl());
    }

    @Test
    void rendersAsHibernate() {
        assertEquals("bigint", h2.renderType(Types.BIGINT));
        assertEquals("tinyint", h2.renderType(Types.TINYINT));
        assertEquals("varchar(255)", h2.renderType(Types.VARCHAR(255)));
        assertEquals("varchar(1048576)", h2.renderType(Types.VARCHAR(1_048_576)));
        assertEquals("clob", h2.renderType(Types.VARCHAR(1_048_577)));
        assertEquals("varbinary(16)", h2.renderType(Types.VARBINARY(16)));
        assertEquals("blob", h2.renderType(Types.VARBINARY(2_000_000)));
        assertEquals("numeric(12,2)", h2.renderType(Types.NUMERIC(12, 2)));
        assertEquals("decimal(12,2)", h2.renderType(Types.DECIMAL(12, 2)));
        assertEquals("float(53)", h2.renderType(Types.FLOAT(53)));
        assertEquals("double precision", h2.renderType(Types.DOUBLE));
        assertEquals("timestamp(6)", h2.renderType(Types.TIMESTAMP));
        assertEquals("timestamp(3) with time zone", h2.renderType(Types.TIMESTAMP_WITH_TIME_ZONE(3)));
        assertEquals("time(0) with time zone", h2.renderType(Types.TIME_WITH_TIME_ZONE));
        assertEquals("clob", h2.renderType(Types.TEXT));
        assertEquals("blob", h2.renderType(Types.LONGVARBINARY));
        assertEquals("char(2)", h2.renderType(Types.NCHAR(2)));
        assertEquals("uuid", h2.renderType(Types.UUID));
        assertEquals("json", h2.renderType(Types.JSON));
        assertEquals("enum ('A','B')", h2.renderType(Types.raw("enum ('A','B')")));
    }

    @Test
    void parsesWhatInformationSchemaReports() {
        assertEquals(Types.VARCHAR(255), h2.parseType("CHARACTER VARYING(255)"));
        assertEquals(Types.CHAR(3), h2.parseType("CHARACTER(3)"));
        assertEquals(Types.BIGINT, h2.parseType("BIGINT"));
        assertEquals(Types.TINYINT, h2.parseType("TINYINT"));
        assertEquals(Types.BOOLEAN, h2.parseType("BOOLEAN"));
        assertEquals(Types.DOUBLE, h2.parseType("DOUBLE PRECISION"));
        assertEquals(Types.REAL, h2.parseType("REAL"));
        assertEquals(Types.NUMERIC(38, 2), h2.parseType("NUMERIC(38, 2)"));
        assertEquals(Types.DECIMAL(10, 2), h2.parseType("decimal(10,2)"));
        assertEquals(Types.TIMESTAMP_WITH_TIME_ZONE(6), h2.parseType("TIMESTAMP(6) WITH TIME ZONE"));
        assertEquals(Types.TIMESTAMP(3), h2.parseType("TIMESTAMP(3)"));
        assertEquals(Types.TIME(0), h2.parseType("TIME(0)"));
        assertEquals(Types.TIME_WITH_TIME_ZONE(2), h2.parseType("TIME(2) WITH TIME ZONE"));
        assertEquals(Types.UUID, h2.parseType("UUID"));
        assertEquals(Types.JSON, h2.parseType("JSON"));
        assertEquals(Types.CLOB, h2.parseType("CHARACTER LARGE OBJECT"));
        assertEquals(Types.BLOB, h2.parseType("BINARY LARGE OBJECT"));
        assertEquals(Types.BINARY(16), h2.parseType("BINARY(16)"));
        assertEquals(Types.VARBINARY(100), h2.parseType("BINARY VARYING(100)"));
        assertEquals(Types.DATE, h2.parseType("DATE"));
        // no portable kind renders these on H2
        assertEquals(Types.ENUM("A", "B"), h2.parseType("ENUM('A', 'B')"));
        assertEquals(ColumnType.raw("CHARACTER VARYING(2000000)"), h2.parseType("CHARACTER VARYING(2000000)"));
        assertEquals(ColumnType.raw("CHARACTER LARGE OBJECT(100)"), h2.parseType("CHARACTER LARGE OBJECT(100)"));
        assertEquals(ColumnType.raw("INTEGER ARRAY[3]"), h2.parseType("INTEGER ARRAY[3]"));
        assertEquals(ColumnType.raw("INTERVAL SECOND(9, 6)"), h2.parseType("INTERVAL SECOND(9, 6)"));
        assertEquals(TypeKind.RAW, h2.parseType("GEOMETRY").kind());
    }

    @Test
    void aliasesHaveOneCanonicalForm() {
        assertSame(
                "character varying(255)",
                Types.VARCHAR(255),
                Types.raw("CHARACTER VARYING(255)"),
                Types.raw("varchar2(255)"),
                Types.NVARCHAR(255));
        assertSame("character varying(1000000000)", Types.raw("varchar"), Types.raw("CHARACTER VARYING(1000000000)"));
        assertSame(
                "double precision",
                Types.FLOAT(53),
                Types.DOUBLE,
                Types.raw("float"),
                Types.raw("float8"),
                Types.raw("DOUBLE PRECISION"));
        assertSame("real", Types.FLOAT(24), Types.FLOAT(10), Types.REAL, Types.raw("float4"));
        assertSame("numeric(10,2)", Types.DECIMAL(10, 2), Types.NUMERIC(10, 2), Types.raw("NUMERIC(10, 2)"));
        assertSame("numeric(10,0)", Types.raw("numeric(10)"), Types.NUMERIC(10, 0));
        assertSame("integer", Types.INTEGER, Types.raw("int"), Types.raw("int4"));
        assertSame("boolean", Types.BOOLEAN, Types.raw("bit"), Types.raw("bool"));
        assertSame(
                "character large object",
                Types.TEXT,
                Types.CLOB,
                Types.NCLOB,
                Types.VARCHAR(1_048_577),
                Types.raw("CHARACTER LARGE OBJECT"));
        assertSame("binary large object", Types.BLOB, Types.LONGVARBINARY, Types.raw("BINARY LARGE OBJECT"));
        assertSame("binary varying(16)", Types.VARBINARY(16), Types.raw("varbinary(16)"));
        assertSame("character(1)", Types.raw("char"), Types.CHAR(1), Types.NCHAR(1));
        assertSame("timestamp(6)", Types.TIMESTAMP, Types.raw("timestamp"), Types.raw("TIMESTAMP(6)"));
        assertSame(
                "timestamp(6) with time zone",
                Types.TIMESTAMP_WITH_TIME_ZONE,
                Types.raw("timestamp with time zone"),
                Types.raw("TIMESTAMP(6) WITH TIME ZONE"));
        assertSame("time(0)", Types.TIME, Types.raw("time"));
        assertSame("json", Types.JSON, Types.raw("JSON"), Types.raw("json(1000000000)"));
        // H2 2.x makes the MySQL text types strings of its longest length, not large objects
        assertSame(
                "character varying(1000000000)",
                Types.raw("text"),
                Types.raw("longtext"),
                Types.raw("CHARACTER VARYING(1000000000)"));
        // arrays: the element type's spelling
        assertSame("character(1) array", Types.raw("char(1) array"), Types.raw("CHARACTER(1) ARRAY"));
        assertSame("integer array[3]", Types.raw("int array[3]"), Types.raw("INTEGER ARRAY[3]"));
        // enum values keep their case and order; spaces do not matter
        assertSame(
                "enum('A','b c','it''s')",
                Types.raw("enum ('A','b c','it''s')"),
                Types.raw("ENUM('A', 'b c', 'it''s')"));
        assertNotEquals(h2.canonicalType(Types.raw("enum ('A','B')")), h2.canonicalType(Types.raw("enum ('a','b')")));
        assertNotEquals(h2.canonicalType(Types.VARCHAR(10)), h2.canonicalType(Types.VARCHAR(11)));
        assertNotEquals(h2.canonicalType(Types.TIMESTAMP(3)), h2.canonicalType(Types.TIMESTAMP));
    }

    private void assertSame(String canonical, ColumnType... types) {
        for (ColumnType type : types) {
            assertEquals(canonical, h2.canonicalType(type), type.toString());
        }
    }

    @Test
    void defaultsAsH2ReportsThem() {
        assertNull(h2.normalizeDefault(null));
        assertNull(h2.normalizeDefault("NULL"));
        assertEquals("'draft'", h2.normalizeDefault("'draft'"));
        assertEquals("'O''Brien'", h2.normalizeDefault("('O''Brien')"));
        assertEquals("true", h2.normalizeDefault("TRUE"));
        assertEquals("0", h2.normalizeDefault("(0)"));
        assertEquals("current_timestamp", h2.normalizeDefault("CURRENT_TIMESTAMP"));
        // as H2 2.x reports them
        assertEquals(h2.normalizeDefault("LOCALTIMESTAMP"), h2.normalizeDefault("now()"));
        assertEquals(h2.normalizeDefault("LOCALTIMESTAMP"), h2.normalizeDefault("localtimestamp()"));
        assertEquals(h2.normalizeDefault("CURRENT_TIMESTAMP"), h2.normalizeDefault("current_timestamp()"));
        assertEquals(h2.normalizeDefault("CURRENT_DATE"), h2.normalizeDefault("curdate()"));
        assertEquals(h2.normalizeDefault("CURRENT_DATE"), h2.normalizeDefault("current_date()"));
        assertEquals(h2.normalizeDefault("CURRENT_TIME"), h2.normalizeDefault("current_time()"));
        assertEquals("random_uuid()", h2.normalizeDefault("RANDOM_UUID()"));
    }

    /** What H2 prints, written as Hibernate writes it; a cast that means something keeps the text as it is. */
    @Test
    void checksFromTheCatalogAreWrittenAsHibernateWritesThem() {
        H2Dialect h2 = H2Dialect.INSTANCE;
        assertEquals("s in ('a', 'b')", h2.portableCheck("\"S\" IN('a', 'b')"));
        assertEquals("p >= 0", h2.portableCheck("\"P\" >= CAST(0 AS NUMERIC(1))"));
        assertEquals("length(name) > 0", h2.portableCheck("CHAR_LENGTH(\"NAME\") > 0"));
        assertEquals("\"D\" < CAST(LOCALTIMESTAMP AS DATE)", h2.portableCheck("\"D\" < CAST(LOCALTIMESTAMP AS DATE)"));
        assertEquals("\"Mixed\" > 0", h2.portableCheck("\"Mixed\" > 0"));
    }
}
