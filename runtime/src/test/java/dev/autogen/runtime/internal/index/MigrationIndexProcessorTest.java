package dev.autogen.runtime.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.migration.load.RuntimeClasspath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index processor as an application's build runs it: javac with the runtime on the class path and no processor
 * option, so javac finds it through {@code META-INF/services} in the runtime's class folder.
 */
class MigrationIndexProcessorTest {

    static final String PKG = "com.example.db.migrations";

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("classes");
    }

    private List<String> index() throws IOException {
        return Files.readAllLines(out().resolve("META-INF/autogen/migrations")).stream()
                .filter(l -> !l.startsWith("#"))
                .toList();
    }

    private static String migration(String pkg, String name, String id) {
        return """
                package %s;

                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "%s")
                public final class %s implements Migration {
                    public void upgrade(Operations op) {}
                    public void downgrade(Operations op) {}
                }
                """.formatted(pkg, id, name);
    }

    @Test
    void indexesEveryRevisionClassOfTheCompileByBinaryName() throws IOException {
        Compile result = compile(Map.of(
                "AddUsers",
                migration(PKG, "AddUsers", "9d1c0b7a2e55"),
                "Holder",
                """
                package com.example.db.migrations;

                import dev.autogen.runtime.*;

                final class Holder {
                    @Revision(id = "3f2a9c1d7e4b", revises = "9d1c0b7a2e55")
                    static final class AddOrders implements Migration {
                        private AddOrders() {}
                        public void upgrade(Operations op) {}
                        public void downgrade(Operations op) {}
                    }
                }
                """,
                "Other",
                migration("com.example.other", "Other", "aaaaaaaaaaaa"),
                "Sql",
                "package com.example.db.migrations;\nfinal class Sql {}\n"));

        assertTrue(result.ok(), result.errors()::toString);
        assertEquals(
                List.of(
                        "com.example.db.migrations.AddUsers # 9d1c0b7a2e55",
                        "com.example.db.migrations.Holder$AddOrders # 3f2a9c1d7e4b",
                        "com.example.other.Other # aaaaaaaaaaaa"),
                index());
        assertTrue(
                Files.readString(out().resolve("META-INF/autogen/migrations"))
                        .startsWith("# The migrations compiled into this class output"),
                "the index says what it is");
    }

    @Test
    void aCompileWithoutMigrationsWritesNoIndex() throws IOException {
        Compile result = compile(Map.of("Sql", "package com.example;\nfinal class Sql {}\n"));

        assertTrue(result.ok(), result.errors()::toString);
        assertTrue(Files.exists(out().resolve("com/example/Sql.class")));
        assertFalse(Files.exists(out().resolve("META-INF/autogen/migrations")));
    }

    @Test
    void aRevisionClassTheRuntimeCouldNotRunIsACompileErrorNamingIt() {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("NotAMigration", """
                package com.example.db.migrations;
                @dev.autogen.runtime.Revision(id = "000000000001")
                public final class NotAMigration {}
                """);
        sources.put("Abstract", """
                package com.example.db.migrations;
                @dev.autogen.runtime.Revision(id = "000000000002")
                public abstract class Abstract implements dev.autogen.runtime.Migration {}
                """);
        sources.put("NeedsArgument", """
                package com.example.db.migrations;
                import dev.autogen.runtime.*;
                @Revision(id = "000000000003")
                public final class NeedsArgument implements Migration {
                    NeedsArgument(String name) {}
                    public void upgrade(Operations op) {}
                    public void downgrade(Operations op) {}
                }
                """);
        sources.put("Outer", """
                package com.example.db.migrations;
                import dev.autogen.runtime.*;
                public final class Outer {
                    @Revision(id = "000000000004")
                    final class Inner implements Migration {
                        public void upgrade(Operations op) {}
                        public void downgrade(Operations op) {}
                    }
                }
                """);
        sources.put("Marker", """
                package com.example.db.migrations;
                @dev.autogen.runtime.Revision(id = "000000000005")
                interface Marker extends dev.autogen.runtime.Migration {}
                """);

        Compile result = compile(sources);

        assertFalse(result.ok());
        assertEquals(
                List.of(
                        "Migration class com.example.db.migrations.Abstract has @Revision but is abstract: make it a"
                                + " concrete class",
                        "Migration class com.example.db.migrations.Marker has @Revision but is an interface: make it a"
                                + " class implementing dev.autogen.runtime.Migration",
                        "Migration class com.example.db.migrations.NeedsArgument has @Revision but has no constructor"
                                + " without arguments: add one, or remove the other constructors",
                        "Migration class com.example.db.migrations.NotAMigration has @Revision but does not implement"
                                + " dev.autogen.runtime.Migration: add implements Migration",
                        "Migration class com.example.db.migrations.Outer$Inner has @Revision but is an inner class:"
                                + " make it static or top-level"),
                result.errors().stream().sorted().toList());
        assertFalse(Files.exists(out().resolve("META-INF/autogen/migrations")));
    }

    @Test
    void twoClassesWithOneRevisionIdAreACompileError() {
        Compile result = compile(Map.of(
                "A", migration(PKG, "A", "3f2a9c1d7e4b"),
                "B", migration(PKG, "B", "3f2a9c1d7e4b")));

        assertFalse(result.ok());
        assertEquals(
                List.of("Migration classes com.example.db.migrations.A and com.example.db.migrations.B have the same"
                        + " revision id 3f2a9c1d7e4b: give one of them another id"),
                result.errors());
    }

    /**
     * An incremental compile (an IDE's, or a build recompiling changed files) hands javac only some sources, with the
     * class output on the class path: the index keeps the entries of classes not compiled this time, drops those
     * whose class file is gone and those compiled again without {@code @Revision}.
     */
    @Test
    void anIncrementalCompileMergesWithTheIndexInTheClassOutput() throws IOException {
        assertTrue(compile(Map.of(
                        "A", migration(PKG, "A", "00000000000a"),
                        "B", migration(PKG, "B", "00000000000b"),
                        "C", migration(PKG, "C", "00000000000c")))
                .ok());

        assertTrue(compile(Map.of("D", migration(PKG, "D", "00000000000d"))).ok());
        assertEquals(
                List.of(
                        PKG + ".A # 00000000000a",
                        PKG + ".B # 00000000000b",
                        PKG + ".C # 00000000000c",
                        PKG + ".D # 00000000000d"),
                index());

        Files.delete(out().resolve("com/example/db/migrations/B.class")); // its source deleted, the build cleaned it
        Compile again = compile(Map.of("C", "package " + PKG + ";\npublic final class C {}\n"));
        assertTrue(again.ok(), again.errors()::toString);
        assertEquals(List.of(PKG + ".A # 00000000000a", PKG + ".D # 00000000000d"), index());
    }

    /** A migration generated by another processor in the first round is indexed in a later round. */
    @Test
    void migrationsGeneratedInALaterRoundAreIndexed() throws IOException {
        Processor generator = new AbstractProcessor() {
            private boolean done;

            @Override
            public Set<String> getSupportedAnnotationTypes() {
                return Set.of("*");
            }

            @Override
            public SourceVersion getSupportedSourceVersion() {
                return SourceVersion.latestSupported();
            }

            @Override
            public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
                if (!done) {
                    done = true;
                    try (Writer w = processingEnv
                            .getFiler()
                            .createSourceFile(PKG + ".Generated")
                            .openWriter()) {
                        w.write(migration(PKG, "Generated", "00000000000f"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return false;
            }
        };
        Compile result = compile(
                Map.of("A", migration(PKG, "A", "00000000000a")), List.of(generator, new MigrationIndexProcessor()));

        assertTrue(result.ok(), result.errors()::toString);
        assertEquals(List.of(PKG + ".A # 00000000000a", PKG + ".Generated # 00000000000f"), index());
    }

    record Compile(boolean ok, List<String> errors) {}

    private Compile compile(Map<String, String> sources) {
        return compile(sources, null);
    }

    /** Compiles into {@link #out()} against the runtime, core and the class output; null processors: javac finds them. */
    private Compile compile(Map<String, String> sources, List<Processor> processors) {
        try {
            Path src = Files.createDirectories(dir.resolve("src"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey() + ".java");
                Files.writeString(file, e.getValue());
                files.add(file);
            }
            Files.createDirectories(out());
            List<Path> classpath = new ArrayList<>(RuntimeClasspath.apiLocations());
            classpath.add(out());
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm =
                    javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                fm.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out()));
                fm.setLocationFromPaths(
                        StandardLocation.SOURCE_OUTPUT, List.of(Files.createDirectories(dir.resolve("generated"))));
                fm.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
                JavaCompiler.CompilationTask task = javac.getTask(
                        null, fm, diagnostics, List.of("--release", "17"), null, fm.getJavaFileObjectsFromPaths(files));
                if (processors != null) {
                    task.setProcessors(processors);
                }
                boolean ok = task.call();
                List<String> errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> d.getMessage(Locale.ROOT))
                        .toList();
                return new Compile(ok, errors);
            } finally {
                for (Path file : files) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
