package dev.autogen.introspect.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How a constraint name Hibernate chose is found in the DDL it emits. */
class SnapshotBuilderTest {

    @Test
    void aNameCountsOnlyAsAWholeWord() {
        String ddl = "create table t (a int, constraint uk_a unique (a), constraint uk_a_b$x unique (b))";
        assertTrue(SnapshotBuilder.containsWord(ddl, "uk_a"));
        assertTrue(SnapshotBuilder.containsWord(ddl, "uk_a_b$x"));
        assertTrue(SnapshotBuilder.containsWord("uk_a", "uk_a"), "the whole text");
        assertFalse(SnapshotBuilder.containsWord(ddl, "uk_"), "a prefix");
        assertFalse(SnapshotBuilder.containsWord(ddl, "a_b"), "inside a longer name");
        assertFalse(SnapshotBuilder.containsWord(ddl, "b$"), "$ belongs to the name");
        assertFalse(SnapshotBuilder.containsWord("xuk_a", "uk_a"));
        assertTrue(SnapshotBuilder.containsWord("xuk_a (uk_a)", "uk_a"), "a later occurrence");
        assertFalse(SnapshotBuilder.containsWord(ddl, ""));
    }
}
