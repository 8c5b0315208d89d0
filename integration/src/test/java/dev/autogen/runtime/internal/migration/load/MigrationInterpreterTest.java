package dev.autogen.runtime.internal.migration.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.database.Dialect;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.runtime.internal.migration.MigrationChecksum;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration in the form Autogen writes runs from its text exactly as its compiled class does: for every golden
 * migration and a few more, the operations that upgrade and downgrade record (with their arguments, for each database)
 * are the same both ways, and so is what they throw. Anything outside the form is left to javac.
 */
class MigrationInterpreterTest {

    private static final Path GOLDEN = Path.of("../codegen/src/test/resources/golden");
    private static final List<Dialect> DIALECTS = Stream.of("postgresql", "mariadb", "sqlite", "h2")
            .map(Dialects::forName)
            .toList();

    @TempDir
    Path dir;

    @Test
    void everyGoldenMigrationRunsFromItsTextAsItsCompiledClassDoes() throws Exception {
        List<Path> goldens = javaFiles(GOLDEN);
        assertTrue(goldens.size() >= 8, "the golden migrations are found: " + goldens);
        for (Path golden : goldens) {
            assertSameBothWays(
                    Files.readString(golden, StandardCharsets.UTF_8),
                    golden.getFileName().toString());
        }
    }

