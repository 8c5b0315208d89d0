package dev.autogen.databases.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link SqliteToken#tokenize} on top of the shared SQL lexer keeps the tokens SQLite's table parser reads. */
class SqlLexerSqliteTokenTest {

    private static String tokens(String sql) {
        return SqliteToken.tokenize(sql).stream()
                .map(t -> t + "@" + t.start() + "-" + t.end())
                .collect(Collectors.joining(" "));
    }

    @Test
    void quotesCommentsAndPunctuation() {
        assertEquals(
                "word:create@0-6 quoted:a\"b@7-13 punct:(@13-14 quoted:x y@14-19 string:it's@20-27 punct:,@27-28"
                        + " quoted:c`@39-44 punct:<@46-47 punct:>@47-48 punct:)@48-49",
                tokens("create \"a\"\"b\"([x y] 'it''s', -- c\n/**/ `c```  <>)"));
    }

    @Test
    void numbersRunThroughLettersAndDotsAndALeadingDotIsPunctuation() {
        assertEquals(
                "other:0x1F@0-4 punct:.@5-6 other:5@6-7 other:1.5e3@8-13 word:_b@13-15", tokens("0x1F .5 1.5e3_b"));
    }

    @Test
    void unterminatedQuotesRunToTheEndLosingTheirLastCharacter() {
        assertEquals(
                List.of("ab"),
                SqliteToken.tokenize("'abc").stream().map(SqliteToken::value).toList());
        assertEquals(
                List.of("ab"),
                SqliteToken.tokenize("[abc").stream().map(SqliteToken::value).toList());
        assertEquals("word:a@0-1", tokens("a /* open"));
    }
}
