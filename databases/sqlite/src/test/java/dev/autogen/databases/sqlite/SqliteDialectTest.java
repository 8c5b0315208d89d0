package dev.autogen.databases.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import dev.autogen.runtime.Types;
import org.junit.jupiter.api.Test;

class SqliteDialectTest {

    private final SqliteDialect sqlite = SqliteDialect.INSTANCE;

    @Test
    void quotesOnlyWhenNeeded() {
        assertEquals("users", sqlite.quote("users"));
        assertEquals("UserAccount", sqlite.quote("UserAccount"));
        assertEquals("user", sqlite.quote("user"));
        assertEquals("\"order\"", sqlite.quote("order"));
        assertEquals("\"Group\"", sqlite.quote("Group"));
        assertEquals("\"my table\"", sqlite.quote("my table"));
        assertEquals("\"a\"\"b\"", sqlite.quote("a\"b"));
    }

    @Test
    void namesKeepCaseAndCompareIgnoringIt() {
        assertEquals("UserAccount", sqlite.foldIdentifier("UserAccount"));
        assertEquals(sqlite.nameKey("USERS"), sqlite.nameKey("users"));
    }

    @Test
    void literals() {
        assertEquals("'O''Brien'", sqlite.quoteLiteral("O'Brien"));
    }

    @Test
    void rendersAsHibernate() {
        assertEquals("bigint", sqlite.renderType(Types.BIGINT));
        assertEquals("tinyint", sqlite.renderType(Types.TINYINT));
        assertEquals("varchar(255)", sqlite.renderType(Types.VARCHAR(255)));
        assertEquals("varchar(20000000)", sqlite.renderType(Types.VARCHAR(20_000_000)));
        assertEquals("numeric(38,2)", sqlite.renderType(Types.NUMERIC(38, 2)));
        assertEquals("float", sqlite.renderType(Types.FLOAT(53)));
        assertEquals("double precision", sqlite.renderType(Types.DOUBLE));
        assertEquals("timestamp", sqlite.renderType(Types.TIMESTAMP(6)));
        assertEquals("timestamp", sqlite.renderType(Types.TIMESTAMP_WITH_TIME_ZONE));
        assertEquals("time(0)", sqlite.renderType(Types.TIME));
        assertEquals("blob", sqlite.renderType(Types.UUID));
        assertEquals("clob", sqlite.renderType(Types.TEXT));
        assertEquals("clob", sqlite.renderType(Types.JSON));
        assertEquals("boolean", sqlite.renderType(Types.BOOLEAN));
    }

    @Test
    void parsesDeclaredTypes() {
        assertEquals(Types.VARCHAR(255), sqlite.parseType("varchar(255)"));
        assertEquals(Types.VARCHAR(255), sqlite.parseType("VARCHAR (255)"));
        assertEquals(Types.BIGINT, sqlite.parseType("bigint"));
        assertEquals(Types.INTEGER, sqlite.parseType("INTEGER"));
        assertEquals(ColumnType.of(TypeKind.TIMESTAMP), sqlite.parseType("timestamp"));
        assertEquals(Types.NUMERIC(38, 2), sqlite.parseType("numeric(38,2)"));
        assertEquals(Types.DECIMAL(12, 2), sqlite.parseType("decimal(12, 2)"));
        assertEquals(Types.TIME(0), sqlite.parseType("time(0)"));
        assertEquals(Types.BLOB, sqlite.parseType("blob"));
        assertEquals(Types.CLOB, sqlite.parseType("clob"));
        assertEquals(Types.DOUBLE, sqlite.parseType("double precision"));
        // what Hibernate renders for a Java double here, written as the entity side writes it (Types has no bare FLOAT)
        assertEquals(Types.FLOAT(53), sqlite.parseType("float"));
    }

    @Test
    void typesThatDoNotRoundTripStayRaw() {
        assertEquals(Types.raw("text"), sqlite.parseType("text"));
        assertEquals(Types.raw("int"), sqlite.parseType("int"));
        assertEquals(Types.raw("numeric(10)"), sqlite.parseType("numeric(10)"));
        assertEquals(Types.raw("time"), sqlite.parseType("time"));
        assertEquals(Types.raw("datetime"), sqlite.parseType("datetime"));
        assertEquals(Types.raw("varchar"), sqlite.parseType("varchar"));
    }

    @Test
    void canonicalIsTheDeclaredText() {
        assertEquals("varchar(255)", sqlite.canonicalType(Types.raw("VARCHAR( 255 )")));
        assertEquals(sqlite.canonicalType(Types.raw("VARCHAR(255)")), sqlite.canonicalType(Types.VARCHAR(255)));
        assertEquals(sqlite.canonicalType(Types.raw("numeric(12, 2)")), sqlite.canonicalType(Types.NUMERIC(12, 2)));
        assertEquals(sqlite.canonicalType(Types.raw("clob")), sqlite.canonicalType(Types.TEXT));
        assertNotEquals(sqlite.canonicalType(Types.raw("int")), sqlite.canonicalType(Types.INTEGER));
        assertNotEquals(sqlite.canonicalType(Types.raw("text")), sqlite.canonicalType(Types.TEXT));
        assertNotEquals(sqlite.canonicalType(Types.DECIMAL(12, 2)), sqlite.canonicalType(Types.NUMERIC(12, 2)));
    }

    @Test
    void everyDeclaredTypeParsesToTheSameCanonicalForm() {
        for (String declared : new String[] {
            "varchar(255)",
            "BIGINT",
            "text",
            "int",
            "timestamp",
            "time",
            "Numeric(5,1)",
            "double",
            "blob",
            "nvarchar(10)",
            "character varying(3)"
        }) {
            assertEquals(
                    sqlite.canonicalType(Types.raw(declared)),
                    sqlite.canonicalType(sqlite.parseType(declared)),
                    declared);
        }
    }

    @Test
    void normalizesDefaults() {
        assertEquals("0", sqlite.normalizeDefault("(0)"));
        assertEquals("0", sqlite.normalizeDefault("((0))"));
        assertEquals("'abc'", sqlite.normalizeDefault("'abc'"));
        assertEquals("'A B'", sqlite.normalizeDefault(" ('A B') "));
        assertEquals("current_timestamp", sqlite.normalizeDefault("CURRENT_TIMESTAMP"));
        assertEquals("datetime('now')", sqlite.normalizeDefault("(datetime('now'))"));
        assertEquals("(1) + (2)", sqlite.normalizeDefault("(1) + (2)"));
        assertNull(sqlite.normalizeDefault("NULL"));
        assertNull(sqlite.normalizeDefault(null));
    }
}