    /** The migrations a user meets first: the sample's history, and the Maven plugin's test projects'. */
    @Test
    void theSampleAndThePluginProjectsMigrationsRunFromTheirTextAsCompiled() throws Exception {
        List<Path> files = new ArrayList<>(javaFiles(Path.of("../samples/token-usage/migrations/versions")));
        assertTrue(files.size() >= 2, "the sample's migrations are found: " + files);
        try (Stream<Path> walk = Files.walk(Path.of("../maven-plugin/src/it"))) {
            files.addAll(walk.filter(f -> f.toString().endsWith(".java")
                            && f.getParent().getFileName().toString().equals("versions"))
                    .sorted()
                    .toList());
        }
        for (Path file : files) {
            assertSameBothWays(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        }
    }

    private static List<Path> javaFiles(Path dir) throws java.io.IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void literalsConcatenationsOverloadsAndWhatACallThrowsAreAsCompiled() throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("escapes, concatenation, a text block and unicode escapes", """
                op.execute("INSERT INTO t VALUES ('it''s', 'tab\\there', '\\u00e9t\\u00e9', 'back\\\\slash')");
                op.execute("SELECT " + "1" + " -- two literals");
                op.execute(\"""
                        UPDATE t
                           SET a = 'x'
                        \""");
                """);
        bodies.put("numbers: negative, long, underscores", """
                op.createTable("n",
                        column("a", DECIMAL(1_0, 2)).serverDefault("-1"),
                        column("b", VARCHAR(2147483647)),
                        primaryKey("a"));
                """);
        bodies.put("a builder that rejects its argument", "op.addColumn(\"t\", column(\"c\", VARCHAR(-1)));");
        bodies.put("null where a reference is taken", "op.execute(null);");
        bodies.put("no statements at all", "");
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            assertSameBothWays(source("", body.getValue(), "op.dropTable(\"n\");"), body.getKey());
        }
        // a long body split into helpers (as codegen splits one past 64 KiB of bytecode), called before they appear
        assertSameBothWays(
                source("""
                            private static void upgrade2(Operations op) {
                                op.execute("SELECT 2");
                            }

                            private static void upgrade1(final Operations ops) {
                                ops.execute("SELECT 1");
                                upgrade2(ops);
                            }

                        """, "upgrade1(op);\n        op.execute(\"SELECT 3\");", "downgrade1(op);")
                        .replace("\n}\n", """

                                    private static void downgrade1(Operations op) {
                                        op.execute("SELECT -1");
                                    }
                                }
                                """),
                "a body split into helpers");
    }

    @Test
    void anythingOutsideTheFormIsLeftToJavac() {
        Map<String, String> sources = new LinkedHashMap<>();
        String call = "op.execute(\"SELECT 1\");";
        sources.put("another import", "import java.util.List;\n" + source("", call, call));
        sources.put(
                "transactional = false",
                source("", call, call).replace("created =", "transactional = false, created ="));
        sources.put(
                "an element twice",
                source("", call, call).replace("message = \"probe\"", "message = \"a\", message = \"b\""));
        sources.put(
                "a helper that takes more than op",
                source(
                        "    private static void h(Operations op, String sql) {\n        op.execute(sql);\n    }\n",
                        "h(op, \"x\");",
                        call));
        sources.put(
                "a helper called with something else",
                source(
                        "    private static void h(Operations op) {\n        op.execute(\"x\");\n    }\n",
                        "h(null);",
                        call));
        sources.put(
                "a helper that is not static",
                source("    private void h(Operations op) {\n        op.execute(\"x\");\n    }\n", "h(op);", call));
        sources.put("a field", source("    private static final String T = \"t\";\n", call, call));
        sources.put("a local variable", source("", "String t = \"x\";\n op.execute(t);", call));
        sources.put("a lambda", source("", "Runnable r = () -> {};", call));
        sources.put("a cast", source("", "op.execute((String) \"SELECT 1\");", call));
        sources.put("a hexadecimal number", source("", "op.addColumn(\"t\", column(\"c\", VARCHAR(0x10)));", call));
        sources.put("an octal number", source("", "op.addColumn(\"t\", column(\"c\", VARCHAR(010)));", call));
        sources.put("an int too large", source("", "op.addColumn(\"t\", column(\"c\", VARCHAR(2147483648)));", call));
        sources.put("arithmetic", source("", "op.addColumn(\"t\", column(\"c\", VARCHAR(1 + 2)));", call));
        sources.put("a character", source("", "op.execute(String.valueOf('x'));", call));
        sources.put("a method that does not exist", source("", "op.noSuchOperation(\"t\");", call));
        sources.put("a call on a string", source("", "op.execute(\"select 1\".toUpperCase());", call));
        sources.put("the migration's own method", source("", "downgrade(op);", call));
        sources.put("Object's method", source("", "op.execute(toString());", call));
        sources.put("a qualified name", source("", "op.execute(java.lang.String.valueOf(1));", call));
        sources.put("a statement that is not a call", source("", "op;", call));
        sources.put(
                "no downgrade",
                source("", call, call).replaceAll("(?s)@Override\\s+public void downgrade.*?\\}\\s*\\}\\s*$", "}\n"));
        sources.put("a public class", source("", call, call).replace("final class", "public final class"));
        sources.put("a second class", source("", call, call) + "\nclass Helper {}\n");
        for (Map.Entry<String, String> source : sources.entrySet()) {
            RevisionHeader header = header(source.getValue());
            assertNull(
                    header == null ? null : MigrationInterpreter.read(source.getValue(), header),
                    source.getKey() + " is compiled, not read");
        }
        // the same text inside the form is read
        assertNotNull(MigrationInterpreter.read(source("", call, call), header(source("", call, call))));
    }

    @Test
    void aVersionsFolderCompilesOnlyWhatIsOutsideTheForm() throws Exception {
        Path versions = dir.resolve("migrations/versions");
        Files.createDirectories(versions);
        String first = source("", "op.execute(\"CREATE TABLE a (id INTEGER)\");", "op.execute(\"DROP TABLE a\");");
        Files.writeString(versions.resolve("c1a55e000001_probe.java"), first);
        String second = source(
                        "    private static final String B = \"b\";\n",
                        "op.execute(\"CREATE TABLE \" + B + \" (id INTEGER)\");",
                        "op.execute(\"DROP TABLE b\");")
                .replace("c1a55e000001", "c1a55e000002")
                .replace("revises = {}", "revises = {\"c1a55e000001\"}");
        Files.writeString(versions.resolve("c1a55e000002_probe.java"), second);

        MigrationSet set = new MigrationLoader().load(versions);
        assertEquals(1, set.load(List.of("c1a55e000001", "c1a55e000002")), "only the file with a field is compiled");
        assertTrue(set.migration("c1a55e000001") instanceof MigrationInterpreter.InterpretedMigration);
        assertFalse(set.migration("c1a55e000002") instanceof MigrationInterpreter.InterpretedMigration);
        assertTrue(set.transactional("c1a55e000001"));
        Dialect pg = Dialects.forName("postgresql");
        assertTrue(MigrationChecksum.canonical(set.migration("c1a55e000001"), pg, true)
                .contains("CREATE TABLE a (id INTEGER)"));
        assertTrue(MigrationChecksum.canonical(set.migration("c1a55e000002"), pg, true)
                .contains("CREATE TABLE b (id INTEGER)"));
    }

    /** A migration named Probe_c1a55e000001, with these members, upgrade body and downgrade body. */
    private static String source(String members, String upgrade, String downgrade) {
        return """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                import static dev.autogen.runtime.Schema.*;
                import static dev.autogen.runtime.Types.*;

                @Revision(id = "c1a55e000001", revises = {}, message = "probe", created = "2026-12-05T00:00:00Z")
                final class Probe_c1a55e000001 implements Migration {
                %s
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                        %s
                    }
                }
                """.formatted(members, upgrade, downgrade);
    }

    private static RevisionHeader header(String text) {
        return RevisionHeaderReader.read(text).header();
    }

    /** The text runs from its text at all, and records and throws the same as its compiled class for each database. */
    private void assertSameBothWays(String text, String name) throws Exception {
        RevisionHeader header = header(text);
        assertNotNull(header, name + ": its header reads");
        Migration read = MigrationInterpreter.read(text, header);
        assertNotNull(read, name + " is in the form that runs from its text");
        Migration compiled = compile(text, header.className());
        // every call on op with its arguments exactly (SQL text included, which the checksum's text normalises), then
        // what each database's operations record
        assertEquals(calls(compiled, false), calls(read, false), name + ": upgrade's calls");
        assertEquals(calls(compiled, true), calls(read, true), name + ": downgrade's calls");
        for (Dialect dialect : DIALECTS) {
            assertEquals(
                    recorded(compiled, dialect, false),
                    recorded(read, dialect, false),
                    name + ": upgrade on " + dialect.name());
            assertEquals(
                    recorded(compiled, dialect, true),
                    recorded(read, dialect, true),
                    name + ": downgrade on " + dialect.name());
        }
    }

    /**
     * Each call upgrade (or downgrade) makes on {@code op}: its name and arguments, which are records down to their
     * strings and numbers; then the exception it throws, if any.
     */
    private static List<String> calls(Migration migration, boolean downgrade) {
        List<String> calls = new ArrayList<>();
        Operations[] op = new Operations[1];
        op[0] = (Operations) java.lang.reflect.Proxy.newProxyInstance(
                Operations.class.getClassLoader(), new Class<?>[] {Operations.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + java.util.Arrays.deepToString(args));
                    if (method.getReturnType() == Operations.class) {
                        return op[0];
                    }
                    return method.getName().equals("dialectName") ? "postgresql" : null;
                });
        try {
            if (downgrade) {
                migration.downgrade(op[0]);
            } else {
                migration.upgrade(op[0]);
            }
        } catch (RuntimeException e) {
            calls.add("threw " + e.getClass().getName() + ": " + e.getMessage());
        }
        return calls;
    }

    /** What upgrade (or downgrade) records, or the exception it throws, its class and message. */
    private static String recorded(Migration migration, Dialect dialect, boolean downgrade) {
        Migration run = !downgrade
                ? migration
                : new Migration() {
                    @Override
                    public void upgrade(Operations op) {
                        migration.downgrade(op);
                    }

                    @Override
                    public void downgrade(Operations op) {}
                };
        try {
            return MigrationChecksum.canonical(run, dialect, true);
        } catch (RuntimeException e) {
            Throwable cause = e instanceof IllegalStateException && e.getCause() != null ? e.getCause() : e;
            return "threw " + cause.getClass().getName() + ": " + cause.getMessage();
        }
    }

    private int compiles;

    private Migration compile(String text, String className) throws Exception {
        Path source = dir.resolve("src" + compiles).resolve(className.replace('.', '/') + ".java");
        Path classes = dir.resolve("classes" + compiles++);
        Files.createDirectories(source.getParent());
        Files.createDirectories(classes);
        Files.writeString(source, text, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of(
                "-proc:none",
                "-encoding",
                "UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                "-d",
                classes.toString(),
                source.toString()));
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "javac compiles " + source);
        URLClassLoader loader = new URLClassLoader(
                new java.net.URL[] {classes.toUri().toURL()}, MigrationInterpreterTest.class.getClassLoader());
        var constructor = Class.forName(className, true, loader).getDeclaredConstructor();
        constructor.setAccessible(true);
        return (Migration) constructor.newInstance();
    }
}
