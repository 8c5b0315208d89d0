package dev.autogen.runtime.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.internal.migration.error.CompilerUnavailableException;
import dev.autogen.runtime.internal.migration.error.DuplicateRevisionException;
import dev.autogen.runtime.internal.migration.error.InvalidMigrationException;
import dev.autogen.runtime.internal.migration.error.MigrationCompileException;
import dev.autogen.runtime.internal.migration.error.MigrationLoadException;
import dev.autogen.runtime.internal.migration.error.MissingParentRevisionException;
import dev.autogen.runtime.internal.migration.error.MissingRevisionAnnotationException;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import dev.autogen.runtime.internal.migration.load.MigrationCompiler;
import dev.autogen.runtime.internal.migration.load.MigrationLoader;
import dev.autogen.runtime.internal.migration.load.MigrationSet;
import dev.autogen.runtime.internal.migration.load.RuntimeClasspath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationLoaderTest {

    @TempDir
    Path root;

    private VersionsFolder versions() {
        return new VersionsFolder(root.resolve("migrations").resolve("versions"), true);
    }

    private Path cacheRoot() {
        return root.resolve("migrations").resolve(".autogen").resolve("classes");
    }

    private static List<Path> cacheEntries(Path cacheRoot) throws IOException {
        try (Stream<Path> entries = Files.list(cacheRoot)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void compilesLoadsAndInstantiatesEveryMigration() {
        VersionsFolder folder = versions();
        folder.migration("9d1c0b7a2e55", null, "create chats", "CREATE TABLE chats (id INTEGER)", "DROP TABLE chats");
        folder.migration(
                "3f2a9c1d7e4b", "9d1c0b7a2e55", "add token usage", "CREATE TABLE t (id INTEGER)", "DROP TABLE t");

        MigrationSet set = new MigrationLoader().load(folder.dir());

        assertFalse(set.compiled(), "the graph is read from the sources");
        assertEquals(2, set.migrations().size());
        assertTrue(set.compiled());
        RevisionNode head = set.graph().head().orElseThrow();
        assertEquals("3f2a9c1d7e4b", head.id());
        assertEquals(List.of("9d1c0b7a2e55"), head.parents());
        assertEquals("add token usage", head.message());
        assertEquals("2025-11-26T10:00:00Z", head.created());
        assertEquals(folder.dir().resolve("3f2a9c1d7e4b_add_token_usage.java").toString(), head.origin());
        Migration migration = set.migration("3f2a9c1d7e4b");
        assertEquals("AddTokenUsage_3f2a9c1d7e4b", migration.getClass().getName());
        assertEquals(Migration.class, migration.getClass().getInterfaces()[0]);
        assertEquals(cacheRoot(), set.classesDir().orElseThrow());
        assertTrue(Files.isRegularFile(root.resolve("migrations/.autogen/.gitignore")));
    }

    @Test
    void oneCompilerRunWritesOneFolderThatStaysWhileItHoldsAnUnchangedSource() throws IOException {
        VersionsFolder folder = versions();
        folder.migration("9d1c0b7a2e55", null, "create chats", "CREATE TABLE chats (id INTEGER)", "DROP TABLE chats");
        Path second = folder.migration(
                "3f2a9c1d7e4b", "9d1c0b7a2e55", "add token usage", "CREATE TABLE t (id INTEGER)", "DROP TABLE t");
        assertEquals(2, new MigrationLoader().load(folder.dir()).load(List.of("9d1c0b7a2e55", "3f2a9c1d7e4b")));
        List<Path> first = cacheEntries(cacheRoot());
        assertEquals(1, first.size(), "both sources compiled by one run, into one folder");

        // the edited source compiles alone, into a folder of its own; the first folder still serves the other, and
        // the class loaded for the edited one is the new one (the loader checks its @Revision against the text)
        Files.writeString(second, Files.readString(second).replace("add token usage", "add token counts"));
        MigrationSet edited = new MigrationLoader().load(folder.dir());
        assertEquals(1, edited.load(List.of("9d1c0b7a2e55", "3f2a9c1d7e4b")), "only the edited migration compiles");
        assertEquals("add token counts", edited.graph().get("3f2a9c1d7e4b").message());
        List<Path> after = cacheEntries(cacheRoot());
        assertEquals(2, after.size());
        assertTrue(after.containsAll(first), "the first folder stays: it holds the unchanged migration");

        // once no source needs the first folder, it goes
        Files.writeString(
                folder.dir().resolve("9d1c0b7a2e55_create_chats.java"),
                Files.readString(folder.dir().resolve("9d1c0b7a2e55_create_chats.java"))
                        .replace("create chats", "create the chats"));
        assertEquals(1, new MigrationLoader().load(folder.dir()).load(List.of("9d1c0b7a2e55", "3f2a9c1d7e4b")));
        assertFalse(cacheEntries(cacheRoot()).contains(first.get(0)), "a folder no source needs is removed");
    }

    @Test
    void unchangedSourcesCompileNothingAndOnlyNewOrChangedSourcesCompile() throws IOException {
        VersionsFolder folder = versions();
        folder.migration("9d1c0b7a2e55", null, "create chats", "CREATE TABLE chats (id INTEGER)", "DROP TABLE chats");
        MigrationSet first = new MigrationLoader().load(folder.dir());
        first.migrations();
        assertTrue(first.compiled());
        List<Path> firstFolders = cacheEntries(cacheRoot());
        assertEquals(1, firstFolders.size(), "one cache folder per compiler run");
        Path classFile = firstFolders.get(0).resolve("CreateChats_9d1c0b7a2e55.class");
        FileTime compiledAt = Files.getLastModifiedTime(classFile);

        MigrationSet second = new MigrationLoader().load(folder.dir());
        second.migrations();

        assertFalse(second.compiled());
        assertEquals(compiledAt, Files.getLastModifiedTime(classFile));
        assertEquals(firstFolders, cacheEntries(cacheRoot()));

        Path added = folder.migration(
                "3f2a9c1d7e4b", "9d1c0b7a2e55", "add token usage", "CREATE TABLE t (id INTEGER)", "DROP TABLE t");
        MigrationSet third = new MigrationLoader().load(folder.dir());
        assertEquals(1, third.load(List.of("9d1c0b7a2e55", "3f2a9c1d7e4b")), "only the new migration compiles");
        assertEquals(2, cacheEntries(cacheRoot()).size());
        assertEquals(compiledAt, Files.getLastModifiedTime(classFile));

        Files.writeString(added, Files.readString(added).replace("CREATE TABLE t", "CREATE TABLE u"));
        MigrationSet fourth = new MigrationLoader().load(folder.dir());
        assertEquals(1, fourth.load(List.of("9d1c0b7a2e55", "3f2a9c1d7e4b")), "only the edited migration compiles");
        assertEquals(2, cacheEntries(cacheRoot()).size(), "the edited migration's older cache folder is removed");

        Path newest = cacheEntries(cacheRoot()).stream()
                .filter(p -> !p.equals(firstFolders.get(0)))
                .findFirst()
                .orElseThrow();
        Files.delete(newest.resolve("autogen-classes.index"));
        MigrationSet fifth = new MigrationLoader().load(folder.dir());
        assertEquals(2, fifth.migrations().size());
        assertTrue(fifth.compiled(), "a cache folder without its index is rebuilt");
    }

    @Test
    void cachedClassesLoadWithoutACompiler() {
        VersionsFolder folder = versions();
        folder.migration("9d1c0b7a2e55", null, "create chats", "CREATE TABLE chats (id INTEGER)", "DROP TABLE chats");
        new MigrationLoader().load(folder.dir()).migrations();

        MigrationLoader noCompiler = new MigrationLoader(new MigrationCompiler(() -> null, RuntimeClasspath.entries()));
        MigrationSet set = noCompiler.load(folder.dir());

        assertEquals("9d1c0b7a2e55", set.graph().head().orElseThrow().id());
        assertEquals(
                "CreateChats_9d1c0b7a2e55",
                set.migration("9d1c0b7a2e55").getClass().getName());
        assertFalse(set.compiled());
    }

    @Test
    void missingCompilerSaysToUseAJdk() {
        VersionsFolder folder = versions();
        folder.migration("9d1c0b7a2e55", null, "create chats", "CREATE TABLE chats (id INTEGER)", "DROP TABLE chats");
        MigrationLoader noCompiler = new MigrationLoader(new MigrationCompiler(() -> null, RuntimeClasspath.entries()));

        MigrationSet set = noCompiler.load(folder.dir());
        assertEquals("9d1c0b7a2e55", set.graph().head().orElseThrow().id(), "the graph needs no compiler");

        CompilerUnavailableException e = assertThrows(CompilerUnavailableException.class, set::migrations);

        assertTrue(e.getMessage().startsWith("No Java compiler in this runtime (java.home="), e.getMessage());
        assertTrue(e.getMessage().contains("run with a JDK 17 or later instead of a JRE"), e.getMessage());
    }

    @Test
    void compileErrorNamesFileLineAndJavacMessage() {
        VersionsFolder folder = versions();
        folder.migration("9d1c0b7a2e55", null, "create chats", "CREATE TABLE chats (id INTEGER)", "DROP TABLE chats");
        Path broken = folder.file("3f2a9c1d7e4b_broken.java", """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "3f2a9c1d7e4b", revises = {"9d1c0b7a2e55"})
                final class Broken_3f2a9c1d7e4b implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.noSuchOperation("a", "b");
                    }

                    @Override
                    public void downgrade(Operations op) {}
                }
                """);

        MigrationSet set = new MigrationLoader().load(folder.dir());
        assertEquals("3f2a9c1d7e4b", set.graph().head().orElseThrow().id(), "the graph is read without compiling");
        assertEquals(
                "CreateChats_9d1c0b7a2e55",
                set.migration("9d1c0b7a2e55").getClass().getName(),
                "a migration that compiles loads though another does not");

        MigrationCompileException e =
                assertThrows(MigrationCompileException.class, () -> set.load(List.of("3f2a9c1d7e4b")));

        assertEquals(broken.toString(), e.file());
        assertEquals(9, e.line());
        assertTrue(
                e.getMessage().startsWith("Migration " + broken + ":9 does not compile: cannot find symbol"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("; fix the file and run again"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        assertEquals(1, e.errors().size());
        try (Stream<Path> left = Files.list(cacheRoot())) {
            assertEquals(1, left.count(), "a failed compile leaves no cache folder (the one there is the other's)");
        } catch (IOException io) {
            throw new AssertionError(io);
        }
    }

    /** A compiler that fails the test when it is started. */
    private static MigrationLoader forbiddingTheCompiler() {
        return new MigrationLoader(new MigrationCompiler(
                () -> {
                    throw new AssertionError("the compiler was started");
                },
                RuntimeClasspath.entries()));
    }

    @Test
    void theGraphNeverStartsTheCompiler() {
        VersionsFolder folder = versions();
        folder.migration("9d1c0b7a2e55", null, "create chats", "CREATE TABLE chats (id INTEGER)", "DROP TABLE chats");
        folder.file("3f2a9c1d7e4b_broken.java", """
                import dev.autogen.runtime.*;

                @Revision(id = "3f2a9c1d7e4b", revises = "9d1c0b7a2e55", branchLabels = {"reports"}, message = "broken")
                final class Broken_3f2a9c1d7e4b implements Migration {
                    public void upgrade(Operations op) { this does not compile }
                    public void downgrade(Operations op) {}
                }
                """);

        MigrationSet set = forbiddingTheCompiler().load(folder.dir());

        RevisionNode head = set.graph().head().orElseThrow();
        assertEquals("3f2a9c1d7e4b", head.id());
        assertEquals(List.of("reports"), head.branchLabels());
        assertEquals("broken", head.message());
        assertEquals(
                List.of("3f2a9c1d7e4b", "9d1c0b7a2e55"),
                set.graph().history().stream().map(RevisionNode::id).toList());
        assertFalse(set.compiled());
        assertFalse(Files.exists(cacheRoot()), "nothing compiled, no cache folder");
    }

    @Test
    void theHeaderIndexServesUnchangedFilesAndNeverHidesAnEdit() throws IOException {
        VersionsFolder folder = versions();
        folder.migration("9d1c0b7a2e55", null, "create chats", "CREATE TABLE chats (id INTEGER)", "DROP TABLE chats");
        Path second = folder.file("3f2a9c1d7e4b_second.java", secondMigration("first"));
        Path index = root.resolve("migrations/.autogen/headers");
        // written a minute ago: well before the index, whatever the file system's clock tick
        Files.setLastModifiedTime(second, FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        assertEquals(
                "first",
                forbiddingTheCompiler()
                        .load(folder.dir())
                        .graph()
                        .head()
                        .orElseThrow()
                        .message());
        assertTrue(Files.isRegularFile(index), "the headers read are kept");
        assertTrue(Files.isRegularFile(root.resolve("migrations/.autogen/.gitignore")));
        FileTime indexWritten = Files.getLastModifiedTime(index);

        // an edit of the same size, with the file's time set back: the index answers, so it is what a load reads
        FileTime secondTime = Files.getLastModifiedTime(second);
        Files.writeString(second, secondMigration("other"));
        Files.setLastModifiedTime(second, secondTime);
        assertEquals(
                "first",
                forbiddingTheCompiler()
                        .load(folder.dir())
                        .graph()
                        .head()
                        .orElseThrow()
                        .message());
        assertEquals(indexWritten, Files.getLastModifiedTime(index), "an index that holds everything is not rewritten");

        // a file changed in the same clock tick as the index was written is read again
        Files.setLastModifiedTime(index, secondTime);
        assertEquals(
                "other",
                forbiddingTheCompiler()
                        .load(folder.dir())
                        .graph()
                        .head()
                        .orElseThrow()
                        .message());

        // any other edit changes the file's time
        Files.writeString(second, secondMigration("third"));
        Files.setLastModifiedTime(second, FileTime.fromMillis(secondTime.toMillis() + 5_000));
        MigrationSet edited = forbiddingTheCompiler().load(folder.dir());
        assertEquals("third", edited.graph().head().orElseThrow().message());
        assertEquals(
                List.of("3f2a9c1d7e4b", "9d1c0b7a2e55"),
                edited.graph().history().stream().map(RevisionNode::id).toList());

        // an index that cannot be read is no index
        Files.writeString(index, "not an index");
        assertEquals(
                "third",
                forbiddingTheCompiler()
                        .load(folder.dir())
                        .graph()
                        .head()
                        .orElseThrow()
                        .message());
        assertFalse(
                Files.readString(index, java.nio.charset.StandardCharsets.ISO_8859_1)
                        .equals("not an index"),
                "and is written again");
    }

    private static String secondMigration(String message) {
        return """
                import dev.autogen.runtime.*;

                @Revision(id = "3f2a9c1d7e4b", revises = "9d1c0b7a2e55", message = "%s")
                final class Second_3f2a9c1d7e4b implements Migration {
                    public void upgrade(Operations op) {}
                    public void downgrade(Operations op) {}
                }
                """.formatted(message);
    }

    @Test
    void aHeaderTheTextDoesNotTellCompilesThatFileOnly() throws IOException {
        VersionsFolder folder = versions();
        folder.migration("9d1c0b7a2e55", null, "create chats", "CREATE TABLE chats (id INTEGER)", "DROP TABLE chats");
        folder.file("3f2a9c1d7e4b_subclass.java", """
                import dev.autogen.runtime.*;

                abstract class Base_3f2a9c1d7e4b implements Migration {
                    public void downgrade(Operations op) {}
                }

                @Revision(id = "3f2a9c1d7e4b", revises = "9d1c0b7a2e55")
                final class Subclass_3f2a9c1d7e4b extends Base_3f2a9c1d7e4b {
                    public void upgrade(Operations op) {}
                }
                """);
        int[] started = {0};
        MigrationLoader counting = new MigrationLoader(new MigrationCompiler(
                () -> {
                    started[0]++;
                    return javax.tools.ToolProvider.getSystemJavaCompiler();
                },
                RuntimeClasspath.entries()));

        MigrationSet set = counting.load(folder.dir());

        assertEquals("3f2a9c1d7e4b", set.graph().head().orElseThrow().id());
        assertEquals(1, started[0]);
        assertEquals(1, cacheEntries(cacheRoot()).size(), "only the file whose header needed it was compiled");
        assertEquals(
                "Subclass_3f2a9c1d7e4b",
                set.migration("3f2a9c1d7e4b").getClass().getName());
        assertEquals(1, started[0]);
    }

    @Test
    void runnersLoadingTheSameMigrationsAtOnceCompileThemOnce() throws Exception {
        // the runners of a fan-out share one set: the second waits for the first's compiler run instead of its own
        VersionsFolder folder = versions();
        folder.migration("9d1c0b7a2e55", null, "create chats", "CREATE TABLE chats (id INTEGER)", "DROP TABLE chats");
        folder.migration(
                "3f2a9c1d7e4b", "9d1c0b7a2e55", "add token usage", "CREATE TABLE t (id INTEGER)", "DROP TABLE t");
        java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
        MigrationSet set = new MigrationLoader(new MigrationCompiler(
                        () -> {
                            started.incrementAndGet();
                            return javax.tools.ToolProvider.getSystemJavaCompiler();
                        },
                        RuntimeClasspath.entries()))
                .load(folder.dir());
        List<String> both = List.of("9d1c0b7a2e55", "3f2a9c1d7e4b");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> runners = new java.util.ArrayList<>();
            for (int k = 0; k < 4; k++) {
                runners.add(pool.submit(() -> {
                    go.await();
                    return set.load(both);
                }));
            }
            go.countDown();
            int compiled = 0;
            for (java.util.concurrent.Future<Integer> runner : runners) {
                compiled += runner.get();
            }
            assertEquals(2, compiled, "each migration compiled by one runner");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, started.get(), "one compiler run");
        assertEquals(1, cacheEntries(cacheRoot()).size());
        assertEquals(
                "AddTokenUsage_3f2a9c1d7e4b",
                set.migration("3f2a9c1d7e4b").getClass().getName());
    }

    @Test
    void aMigrationAlreadyOnTheClassPathIsNotCompiled() {
        VersionsFolder folder = versions();
        folder.file("c1a55e000003_already_compiled.java", """
                package dev.autogen.runtime.internal.migration;

                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "c1a55e000003", message = "already compiled")
                final class OnClasspath_c1a55e000003 implements Migration {
                    public void upgrade(Operations op) {}
                    public void downgrade(Operations op) {}
                }
                """);

        MigrationSet set = forbiddingTheCompiler().load(folder.dir());

        assertEquals(
                OnClasspath_c1a55e000003.class, set.migration("c1a55e000003").getClass());
        assertFalse(set.compiled());
    }

    @Test
    void aMigrationUsingAnotherFilesClassCompilesWithTheWholeFolder() {
        VersionsFolder folder = versions();
        folder.file("9d1c0b7a2e55_first.java", """
                import dev.autogen.runtime.*;

                @Revision(id = "9d1c0b7a2e55")
                final class First_9d1c0b7a2e55 implements Migration {
                    static final String TABLE = "chats";
                    public void upgrade(Operations op) { op.execute("CREATE TABLE " + TABLE + " (id INTEGER)"); }
                    public void downgrade(Operations op) {}
                }
                """);
        folder.file("3f2a9c1d7e4b_second.java", """
                import dev.autogen.runtime.*;

                @Revision(id = "3f2a9c1d7e4b", revises = "9d1c0b7a2e55")
                final class Second_3f2a9c1d7e4b implements Migration {
                    public void upgrade(Operations op) { op.execute("DROP TABLE " + First_9d1c0b7a2e55.TABLE); }
                    public void downgrade(Operations op) {}
                }
                """);

        MigrationSet set = new MigrationLoader().load(folder.dir());

        assertEquals(
                "Second_3f2a9c1d7e4b", set.migration("3f2a9c1d7e4b").getClass().getName());
        assertEquals(2, set.migrations().size());
    }

    @Test
    void duplicateRevisionIdsNameBothFiles() {
        VersionsFolder folder = versions();
        Path one =
                folder.migration("9d1c0b7a2e55", null, "create chats", "CREATE TABLE a (id INTEGER)", "DROP TABLE a");
        Path two =
                folder.migration("9d1c0b7a2e55", null, "create users", "CREATE TABLE b (id INTEGER)", "DROP TABLE b");

        DuplicateRevisionException e =
                assertThrows(DuplicateRevisionException.class, () -> new MigrationLoader().load(folder.dir()));

        assertEquals(
                "Revision 9d1c0b7a2e55 is declared twice, in " + one + " and in " + two + ": give one of them a"
                        + " new id (and update the revises of any migration that follows it)",
                e.getMessage());
    }

    @Test
    void missingParentNamesTheFolder() {
        VersionsFolder folder = versions();
        Path file = folder.migration("3f2a9c1d7e4b", "9d1c0b7a2e55", "add token usage", "SELECT 1", "SELECT 1");

        MissingParentRevisionException e =
                assertThrows(MissingParentRevisionException.class, () -> new MigrationLoader().load(folder.dir()));

        assertEquals(
                "Revision 3f2a9c1d7e4b revises 9d1c0b7a2e55, which is not in " + folder.dir()
                        + ": restore the migration 9d1c0b7a2e55 or fix the revises of " + file,
                e.getMessage());
    }

    @Test
    void classWithoutRevisionIsReported() {
        VersionsFolder folder = versions();
        Path file = folder.file("0a1b2c3d4e5f_plain.java", """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;

                final class Plain implements Migration {
                    public void upgrade(Operations op) {}

                    public void downgrade(Operations op) {}
                }
                """);

        MissingRevisionAnnotationException e =
                assertThrows(MissingRevisionAnnotationException.class, () -> new MigrationLoader().load(folder.dir()));

        assertEquals(
                "Migration class Plain in " + file + " has no @Revision: annotate it with"
                        + " @Revision(id = \"...\", revises = {\"...\"})",
                e.getMessage());
    }

    @Test
    void fileWithoutMigrationAndInvalidIdsAreReported() {
        VersionsFolder folder = versions();
        Path helper = folder.file("Helper.java", "final class Helper { static int x() { return 1; } }\n");
        InvalidMigrationException none =
                assertThrows(InvalidMigrationException.class, () -> new MigrationLoader().load(folder.dir()));
        assertTrue(
                none.getMessage().startsWith(helper + " declares no class implementing dev.autogen.runtime.Migration"),
                none.getMessage());

        VersionsFolder other = new VersionsFolder(root.resolve("other/versions"), true);
        other.migration("head", null, "bad id", "SELECT 1", "SELECT 1");
        InvalidMigrationException reserved =
                assertThrows(InvalidMigrationException.class, () -> new MigrationLoader().load(other.dir()));
        assertTrue(reserved.getMessage().startsWith("Revision id \"head\" of BadId_head in "), reserved.getMessage());
        assertTrue(reserved.getMessage().contains("is reserved for targets"), reserved.getMessage());
    }

    @Test
    void missingAndEmptyFolders() throws IOException {
        MigrationLoadException missing =
                assertThrows(MigrationLoadException.class, () -> new MigrationLoader().load(root.resolve("nowhere")));
        assertTrue(
                missing.getMessage()
                        .endsWith("does not exist: create it, or point to the folder that holds the" + " migrations"),
                missing.getMessage());

        Path empty = Files.createDirectories(root.resolve("empty/versions"));
        MigrationSet set = new MigrationLoader().load(empty);
        assertTrue(set.graph().isEmpty());
        assertFalse(set.compiled());
    }

    @Revision(id = "c1a55e000001", message = "first on the classpath")
    static final class FirstOnClasspath implements Migration {
        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    }

    @Revision(id = "c1a55e000002", revises = "c1a55e000001")
    static final class SecondOnClasspath implements Migration {
        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    }

    static final class NotAnnotated implements Migration {
        @Override
        public void upgrade(Operations op) {}

        @Override
        public void downgrade(Operations op) {}
    }

    @Test
    void migrationsOnTheClasspathLoadWithoutCompiling() {
        MigrationSet set =
                MigrationLoader.fromClasses("classpath", List.of(SecondOnClasspath.class, FirstOnClasspath.class));

        assertFalse(set.compiled());
        assertTrue(set.classesDir().isEmpty());
        assertEquals(
                List.of("c1a55e000002", "c1a55e000001"),
                set.graph().history().stream().map(RevisionNode::id).toList());
        assertEquals(
                SecondOnClasspath.class.getName(),
                set.graph().head().orElseThrow().origin());
        assertThrows(
                MissingRevisionAnnotationException.class,
                () -> MigrationLoader.fromClasses("classpath", List.of(NotAnnotated.class)));
        assertThrows(
                InvalidMigrationException.class, () -> MigrationLoader.fromClasses("classpath", List.of(String.class)));
    }
}
