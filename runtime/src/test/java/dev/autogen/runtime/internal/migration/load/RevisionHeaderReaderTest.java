package dev.autogen.runtime.internal.migration.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The header reader on generated migrations and on hand-written ones that try to fool it. */
class RevisionHeaderReaderTest {

    private static RevisionHeader header(String source) {
        RevisionHeaderReader.Result result = RevisionHeaderReader.read(source);
        assertNull(result.problem(), () -> "unexpected problem: " + result.problem());
        return result.header();
    }

    private static String problem(String source) {
        RevisionHeaderReader.Result result = RevisionHeaderReader.read(source);
        assertNull(result.header(), () -> "expected no header, read " + result.header());
        assertNotNull(result.problem());
        return result.problem();
    }

    @Test
    void generatedMigration() {
        RevisionHeader header = header("""
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                import static dev.autogen.runtime.Schema.*;
                import static dev.autogen.runtime.Types.*;

                /**
                 * Start the reports branch
                 *
                 * Revision ID: 5e6f70819203
                 * Revises: 3c4d5e6f7081
                 */
                @Revision(
                        id = "5e6f70819203",
                        revises = {"3c4d5e6f7081"},
                        dependsOn = {"1a2b3c4d5e6f", "2b3c4d5e6f70"},
                        branchLabels = {"reports"},
                        message = "Start the reports branch",
                        created = "2025-03-18T09:26:53Z")
                final class StartTheReportsBranch_5e6f70819203 implements Migration {

                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("reports", column("id", BIGINT).notNull(), primaryKey("id"));
                    }

                    @Override
                    public void downgrade(Operations op) {
                        // DESTRUCTIVE: drops table "reports" and all its rows
                        op.dropTable("reports");
                    }
                }
                """);

        assertEquals(
                new RevisionHeader(
                        "StartTheReportsBranch_5e6f70819203",
                        "5e6f70819203",
                        List.of("3c4d5e6f7081"),
                        List.of("1a2b3c4d5e6f", "2b3c4d5e6f70"),
                        List.of("reports"),
                        "Start the reports branch",
                        "2025-03-18T09:26:53Z"),
                header);
    }

    @Test
    void commentsAndStringsThatLookLikeCode() {
        RevisionHeader header = header("""
                // @Revision(id = "000000000001")
                /* @Revision(id = "000000000002") } class Fake implements Migration { */
                /** {@code @Revision(id = "000000000003")} */
                @SuppressWarnings({"unchecked", "rawtypes"}) // a } in a comment
                @Revision(id = /* not "this" */ "3f2a9c1d7e4b", message = "a } and a { and // and /* in a string")
                final class Real implements Migration {
                    private static final char OPEN = '{';
                    private static final char QUOTE = '\\'';
                    private final String text = "}\\" class Other implements Migration {";
                    private final String block = '''
                            } \\''' class Hidden implements Migration {
                            ''';

                    public void upgrade(Operations op) {
                        if (true) { op.execute("}}}"); }
                    }

                    public void downgrade(Operations op) {}
                }
                """.replace("'''", "\"\"\""));

        assertEquals("3f2a9c1d7e4b", header.id());
        assertEquals("a } and a { and // and /* in a string", header.message());
        assertEquals("Real", header.className());
    }

    @Test
    void transactionalFalseIsReadPast() {
        RevisionHeader header = header("""
                @Revision(id = "3f2a9c1d7e4b", revises = {"9d1c0b7a2e55"}, message = "index", transactional = false)
                final class Index implements Migration {
                    public void upgrade(Operations op) {}

                    public void downgrade(Operations op) {}
                }
                """);
        assertEquals("3f2a9c1d7e4b", header.id());
        assertEquals("index", header.message());
    }

    @Test
    void escapesTextBlocksAndUnicodeEscapes() {
        RevisionHeader header = header("""
                \\u0040Revision(id = "3f2a9c1d7e4b",
                        message = "tab\\tquote\\" backslash\\\\ e\\u00e9 octal\\101 \\\\u0041",
                        created = '''
                            first line
                              second "line" \\
                            same line\\s
                            ''')
                class A implements dev.autogen.runtime.Migration {
                    public void upgrade(Operations op) {}
                    public void downgrade(Operations op) {}
                }
                """.replace("'''", "\"\"\""));

        assertEquals("tab\tquote\" backslash\\ e\u00e9 octalA \\u0041", header.message());
        assertEquals("first line\n  second \"line\" same line \n", header.created());
    }

