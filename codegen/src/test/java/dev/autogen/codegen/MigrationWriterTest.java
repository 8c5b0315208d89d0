package dev.autogen.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.templates.MigrationTemplates;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationWriterTest {

    private static final Instant CREATED = Instant.parse("2025-06-01T12:00:00.123456Z");

    private static final MigrationPlan PLAN = new MigrationPlan(List.of(
            new AddColumnOp("users", Samples.col("nickname", dev.autogen.runtime.Types.VARCHAR(64))),
            new DropTableOp(Samples.tokenUsage())));

    private static RevisionInfo info(String id, String message) {
        return new RevisionInfo(id, List.of("0123456789ab"), message, CREATED);
    }

    @Test
    void slugs() {
        assertEquals("add_token_usage", MigrationWriter.slug("Add token usage"));
        assertEquals("add_token_usage", MigrationWriter.slug("  Add   token-usage!! "));
        assertEquals("creme_brulee_fur_arzte", MigrationWriter.slug("Crème brûlée für Ärzte"));
        assertEquals("", MigrationWriter.slug("添加表"));
        assertEquals("", MigrationWriter.slug(""));
        assertEquals("", MigrationWriter.slug(null));
        assertEquals("123", MigrationWriter.slug("123"));
        assertEquals("subject_line", MigrationWriter.slug("\n  \nSubject line\n\nBody text"));
        assertEquals(
                "add_a_very_long_message_that_keeps_going",
                MigrationWriter.slug("Add a very long message that keeps going well past forty characters"));
        assertEquals("a".repeat(40), MigrationWriter.slug("a".repeat(50) + " b"));
    }

    @Test
    void classAndFileNames() {
        assertEquals("AddTokenUsage_3f2a9c1d7e4b", MigrationWriter.className(info("3f2a9c1d7e4b", "Add token usage")));
        assertEquals(
                "3f2a9c1d7e4b_add_token_usage.java", MigrationWriter.fileName(info("3f2a9c1d7e4b", "Add token usage")));
        assertEquals("Migration_3f2a9c1d7e4b", MigrationWriter.className(info("3f2a9c1d7e4b", "123")));
        assertEquals("3f2a9c1d7e4b_123.java", MigrationWriter.fileName(info("3f2a9c1d7e4b", "123")));
        assertEquals("Migration_3f2a9c1d7e4b", MigrationWriter.className(info("3f2a9c1d7e4b", "")));
        assertEquals("3f2a9c1d7e4b.java", MigrationWriter.fileName(info("3f2a9c1d7e4b", "")));
        assertEquals("Migration_3f2a9c1d7e4b", MigrationWriter.className(info("3f2a9c1d7e4b", "添加表")));
        assertEquals(
                "Migration2faForAdmins_3f2a9c1d7e4b",
                MigrationWriter.className(info("3f2a9c1d7e4b", "2FA for admins")));
        assertEquals("Class_0a", MigrationWriter.className(info("0a", "class")));
        for (String message : List.of("x", "_", "null", "9", "Ünïcödé", "a-b c_d", "$$$", "e" + "\u0301")) {
            String name = MigrationWriter.className(info("0123abcd4567", message));
            assertTrue(SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name), name);
        }
    }

    @Test
    void revisionIdsAreTwelveRandomHexDigits() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String id = MigrationWriter.newRevisionId();
            assertTrue(id.matches("[0-9a-f]{12}"), id);
            ids.add(id);
        }
        assertEquals(200, ids.size());
    }

    @Test
    void revisionInfoRejectsIdsThatCannotNameAFile() {
        for (String bad : List.of("", "abc-def", "a b", "../x", "é")) {
            assertThrows(IllegalArgumentException.class, () -> new RevisionInfo(bad, List.of(), "m", CREATED), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new RevisionInfo("a1", List.of(" "), "m", CREATED));
        assertThrows(NullPointerException.class, () -> new RevisionInfo("a1", List.of(), "m", null));
        assertEquals("", new RevisionInfo("a1", List.of(), null, CREATED).message());
    }

    @Test
    void sameInputsGiveTheSameBytes() {
        RevisionInfo info = info("3f2a9c1d7e4b", "Add token usage");
        String first = new MigrationWriter(null).render(info, PLAN);
        MigrationWriter writer = new MigrationWriter(null);
        assertEquals(first, writer.render(info, PLAN));
        assertEquals(first, writer.render(info, PLAN));
        assertNotEquals(first, writer.render(info("3f2a9c1d7e4c", "Add token usage"), PLAN));
        assertFalse(first.contains("\r"), "line breaks are \\n");
        assertTrue(first.endsWith("}\n") && !first.endsWith("\n\n"), "ends with one line break");
        assertTrue(first.lines().noneMatch(l -> !l.equals(l.stripTrailing())), "no trailing spaces");
    }

    /**
     * Every control character and line separator, with {@code \}{@code u} escapes and comment ends around it, in the
     * message, a table name, a column name and a comment: the file compiles, and the annotation and every call carry
     * the exact text.
     */
    @Test
    void everyControlCharacterInMessagesNamesAndCommentsCompilesExactly(@TempDir Path dir) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp < 0x20; cp++) {
            all.append((char) cp).append("\\u000a */ \" // ");
        }
        all.append("\u007f\u0085\u2028\u2029 end");
        String text = all.toString();
        MigrationPlan plan = new MigrationPlan(List.of(new AddColumnOp(
                "t" + text,
                Samples.col("c" + text, dev.autogen.runtime.Types.VARCHAR(64)).withComment(text))));
        RevisionInfo info = new RevisionInfo("a1b2c3d4e5f6", List.of(), text, CREATED);
        String source = new MigrationWriter(null).render(info, plan);
        CompiledMigrations.compileAndCheck(dir, List.of(new CompiledMigrations.Generated(info, plan, source)));
    }

    @Test
    void messagesAndRevisesAreSanitisedInJavadocAndExactInTheAnnotation(@TempDir Path dir) throws Exception {
        String message = String.join(
                "\n",
                "Fix */ comments",
                "@deprecated tag, {@link Foo} and <b>bold</b> & co",
                "unicode \\u000a escape, \\u0022 quote and \\\\u0041",
                "tab\there, $className #if(true) x #end ${upgradeBody} é中 \u2028 after LS",
                "\u0000 nul \u001b esc\r\nCRLF line */");
        RevisionInfo info = new RevisionInfo("5e6f708192a3", List.of("*/ x", "a\\u0041"), message, CREATED);
        String source = new MigrationWriter(null).render(info, PLAN);
        assertTrue(source.contains("""
                 * Fix *&#47; comments
                 * &#64;deprecated tag, {&#64;link Foo} and &lt;b&gt;bold&lt;/b&gt; &amp; co
                 * unicode &#92;u000a escape, &#92;u0022 quote and \\&#92;u0041
                 * tab here, $className #if(true) x #end ${upgradeBody} é中
                 *  after LS
                 *   nul   esc
                 * CRLF line *&#47;
                 *
                 * Revision ID: 5e6f708192a3
                 * Revises: *&#47; x, a&#92;u0041
                """), source);
        assertEquals("FixComments_5e6f708192a3", MigrationWriter.className(info));
        CompiledMigrations.compileAndCheck(dir, List.of(new CompiledMigrations.Generated(info, PLAN, source)));
    }

    @Test
    void emptyMessageStillGivesAValidFile(@TempDir Path dir) throws Exception {
        RevisionInfo info = new RevisionInfo("6f708192a3b4", List.of(), "", CREATED);
        String source = new MigrationWriter(null).render(info, MigrationPlan.empty());
        assertTrue(source.contains("final class Migration_6f708192a3b4 implements Migration {"), source);
        CompiledMigrations.compileAndCheck(
                dir, List.of(new CompiledMigrations.Generated(info, MigrationPlan.empty(), source)));
    }

    @Test
    void writeCreatesTheFileAndNeverOverwrites(@TempDir Path dir) throws Exception {
        RevisionInfo info = info("3f2a9c1d7e4b", "Add token usage");
        MigrationWriter writer = new MigrationWriter(dir);
        Path versions = dir.resolve("versions/nested");
        Path file = writer.write(versions, info, PLAN);
        assertEquals(versions.resolve("3f2a9c1d7e4b_add_token_usage.java"), file);
        assertEquals(writer.render(info, PLAN), Files.readString(file, StandardCharsets.UTF_8));
        assertThrows(FileAlreadyExistsException.class, () -> writer.write(versions, info, PLAN));
    }

    @Test
    void scriptJavaVmInTheMigrationsFolderOverridesTheDefault(@TempDir Path dir) throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        RevisionInfo info = info("708192a3b4c5", "Custom template");
        String withDefault = new MigrationWriter(migrations).render(info, PLAN);
        assertEquals(new MigrationWriter(null).render(info, PLAN), withDefault, "no script.java.vm: default template");
        assertEquals(MigrationTemplates.DEFAULT_TEMPLATE, new MigrationWriter(migrations).templateName());

        String custom = MigrationTemplates.defaultTemplateText().replace("import dev.autogen.runtime.Migration;", """
                // Team template. Revision $revision.id()#if($destructive), review before running#end.
                import dev.autogen.runtime.Migration;""");
        Files.writeString(migrations.resolve("script.java.vm"), custom, StandardCharsets.UTF_8);
        MigrationWriter writer = new MigrationWriter(migrations);
        assertEquals("script.java.vm", writer.templateName());
        String source = writer.render(info, PLAN);
        assertTrue(source.startsWith("// Team template. Revision 708192a3b4c5, review before running.\n"), source);
        assertEquals(withDefault, source.substring(source.indexOf('\n') + 1), "otherwise the same as the default");

        Path versions = migrations.resolve("versions");
        Path file = writer.write(versions, info, PLAN);
        CompiledMigrations.compileAndCheck(
                dir.resolve("build"),
                List.of(new CompiledMigrations.Generated(info, PLAN, Files.readString(file, StandardCharsets.UTF_8))));
    }

    @Test
    void missingMigrationsFolderMeansTheDefaultTemplate(@TempDir Path dir) {
        RevisionInfo info = info("9a3b4c5d6e7f", "No folder yet");
        MigrationWriter writer = new MigrationWriter(dir.resolve("does/not/exist"));
        assertEquals(MigrationTemplates.DEFAULT_TEMPLATE, writer.templateName());
        assertEquals(new MigrationWriter(null).render(info, PLAN), writer.render(info, PLAN));
    }

    @Test
    void inAPackageTheFileIsNamedAfterItsClassAndDeclaresThePackage(@TempDir Path dir) throws Exception {
        RevisionInfo info = info("3f2a9c1d7e4b", "Add token usage");
        MigrationWriter writer = new MigrationWriter(null).inPackage("com.example.db.migrations");
        Path sources = dir.resolve("src/main/java/com/example/db/migrations");

        Path file = writer.write(sources, info, PLAN);

        assertEquals(sources.resolve("AddTokenUsage_3f2a9c1d7e4b.java"), file);
        String source = Files.readString(file);
        assertTrue(source.startsWith("package com.example.db.migrations;\n\nimport "), source);
        assertEquals(new MigrationWriter(null).render(info, PLAN), source.substring(source.indexOf("import ")));
        assertEquals(
                "\"com..db\" is not a Java package name",
                assertThrows(IllegalArgumentException.class, () -> writer.inPackage("com..db"))
                        .getMessage());
    }

    /** A {@code script.java.vm} copied before templates had {@code $packageName} still gives a class in its package. */
    @Test
    void aUserTemplateWithoutThePackageLineStillDeclaresThePackage(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("script.java.vm"),
                "// $revision.id()\nfinal class $className {}\n",
                StandardCharsets.UTF_8);
        assertEquals(
                "package com.example.db;\n\n// 8192a3b4c5d6\nfinal class X_8192a3b4c5d6 {}\n",
                new MigrationWriter(dir).inPackage("com.example.db").render(info("8192a3b4c5d6", "x"), PLAN));
        Files.writeString(
                dir.resolve("script.java.vm"),
                "package ${packageName};\nfinal class $className {}\n",
                StandardCharsets.UTF_8);
        assertEquals(
                "package com.example.db;\nfinal class X_8192a3b4c5d6 {}\n",
                new MigrationWriter(dir).inPackage("com.example.db").render(info("8192a3b4c5d6", "x"), PLAN));
    }

    @Test
    void unknownReferenceInAUserTemplateFails(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("script.java.vm"), "class $className { $nope }\n", StandardCharsets.UTF_8);
        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> new MigrationWriter(dir).render(info("8192a3b4c5d6", "x"), PLAN));
        assertTrue(e.getMessage().contains(dir.resolve("script.java.vm").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("$nope"), e.getMessage());
    }

    @Test
    void dependsOnAndBranchLabelsAreWrittenOnlyWhenPresent(@TempDir Path dir) throws Exception {
        RevisionInfo info = new RevisionInfo(
                "a3b4c5d6e7f8",
                List.of("0123456789ab"),
                List.of("fedcba987654"),
                List.of("reports", "audit-v2"),
                "Report tables",
                CREATED);
        String source = new MigrationWriter(null).render(info, MigrationPlan.empty());
        assertTrue(source.contains("""
                @Revision(
                        id = "a3b4c5d6e7f8",
                        revises = {"0123456789ab"},
                        dependsOn = {"fedcba987654"},
                        branchLabels = {"reports", "audit-v2"},
                        message = "Report tables",
                """), source);
        assertFalse(new MigrationWriter(null)
                .render(info("b4c5d6e7f8a9", "plain"), PLAN)
                .contains("dependsOn"));
        CompiledMigrations.compileAndCheck(
                dir, List.of(new CompiledMigrations.Generated(info, MigrationPlan.empty(), source)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RevisionInfo("a1", List.of(), List.of(), List.of("has@at"), "m", CREATED));
    }

    @Test
    void aTemplateThatDropsDependsOnIsRefused(@TempDir Path dir) throws Exception {
        String old =
                MigrationTemplates.defaultTemplateText().replaceAll("(?s)#if\\(\\$dependsOnLiteral\\).*?#end\n", "");
        Files.writeString(dir.resolve("script.java.vm"), old, StandardCharsets.UTF_8);
        RevisionInfo info = new RevisionInfo(
                "c5d6e7f8a9b0",
                List.of("0123456789ab"),
                List.of("fedcba987654"),
                List.of(),
                "needs a dependency",
                CREATED);
        IllegalStateException e =
                assertThrows(IllegalStateException.class, () -> new MigrationWriter(dir).render(info, PLAN));
        assertEquals(
                "the migration template " + dir.toAbsolutePath().normalize().resolve("script.java.vm")
                        + " does not write dependsOn; add 'dependsOn = $dependsOnLiteral,' to its @Revision (see the default"
                        + " template)",
                e.getMessage());
        new MigrationWriter(dir).render(info("d6e7f8a9b0c1", "no dependency"), PLAN);
    }
}
