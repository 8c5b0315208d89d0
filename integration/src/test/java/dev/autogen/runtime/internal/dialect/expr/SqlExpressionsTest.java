package dev.autogen.core.sql.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.autogen.databases.postgresql.PostgresDialect;
import dev.autogen.databases.sqlite.SqliteDialect;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hibernate's check text and what PostgreSQL 15 prints back for it (pg_get_expr) normalise to the same form. */
class SqlExpressionsTest {

    private static final PostgresDialect PG = PostgresDialect.INSTANCE;

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "price >= 0 | (price >= (0)::numeric)",
                "statusS in ('NEW','ACTIVE','GONE') | ((statuss)::text = ANY ((ARRAY['NEW'::character varying, 'ACTIVE'::character varying, 'GONE'::character varying])::text[]))",
                "statusO between 0 and 2 | ((statuso >= 0) AND (statuso <= 2))",
                "kind <> 'CAT' or (lives is not null) | (((kind)::text <> 'CAT'::text) OR (lives IS NOT NULL))",
                "qty >= 0 | (qty >= 0)",
                "smallInt < 1000 | (\"smallint\" < 1000)",
                "qty * 2 | (qty * 2)",
                "x > -1 | (x > '-1'::integer)",
                "kind in ('CAR') | ((kind)::text = 'CAR'::text)",
                "name like 'a%' | ((name)::text ~~ 'a%'::text)",
                "length(code) = 3 | (length((code)::text) = 3)",
                "a + b * c > 10 | ((a + (b * c)) > 10)",
                "not (a = 1) | (NOT (a = 1))",
                "price is null or price between 1.5 and 10 | ((price IS NULL) OR ((price >= 1.5) AND (price <= (10)::numeric)))",
            })
    void hibernateTextAndPostgresRenderingAgree(String hibernate, String postgres) {
        assertEquals(PG.normalizeCheck(hibernate), PG.normalizeCheck(postgres));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "status in ('A','B') | status in ('A','B','C')",
                "price >= 0 | price > 0",
                "kind <> 'CAT' | kind <> 'cat'",
                "a and b or c | a and (b or c)",
                "\"Mixed\" > 0 | mixed > 0",
            })
    void differentConditionsStayDifferent(String a, String b) {
        assertNotEquals(PG.normalizeCheck(a), PG.normalizeCheck(b));
    }

    @Test
    void canonicalFormIsReadable() {
        assertEquals(
                "(status in ('A', 'B')) and (n is not null)",
                PG.normalizeCheck("status IN ('A','B') AND n IS NOT NULL"));
        assertEquals("(n >= 0) and (n <= 2)", PG.normalizeCheck("n between 0 and 2"));
        assertNull(PG.normalizeCheck(null));
    }

    @Test
    void sqliteComparesIdentifiersIgnoringCase() {
        SqliteDialect sqlite = SqliteDialect.INSTANCE;
        assertEquals(
                sqlite.normalizeCheck("(statusS in ('A','B'))"), sqlite.normalizeCheck("\"STATUSS\" IN ('A', 'B')"));
        assertNotEquals(sqlite.normalizeCheck("s in ('A')"), sqlite.normalizeCheck("s in ('a')"));
    }

    @Test
    void unreadableTextIsTidiedNotRejected() {
        assertEquals("a @@ 'b'", PG.normalizeCheck("( A  @@  'b' )"));
    }

    @Test
    void namesSkipStringLiteralsAndKeepQuotedNames() {
        assertEquals(
                Set.of("kind", "lives", "is", "not", "null", "or", "Mixed Case"),
                SqlExpressions.names(
                        "kind <> 'CAT' or \"Mixed Case\" is not null or lives is null", s -> s.toLowerCase()));
    }
}
