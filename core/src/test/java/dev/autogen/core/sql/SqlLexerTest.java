package dev.autogen.core.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.ddl.EnumTypes;
import dev.autogen.core.sql.SqlLexer.Kind;
import dev.autogen.core.sql.SqlLexer.Rules;
import dev.autogen.core.sql.SqlLexer.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SqlLexerTest {

    private static final Rules MARIADB = Rules.STANDARD
            .withIdentifierQuotes("`\"")
            .withBackslashEscapes(true)
            .withMySqlComments();
    private static final Rules POSTGRES = Rules.STANDARD.withPostgresStrings();
    private static final Rules SQLITE = Rules.STANDARD.withIdentifierQuotes("\"`[");

    private static String kinds(String sql, Rules rules) {
        return SqlLexer.tokens(sql, rules).stream().map(Token::toString).collect(Collectors.joining(" | "));
    }

    @Test
    void tokensJoinedAreTheText() {
        String sql = "select \"A\"\"b\", 'it''s' -- note\n, x1_$ /* c */ from t where a::int <> 1.5e3 and b != .5;";
        for (Rules rules : List.of(Rules.STANDARD, MARIADB, POSTGRES, SQLITE, Rules.STANDARD.withoutComments())) {
            assertEquals(
                    sql, SqlLexer.tokens(sql, rules).stream().map(Token::text).collect(Collectors.joining()));
        }
    }

    @Test
    void standardTokens() {
        assertEquals(
                "word:select | whitespace:  | quoted:\"A\"\"b\" | symbol:, | whitespace:  | string:'it''s' | whitespace:  | comment:-- note"
                        + " | whitespace:\n | number:1.5e3 | symbol::: | word:int | symbol:<> | number:.5 | symbol:;",
                kinds("select \"A\"\"b\", 'it''s' -- note\n1.5e3::int<>.5;", Rules.STANDARD));
        Token quoted = SqlLexer.tokens("\"A\"\"b\"", Rules.STANDARD).get(0);
        assertEquals("A\"b", quoted.identifier());
        assertEquals('"', quoted.quote());
    }

    @Test
    void backtickAndBracketOnlyWhereTheRulesQuoteWithThem() {
        assertEquals("symbol:` | word:a | symbol:`", kinds("`a`", Rules.STANDARD));
        assertEquals("quoted:`a``b`", kinds("`a``b`", MARIADB));
        assertEquals("a`b", SqlLexer.tokens("`a``b`", MARIADB).get(0).identifier());
        assertEquals("quoted:[a b]", kinds("[a b]", SQLITE));
        assertEquals("a b", SqlLexer.tokens("[a b]", SQLITE).get(0).identifier());
        assertEquals("symbol:[ | word:a | symbol:]", kinds("[a]", Rules.STANDARD));
    }

    @Test
    void backslashEscapesOnlyOnMariaDb() {
        assertEquals("string:'it\\'s' | whitespace:  | word:x", kinds("'it\\'s' x", MARIADB));
        assertEquals("string:'it\\' | word:s | string:' x", kinds("'it\\'s' x", Rules.STANDARD));
        assertFalse(SqlLexer.tokens("'a\\'", MARIADB).get(0).terminated());
        assertTrue(SqlLexer.tokens("'a\\\\'", MARIADB).get(0).terminated());
    }

    @Test
    void mySqlComments() {
        assertEquals("word:a | symbol:- | symbol:- | number:1", kinds("a--1", MARIADB));
        assertEquals("word:a | comment:-- 1", kinds("a-- 1", MARIADB));
        assertEquals("word:a | comment:# x | whitespace:\n | word:b", kinds("a# x\nb", MARIADB));
        assertEquals("word:a | comment:--1", kinds("a--1", Rules.STANDARD));
        assertEquals("word:a | symbol:# | word:x", kinds("a#x", Rules.STANDARD));
    }

    @Test
    void postgresStrings() {
        assertEquals(
                "string:$$it's$$ | whitespace:  | string:$f$a$$b$f$ | whitespace:  | symbol:$ | number:1",
                kinds("$$it's$$ $f$a$$b$f$ $1", POSTGRES));
        assertEquals("string:E'a\\'b'", kinds("E'a\\'b'", POSTGRES));
        assertEquals("comment:/* a /* b */ c */ | whitespace:  | word:x", kinds("/* a /* b */ c */ x", POSTGRES));
        assertEquals(
                "comment:/* a /* b */ | whitespace:  | word:c | whitespace:  | symbol:* | symbol:/",
                kinds("/* a /* b */ c */", Rules.STANDARD));
        assertEquals("word:E | string:'a\\' | word:b | string:'", kinds("E'a\\'b'", Rules.STANDARD));
    }

    @Test
    void withoutCommentsDashesAndSlashesAreOperators() {
        assertEquals(
                "word:a | symbol:- | symbol:- | word:b | symbol:/ | symbol:* | word:c",
                kinds("a--b/*c", Rules.STANDARD.withoutComments()));
    }

    @Test
    void unterminatedQuotesAndCommentsRunToTheEnd() {
        Token string = SqlLexer.tokens("x 'abc", Rules.STANDARD).get(2);
        assertEquals(Kind.STRING, string.kind());
        assertFalse(string.terminated());
        assertEquals(6, string.end());
        Token comment = SqlLexer.tokens("/* x", Rules.STANDARD).get(0);
        assertEquals(Kind.COMMENT, comment.kind());
        assertFalse(comment.terminated());
        assertFalse(SqlLexer.tokens("[a", SQLITE).get(0).terminated());
        assertThrows(
                IllegalStateException.class,
                () -> SqlLexer.tokens("\"a", Rules.STANDARD).get(0).identifier());
    }

    @Test
    void closingParenSkipsQuotesAndComments() {
        assertEquals(10, SqlLexer.closingParen("(a, ')', b)", 0, Rules.STANDARD));
        assertEquals(11, SqlLexer.closingParen("x(f(\")\"), 1)", 1, Rules.STANDARD));
        assertEquals(8, SqlLexer.closingParen("(a -- )\n)", 0, Rules.STANDARD));
        assertEquals(6, SqlLexer.closingParen("(a -- )", 0, Rules.STANDARD.withoutComments()));
        assertEquals(-1, SqlLexer.closingParen("(a, ')", 0, Rules.STANDARD));
        assertEquals(8, SqlLexer.closingParen("(`)` , 1)", 0, MARIADB));
    }

    @Test
    void significantTokensLeaveOutBlanks() {
        assertEquals(
                List.of("a", "=", "1"),
                SqlLexer.significant(" a /* x */ = -- y\n 1 ", Rules.STANDARD).stream()
                        .map(Token::text)
                        .toList());
    }

    @Test
    void onlyIdentifierQuotes() {
        assertThrows(IllegalArgumentException.class, () -> Rules.STANDARD.withIdentifierQuotes("'"));
    }

    @Test
    void sqlTextHelpersReadThroughTheLexer() {
        assertEquals(
                "a = 'X  Y' and \"B C\" is null", SqlText.lowerOutsideQuotes("  A =  'X  Y'\tAND \"B C\" IS NULL "));
        assertEquals(8, SqlText.lastTopLevelCast("('a::b')::text"));
        assertEquals(-1, SqlText.lastTopLevelCast("(a::int)"));
        assertEquals("0", SqlText.stripOuterParens("((0))"));
        assertEquals("(a) + (b)", SqlText.stripOuterParens("(a) + (b)"));
        assertTrue(SqlText.isStringLiteral("'it''s'"));
        assertTrue(SqlText.isStringLiteral("''''"));
        assertFalse(SqlText.isStringLiteral("'''"));
        assertFalse(SqlText.isStringLiteral("'a' || 'b'"));
        assertEquals(List.of("'A'", "'it''s'"), EnumTypes.quotedValues("ENUM ( 'A' , 'it''s' )"));
        assertNull(EnumTypes.quotedValues("enum('a',)"));
        assertNull(EnumTypes.quotedValues("enum('a)"));
        assertNull(EnumTypes.quotedValues("enumx('a')"));
        assertNull(EnumTypes.quotedValues("enum()"));
    }
}
