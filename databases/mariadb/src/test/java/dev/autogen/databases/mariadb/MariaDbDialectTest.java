package dev.autogen.databases.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.ReferentialAction;
import dev.autogen.core.model.TypeKind;
import dev.autogen.runtime.Types;
import org.junit.jupiter.api.Test;

class MariaDbDialectTest {

    private final MariaDbDialect maria = MariaDbDialect.MARIADB;
    private final MariaDbDialect mysql = MariaDbDialect.MYSQL;

    @Test
    void namesAndTransactions() {
        assertEquals("mariadb", maria.name());
        assertEquals("mysql", mysql.name());
        assertFalse(maria.supportsTransactionalDdl());
        assertFalse(mysql.supportsTransactionalDdl());
        assertTrue(maria.hasSequences());
        assertFalse(mysql.hasSequences());
    }

    @Test
    void quotesWithBackticksOnlyWhenNeeded() {
        assertEquals("users", maria.quote("users"));
        assertEquals("UserAccount", maria.quote("UserAccount"));
        assertEquals("`order`", maria.quote("order"));
        assertEquals("`Order`", maria.quote("Order"));
        assertEquals("`key`", maria.quote("key"));
        assertEquals("`rank`", maria.quote("rank"));
        assertEquals("`my table`", maria.quote("my table"));
        assertEquals("`1abc`", maria.quote("1abc"));
        assertEquals("`a``b`", maria.quote("a`b"));
        assertEquals("name", maria.quote("name"));
        assertEquals("user", maria.quote("user")); // a key word, but not reserved: mysql.user is a table
    }

    @Test
    void literalsDoubleQuotesAndBackslashes() {
        assertEquals("'O''Brien'", maria.quoteLiteral("O'Brien"));
        assertEquals("'C:\\\\dir'", maria.quoteLiteral("C:\\dir"));
        assertEquals("''", maria.quoteLiteral(""));
    }

    @Test
    void namesKeepTheirCaseAndCompareExactly() {
        assertEquals("UserAccount", maria.foldIdentifier("UserAccount"));
        assertNotEquals(maria.nameKey("Users"), maria.nameKey("users"));
    }

    @Test
    void restrictIsNoAction() {
        assertEquals(ReferentialAction.NO_ACTION, maria.canonicalAction(ReferentialAction.RESTRICT));
        assertEquals(ReferentialAction.NO_ACTION, maria.canonicalAction(ReferentialAction.NO_ACTION));
        assertEquals(ReferentialAction.CASCADE, mysql.canonicalAction(ReferentialAction.CASCADE));
    }

    @Test
    void rendersAsHibernate() {
        assertEquals("bit", maria.renderType(Types.BOOLEAN));
        assertEquals("tinyint", maria.renderType(Types.TINYINT));
        assertEquals("integer", maria.renderType(Types.INTEGER));
        assertEquals("bigint", maria.renderType(Types.BIGINT));
        assertEquals("float(53)", maria.renderType(Types.FLOAT(53)));
        assertEquals("double precision", maria.renderType(Types.DOUBLE));
        assertEquals("decimal(12,2)", maria.renderType(Types.NUMERIC(12, 2)));
        assertEquals("decimal(38,2)", maria.renderType(ColumnType.of(TypeKind.DECIMAL)));
        assertEquals("varchar(255)", maria.renderType(Types.VARCHAR(255)));
        assertEquals("varchar(16383)", maria.renderType(Types.VARCHAR(16_383)));
        assertEquals("text", maria.renderType(Types.VARCHAR(16_384)));
        assertEquals("mediumtext", maria.renderType(Types.VARCHAR(65_536)));
        assertEquals("longtext", maria.renderType(Types.VARCHAR(20_000_000)));
        assertEquals("varchar(3)", maria.renderType(Types.CHAR(3)));
        assertEquals("varchar(40) character set utf8mb4", maria.renderType(Types.NVARCHAR(40)));
        assertEquals("longtext", maria.renderType(Types.TEXT));
        assertEquals("longtext", maria.renderType(Types.CLOB));
        assertEquals("binary(16)", maria.renderType(Types.BINARY(16)));
        assertEquals("varbinary(255)", maria.renderType(Types.VARBINARY(255)));
        assertEquals("mediumblob", maria.renderType(Types.VARBINARY(65_536)));
        assertEquals("longblob", maria.renderType(Types.BLOB));
        assertEquals("time(0)", maria.renderType(Types.TIME));
        assertEquals("datetime(6)", maria.renderType(Types.TIMESTAMP));
        // Hibernate stores Instant and OffsetDateTime as datetime here (normalised to UTC)
        assertEquals("datetime(6)", maria.renderType(Types.TIMESTAMP_WITH_TIME_ZONE));
        assertEquals("uuid", maria.renderType(Types.UUID));
        assertEquals("binary(16)", mysql.renderType(Types.UUID));
        assertEquals("json", maria.renderType(Types.JSON));
        assertEquals("enum('A','B')", maria.renderType(Types.raw("enum('A','B')")));
    }

