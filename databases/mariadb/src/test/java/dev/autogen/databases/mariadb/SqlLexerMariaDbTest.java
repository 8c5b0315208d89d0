package dev.autogen.databases.mariadb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.autogen.core.sql.SqlLexer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** MariaDB's scanners on top of the shared SQL lexer, under {@link MariaDbDialect#LEXER_RULES}. */
class SqlLexerMariaDbTest {

    @Test
    void theDialectHandsOutItsRules() {
        assertEquals(MariaDbDialect.LEXER_RULES, MariaDbDialect.INSTANCE.lexerRules());
        assertEquals(
                1,
                SqlLexer.tokens("'it\\'s'", MariaDbDialect.INSTANCE.lexerRules())
                        .size());
    }

    @Test
    void standardStringsReadsBackslashEscapesOnlyInStringLiterals() {
        assertEquals(
                "`a\\b` = 'it''s' and \"x\\\" = 'a\\b'",
                MariaDbChecks.standardStrings("`a\\b` = 'it\\'s' and \"x\\\" = 'a\\\\b'"));
        assertEquals("a = 'open\\'", MariaDbChecks.standardStrings("a = 'open\\'"));
        assertEquals("`a = 'x'", MariaDbChecks.standardStrings("`a = 'x'"));
    }

    @Test
    void redundantParenthesesAreFoundOutsideQuotes() {
        assertEquals("a = '(x)' or b is null", MariaDbChecks.withoutRedundantParentheses("a = '(x)' or (b is null)"));
        assertEquals("`(` = 1", MariaDbChecks.withoutRedundantParentheses("(`(` = 1)"));
        assertEquals("(a + 1) * 2 > 0", MariaDbChecks.withoutRedundantParentheses("(a + 1) * 2 > 0"));
        assertEquals("x in ('a','b')", MariaDbChecks.withoutRedundantParentheses("x in ('a', 'b')"));
    }

    @Test
    void aLiteralIsOneTokenOrNone() {
        assertEquals("'O''Brien'", MariaDbDefaults.standardLiteral("'O\\'Brien'"));
        assertNull(MariaDbDefaults.standardLiteral("'a' || 'b'"));
        assertNull(MariaDbDefaults.standardLiteral("'a\\'"));
    }

    @Test
    void columnCheckFoundOutsideQuotesAndEscapes() {
        String create =
                "CREATE TABLE `t` (\n  `a``b` varchar(10) DEFAULT 'it\\' CHECK (' CHECK (`a``b` in ('x')),\n) ENGINE=InnoDB";
        assertEquals(
                Optional.of("`a``b` varchar(10) DEFAULT 'it\\' CHECK ('"),
                MariaDbColumnCheck.definitionWithoutCheck(create, "a`b"));
    }

    @Test
    void typeTextKeepsQuotedValues() {
        assertEquals("enum('A b','C')", MariaDbTypeText.normalize("ENUM ( 'A b' , 'C' )"));
    }
}
