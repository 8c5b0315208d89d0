package dev.autogen.databases.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteCheckTest {

    @Test
    void findsColumnAndTableChecksWithTheirNames() {
        List<SqliteCheck> checks = SqliteCheck.parse("CREATE TABLE t (a int CHECK (a > 0), \"b c\" text "
                + "constraint ck_b check (\"b c\" in ('x)', 'y')), d int, CONSTRAINT \"ck d\" CHECK ((d + a) < 10))");
        assertEquals(
                List.of(
                        new SqliteCheck(null, "a > 0"),
                        new SqliteCheck("ck_b", "\"b c\" in ('x)', 'y')"),
                        new SqliteCheck("ck d", "(d + a) < 10")),
                checks);
    }

    @Test
    void noChecks() {
        assertEquals(List.of(), SqliteCheck.parse("create table t (a int, checked int)"));
        assertEquals(List.of(), SqliteCheck.parse(null));
    }
}