    @Test
    void parsesColumnTypeAsReported() {
        assertEquals(Types.BIGINT, maria.parseType("bigint(20)"));
        assertEquals(Types.INTEGER, maria.parseType("int(11)"));
        assertEquals(Types.SMALLINT, maria.parseType("smallint(6)"));
        assertEquals(Types.TINYINT, maria.parseType("tinyint(4)"));
        assertEquals(Types.TINYINT, maria.parseType("tinyint(1)"));
        assertEquals(Types.BOOLEAN, maria.parseType("bit(1)"));
        assertEquals(Types.VARCHAR(255), maria.parseType("varchar(255)"));
        assertEquals(Types.DECIMAL(10, 2), maria.parseType("decimal(10,2)"));
        assertEquals(Types.TIMESTAMP(6), maria.parseType("datetime(6)"));
        assertEquals(Types.TIMESTAMP(0), maria.parseType("datetime"));
        assertEquals(Types.raw("timestamp(6)"), maria.parseType("timestamp(6)"));
        assertEquals(Types.TIME(0), maria.parseType("time"));
        assertEquals(Types.DOUBLE, maria.parseType("double"));
        assertEquals(Types.FLOAT(24), maria.parseType("float"));
        assertEquals(Types.TEXT, maria.parseType("longtext"));
        assertEquals(Types.LONGVARBINARY, maria.parseType("longblob"));
        assertEquals(Types.UUID, maria.parseType("uuid"));
        assertEquals(Types.BINARY(16), mysql.parseType("binary(16)"));
        assertEquals(Types.JSON, mysql.parseType("json"));
        assertEquals(Types.DATE, maria.parseType("date"));
    }

    @Test
    void parsesWhatHibernateRenders() {
        assertEquals(Types.INTEGER, maria.parseType("integer"));
        assertEquals(Types.BOOLEAN, maria.parseType("bit"));
        assertEquals(Types.DOUBLE, maria.parseType("float(53)"));
        assertEquals(Types.DOUBLE, maria.parseType("double precision"));
        assertEquals(Types.DOUBLE, maria.parseType("real"));
        assertEquals(Types.TIMESTAMP(6), maria.parseType("DATETIME(6)"));
        assertEquals(Types.VARCHAR(40), maria.parseType("varchar(40) character set utf8mb4"));
    }

    @Test
    void nativeEnumsAreThePortableEnum() {
        assertEquals(Types.ENUM("A", "B", "it's"), maria.parseType("enum('A','B','it''s')"));
        assertEquals("enum ('A','B','it''s')", maria.renderType(Types.ENUM("A", "B", "it's")));
        assertEquals(maria.canonicalType(Types.ENUM("A", "B")), maria.canonicalType(Types.raw("enum('A','B')")));
    }

    @Test
    void whatNoPortableTypeRendersStaysRaw() {
        assertEquals(Types.raw("char(2)"), maria.parseType("char(2)"));
        assertEquals(Types.raw("mediumtext"), maria.parseType("mediumtext"));
        assertEquals(Types.raw("text"), maria.parseType("text"));
        assertEquals(Types.raw("blob"), maria.parseType("blob"));
        assertEquals(Types.raw("bigint(20) unsigned"), maria.parseType("bigint(20) unsigned"));
        assertEquals(Types.raw("varchar(20000)"), maria.parseType("varchar(20000)"));
        assertEquals(Types.raw("uuid"), mysql.parseType("uuid"));
        assertEquals(Types.raw("year(4)"), maria.parseType("year(4)"));
    }

