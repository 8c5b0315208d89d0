package dev.autogen.runtime.dialect.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqliteCheckTest {

    @Test
    void findsColumnAndTableChecks() {
        List<SqliteCheck> checks = SqliteCheck.parse("CREATE TABLE t (a int CHECK (a > 0), \"b c\" text "
                + "constraint ck_b check (\"b c\" in ('x)', 'y')), d int, CONSTRAINT \"ck d\" CHECK ((d + a) < 10))");
        assertEquals(List.of("CHECK (a > 0)", "constraint ck_b check (\"b c\" in ('x)', 'y'))",
                "CONSTRAINT \"ck d\" CHECK ((d + a) < 10)"), checks.stream().map(SqliteCheck::sql).toList());
        assertTrue(checks.get(1).uses("B C"));
        assertTrue(checks.get(2).uses("a") && checks.get(2).uses("D"));
        assertFalse(checks.get(0).uses("d"));
    }

    @Test
    void noChecks() {
        assertEquals(List.of(), SqliteCheck.parse("create table t (a int, checked int)"));
        assertEquals(List.of(), SqliteCheck.parse(null));
    }
}