    @Test
    void constantsOfTheSameFile() {
        RevisionHeader header = header("""
                package com.example.migrations;

                import dev.autogen.runtime.*;

                @dev.autogen.runtime.Revision(
                        id = Ids.THIS,
                        revises = Ids.PARENT,
                        branchLabels = {Ids.Labels.MAIN, "b" + "2",},
                        message = (Ids.PREFIX + "add " + "users"),
                        created = com.example.migrations.AddUsers.CREATED)
                public final class AddUsers implements Migration, Comparable<java.util.List<String>> {
                    static final String CREATED = "2026-01-" + "01";
                    public int compareTo(java.util.List<String> o) { return 0; }
                    public void upgrade(Operations op) {}
                    public void downgrade(Operations op) {}
                }

                final class Ids {
                    static final String THIS = "3f2a9c1d7e4b";
                    @Deprecated
                    public static final java.lang.String PARENT = "9d1c0b7a2e55";
                    private static final String PREFIX = Labels.MAIN + ": ";

                    interface Labels {
                        String MAIN = "main";
                    }
                }
                """);

        assertEquals("com.example.migrations.AddUsers", header.className());
        assertEquals("3f2a9c1d7e4b", header.id());
        assertEquals(List.of("9d1c0b7a2e55"), header.revises());
        assertEquals(List.of("main", "b2"), header.branchLabels());
        assertEquals("main: add users", header.message());
        assertEquals("2026-01-01", header.created());
        assertTrue(problem(CONSTANT_CREATED_FROM_A_NUMBER).contains("the reader does not evaluate"));
    }

    /** A string plus a number is a constant to javac, but not one the reader evaluates. */
    private static final String CONSTANT_CREATED_FROM_A_NUMBER = """
            @Revision(id = "3f2a9c1d7e4b", created = A.CREATED)
            final class A implements Migration {
                static final String CREATED = "2026-01-0" + 1;
                public void upgrade(Operations op) {}
                public void downgrade(Operations op) {}
            }
            """;

    @Test
    void nestedTypesRecordsAndEnumsAreSkipped() {
        RevisionHeader header = header("""
                @Revision(id = "3f2a9c1d7e4b", revises = {})
                final class A implements Migration {
                    enum Kind { ONE("}"), TWO { void x() {} }; Kind() {} Kind(String s) {} void x() {} }
                    record Pair(String a, String b) { Pair { java.util.Objects.requireNonNull(a); } }
                    static class Helper { static final String X = "x"; }
                    @interface Marker { String value() default "}"; }
                    static { System.out.println("{"); }
                    private final Runnable r = () -> { };
                    private final int[] numbers = {1, 2, 0x1F, 1_000, 1e-3 > 0 ? 1 : 0};
                    <T extends Comparable<T>> T max(T a, T b) { return a.compareTo(b) > 0 ? a : b; }
                    public void upgrade(Operations op) { var record = 1; Object c = A.class; }
                    public void downgrade(Operations op) {}
                }

                final class Unrelated {}
                """);

        assertEquals(List.of(), header.revises());
        assertEquals("", header.message());
    }

    @Test
    void whatTheTextDoesNotTellIsAProblem() {
        assertTrue(
                problem("final class Plain implements Migration {}").contains("no top-level class carries @Revision"));
        assertTrue(problem("""
                @Revision(id = "000000000001") final class A implements Migration {}
                @Revision(id = "000000000002") final class B implements Migration {}
                """).contains("more than one"));
        assertTrue(problem("@Revision(id = Ids.FIRST) final class A implements Migration {}")
                .contains("Ids.FIRST is not declared in this file"));
        assertTrue(
                problem("""
                @Revision(id = ID) final class A implements Migration { static final String ID = "000000000001"; }
                """).contains("ID is not declared"),
                "a member's simple name is not in scope of the class's annotation");
        assertTrue(problem("@Revision(id = String.valueOf(1)) final class A implements Migration {}")
                .contains("String.valueOf"));
        assertTrue(problem("@Revision(id = \"000000000001\") abstract class A implements Migration {}")
                .contains("not a concrete class"));
        assertTrue(problem("@Revision(id = \"000000000001\") interface A extends Migration {}")
                .contains("not a concrete class"));
        assertTrue(problem("@Revision(id = \"000000000001\") final class A extends Base {}")
                .contains("does not name Migration"));
        assertTrue(problem("""
                @Revision(id = "000000000001") final class A implements Migration {}
                final class B extends A {}
                """).contains("second migration"));
        assertTrue(problem("@Revision(id = \"000000000001\", value = \"x\") final class A implements Migration {}")
                .contains("no element value"));
        assertTrue(problem("@Revision(id = \"000000000001\", id = \"x\") final class A implements Migration {}")
                .contains("twice"));
        assertTrue(problem("@Revision final class A implements Migration {}").contains("no elements"));
        assertTrue(problem("@Revision(message = \"x\") final class A implements Migration {}")
                .contains("no id"));
        assertTrue(problem("@Revision(id = \"000000000001\") final class A implements Migration { /* }")
                .contains("comment that is not closed"));
        assertTrue(problem("@Revision(id = \"000000000001\") final class A implements Migration {")
                .contains("not closed"));
        assertTrue(problem("@Revision(id = \"0000\\q\") final class A implements Migration {}")
                .contains("invalid escape"));
        assertTrue(problem("""
                @Revision(id = A.X) final class A implements Migration { static final String X = A.X + "1"; }
                """).contains("refers to itself"));
    }
}