    @Test
    void canonicalFormsMatchAliases() {
        assertEquals(maria.canonicalType(Types.raw("bigint(20)")), maria.canonicalType(Types.BIGINT));
        assertEquals(maria.canonicalType(Types.raw("int(11)")), maria.canonicalType(Types.INTEGER));
        assertEquals(maria.canonicalType(Types.raw("bit(1)")), maria.canonicalType(Types.BOOLEAN));
        assertEquals(maria.canonicalType(Types.FLOAT(53)), maria.canonicalType(Types.DOUBLE));
        assertEquals(maria.canonicalType(Types.REAL), maria.canonicalType(Types.DOUBLE));
        assertEquals(maria.canonicalType(Types.FLOAT(23)), maria.canonicalType(Types.FLOAT(1)));
        assertEquals(maria.canonicalType(Types.DECIMAL(12, 2)), maria.canonicalType(Types.NUMERIC(12, 2)));
        assertEquals(maria.canonicalType(Types.raw("numeric(10)")), maria.canonicalType(Types.DECIMAL(10, 0)));
        assertEquals(maria.canonicalType(Types.raw("datetime")), maria.canonicalType(Types.TIMESTAMP(0)));
        assertEquals(maria.canonicalType(Types.raw("time")), maria.canonicalType(Types.TIME));
        assertEquals(maria.canonicalType(Types.NVARCHAR(40)), maria.canonicalType(Types.VARCHAR(40)));
        assertEquals(
                maria.canonicalType(Types.raw("VARCHAR ( 40 ) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")),
                maria.canonicalType(Types.VARCHAR(40)));
        assertEquals(maria.canonicalType(Types.JSON), maria.canonicalType(Types.raw("longtext")));
        assertEquals(maria.canonicalType(Types.NCLOB), maria.canonicalType(Types.raw("longtext")));
        assertEquals(
                maria.canonicalType(Types.raw("enum ('A', 'B')")), maria.canonicalType(Types.raw("enum('A','B')")));
        assertEquals(maria.canonicalType(Types.raw("bool")), maria.canonicalType(Types.raw("tinyint(1)")));
        assertEquals(
                maria.canonicalType(Types.raw("int(10) unsigned")), maria.canonicalType(Types.raw("int unsigned")));

        assertNotEquals(
                maria.canonicalType(Types.raw("enum('a','b')")), maria.canonicalType(Types.raw("enum('A','B')")));
        assertNotEquals(mysql.canonicalType(Types.JSON), mysql.canonicalType(Types.TEXT));
        assertNotEquals(maria.canonicalType(Types.VARCHAR(255)), maria.canonicalType(Types.VARCHAR(256)));
        assertEquals(maria.canonicalType(Types.TIMESTAMP), maria.canonicalType(Types.TIMESTAMP_WITH_TIME_ZONE));
        assertNotEquals(maria.canonicalType(Types.TIMESTAMP), maria.canonicalType(Types.raw("timestamp(6)")));
        assertNotEquals(maria.canonicalType(Types.TIMESTAMP(3)), maria.canonicalType(Types.TIMESTAMP(6)));
        assertNotEquals(maria.canonicalType(Types.raw("int unsigned")), maria.canonicalType(Types.INTEGER));
        assertNotEquals(maria.canonicalType(Types.FLOAT(24)), maria.canonicalType(Types.FLOAT(25)));
    }

    @Test
    void checksCompareAsMariaDbPrintsThem() {
        assertEquals(maria.normalizeCheck("price >= 0"), maria.normalizeCheck("`price` >= 0"));
        assertEquals(
                maria.normalizeCheck("kind <> 'CAT' or (lives is not null)"),
                maria.normalizeCheck("`kind` <> 'CAT' or `lives` is not null"));
        assertEquals(maria.normalizeCheck("status in ('A','B')"), maria.normalizeCheck("`status` in ('A','B')"));
        assertEquals(maria.normalizeCheck("x between 0 and 2"), maria.normalizeCheck("(`x` between 0 and 2)"));
        assertEquals(maria.normalizeCheck("kind in ('A')"), mysql.normalizeCheck("(`kind` in (_utf8mb4'A'))"));
        assertEquals(maria.normalizeCheck("status in ('A','b')"), maria.normalizeCheck("`status` IN ('A', 'b')"));
        assertEquals(maria.normalizeCheck("(a or b) and c"), maria.normalizeCheck("(a or b) and (c)"));
        assertNotEquals(maria.normalizeCheck("a or (b and c)"), maria.normalizeCheck("(a or b) and (c)"));
        assertEquals(maria.normalizeCheck("(a + 1) * 2 > 0"), maria.normalizeCheck("((a + 1) * 2 > 0)"));
        assertNotEquals(maria.normalizeCheck("a + 1 * 2 > 0"), maria.normalizeCheck("((a + 1) * 2 > 0)"));
        assertEquals(maria.normalizeCheck("not (a = 1 or b = 2)"), maria.normalizeCheck("not (`a` = 1 or `b` = 2)"));
        assertEquals("char_length(name) > 0", maria.normalizeCheck("char_length(`name`) > 0"));
        // MariaDB prints '' in a literal as \', spaces operators and stores a one-value IN as =
        assertEquals(maria.normalizeCheck("note <> 'it''s'"), maria.normalizeCheck("`note` <> 'it\\'s'"));
        assertNotEquals(maria.normalizeCheck("note <> 'it''s'"), maria.normalizeCheck("`note` <> 'its'"));
        assertEquals(maria.normalizeCheck("leg_order>=0"), maria.normalizeCheck("`leg_order` >= 0"));
        assertEquals(maria.normalizeCheck("type in ('group')"), maria.normalizeCheck("`type` = 'group'"));
        assertEquals(maria.normalizeCheck("length(name) > 0"), maria.normalizeCheck("octet_length(`name`) > 0"));
        assertNotEquals(maria.normalizeCheck("a > 0"), maria.normalizeCheck("a >= 0"));
    }

