package dev.autogen.diff.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TableGlobsTest {

    private static final List<String> TABLES =
            List.of("users", "user_roles", "flyway_schema_history", "qrtz_jobs", "a.b", "x_y");

    private static List<String> managed(TableGlobs globs) {
        return TABLES.stream().filter(globs).toList();
    }

    @Test
    void withoutPatternsEveryTableIsManaged() {
        assertEquals(TABLES, managed(TableGlobs.all()));
    }

    @Test
    void includeKeepsOnlyMatchingTables() {
        assertEquals(List.of("users", "user_roles"), managed(new TableGlobs(List.of("user*"), List.of())));
        assertEquals(List.of("users", "qrtz_jobs"), managed(new TableGlobs(List.of("users", "qrtz_*"), List.of())));
    }

    @Test
    void excludeWinsOverInclude() {
        assertEquals(
                List.of("users", "a.b", "x_y"),
                managed(new TableGlobs(List.of(), List.of("flyway_*", "qrtz_*", "user_*"))));
        assertEquals(List.of("user_roles"), managed(new TableGlobs(List.of("user*"), List.of("users"))));
    }

    @Test
    void globsMatchTheWholeNameIgnoringCaseWithOnlyStarAndQuestionMarkSpecial() {
        assertTrue(TableGlobs.matches("USERS", "users"));
        assertTrue(TableGlobs.matches("user?", "users"));
        assertFalse(TableGlobs.matches("user?", "user_roles"));
        assertFalse(TableGlobs.matches("user", "users"));
        assertTrue(TableGlobs.matches("a.b", "a.b"));
        assertFalse(TableGlobs.matches("a.b", "axb"));
        assertTrue(TableGlobs.matches("x_y", "x_y"));
        assertFalse(TableGlobs.matches("x_y", "xzy"));
        assertTrue(Stream.of("*", "**", "*s", "u*s").allMatch(g -> TableGlobs.matches(g, "users")));
    }
}