    @Test
    void checksFromTheCatalogAreWrittenAsHibernateWritesThem() {
        assertEquals("type = 'group'", maria.portableCheck("`type` = 'group'"));
        assertEquals(
                "(status in ('A', 'B')) and (length(name) > 0)",
                maria.portableCheck("`status` in ('A','B') and octet_length(`name`) > 0"));
        assertEquals("`order` >= 0", maria.portableCheck("`order` >= 0"));
        assertEquals("`s` <> 'a\\\\b'", maria.portableCheck("`s` <> 'a\\\\b'"));
    }

    @Test
    void currentTimestampTakesTheColumnsPrecision() {
        assertEquals(
                maria.normalizeDefault("CURRENT_TIMESTAMP", ColumnType.withPrecision(TypeKind.TIMESTAMP, 6)),
                maria.normalizeDefault("current_timestamp(6)", ColumnType.withPrecision(TypeKind.TIMESTAMP, 6)));
        assertNotEquals(
                maria.normalizeDefault("CURRENT_TIMESTAMP(3)", ColumnType.withPrecision(TypeKind.TIMESTAMP, 6)),
                maria.normalizeDefault("current_timestamp(6)", ColumnType.withPrecision(TypeKind.TIMESTAMP, 6)));
    }

    @Test
    void normalizesDefaultsAsReported() {
        assertNull(maria.normalizeDefault("NULL"));
        assertNull(maria.normalizeDefault(null));
        assertNull(maria.normalizeDefault(" "));
        assertEquals("'draft'", maria.normalizeDefault("'draft'"));
        assertEquals("'O''Brien'", maria.normalizeDefault("'O''Brien'"));
        assertEquals("'O''Brien'", maria.normalizeDefault("'O\\'Brien'"));
        assertEquals("'a\\b'", maria.normalizeDefault("'a\\\\b'"));
        assertEquals("'it''s' || 'x'", maria.normalizeDefault("'it''s' || 'x'"));
        assertEquals("0", maria.normalizeDefault("0.00"));
        assertEquals("9.99", maria.normalizeDefault("9.990"));
        assertEquals("0", maria.normalizeDefault("0"));
        assertEquals("-1", maria.normalizeDefault("(-1)"));
        assertEquals("1", maria.normalizeDefault("'1'"));
        assertEquals("1", maria.normalizeDefault("b'1'"));
        assertEquals("1", maria.normalizeDefault("true"));
        assertEquals("0", maria.normalizeDefault("FALSE"));
        assertEquals("5", maria.normalizeDefault("b'101'"));
        assertEquals("current_timestamp", maria.normalizeDefault("current_timestamp()"));
        assertEquals("current_timestamp", maria.normalizeDefault("CURRENT_TIMESTAMP"));
        assertEquals("current_timestamp", maria.normalizeDefault("now()"));
        assertEquals("current_timestamp(6)", maria.normalizeDefault("current_timestamp(6)"));
        assertEquals("current_timestamp(6)", maria.normalizeDefault("NOW(6)"));
        assertEquals("current_date", maria.normalizeDefault("curdate()"));
        assertEquals("'Draft'", maria.normalizeDefault("'Draft'"));
        assertEquals("uuid()", maria.normalizeDefault("UUID()"));
    }
}
