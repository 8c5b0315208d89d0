package dev.autogen.runtime.app;

import dev.autogen.runtime.internal.migration.load.RuntimeClasspath;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Builds a small application as its own build would: sources compiled against the runtime, packed into a jar. */
final class AppBuild {

    private final Path root;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<Path> classpath = new ArrayList<>(RuntimeClasspath.apiLocations());
    private boolean processors = true;

    AppBuild(Path root) {
        this.root = root;
    }

    /** Compiles against this jar or folder too (a JDBC driver). */
    AppBuild classpath(Path entry) {
        classpath.add(entry);
        return this;
    }

    /** Compiles with {@code -proc:none}, as a build that turned annotation processing off: no migration index. */
    AppBuild withoutProcessors() {
        processors = false;
        return this;
    }

    /** A source file, by its path under the source root ({@code com/example/App.java}). */
    AppBuild source(String path, String content) {
        sources.put(path, content);
        return this;
    }

    /** A migration class in a package, its bodies Java statements on {@code op}. */
    AppBuild migration(String pkg, String id, String revises, String message, String upgrade, String downgrade) {
        String className = "M_" + id;
        return source(pkg.replace('.', '/') + "/" + className + ".java", """
                package %s;

                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                import static dev.autogen.runtime.Schema.*;
                import static dev.autogen.runtime.Types.*;

                @Revision(id = "%s", revises = {%s}, message = "%s")
                public final class %s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        %s
                    }

                    @Override
                    public void downgrade(Operations op) {
                        %s
                    }
                }
                """.formatted(
                        pkg, id, revises == null ? "" : "\"" + revises + "\"", message, className, upgrade, downgrade));
    }

    /**
     * Compiles every source into {@code <root>/classes}, against the runtime and core (and what {@link #classpath}
     * adds), so the runtime's annotation processor writes the migration index there, as in an application's build.
     */
    Path compile() {
        Path src = root.resolve("src");
        Path classes = root.resolve("classes");
        try {
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
                files.add(file);
            }
            Files.createDirectories(classes);
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager fm =
                    javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                fm.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
                fm.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
                boolean ok = javac.getTask(
                                null,
                                fm,
                                diagnostics,
                                processors ? List.of("--release", "17") : List.of("--release", "17", "-proc:none"),
                                null,
                                fm.getJavaFileObjectsFromPaths(files))
                        .call();
                if (!ok) {
                    throw new AssertionError("the application does not compile: " + diagnostics.getDiagnostics());
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Packs the compiled classes (and extra resources) into {@code name}; with {@code directoryEntries} false, as some
     * build tools do, the jar has no entries for its folders, so a class loader cannot list its packages.
     */
    Path jar(String name, boolean directoryEntries, Map<String, String> resources) {
        Path classes = root.resolve("classes");
        Path jar = root.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(classes)) {
            for (Path p : walk.sorted().toList()) {
                String entry = classes.relativize(p).toString().replace('\\', '/');
                if (entry.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(p)) {
                    if (directoryEntries) {
                        out.putNextEntry(new JarEntry(entry + "/"));
                        out.closeEntry();
                    }
                } else {
                    out.putNextEntry(new JarEntry(entry));
                    out.write(Files.readAllBytes(p));
                    out.closeEntry();
                }
            }
            for (Map.Entry<String, String> r : resources.entrySet()) {
                out.putNextEntry(new JarEntry(r.getKey()));
                out.write(r.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }
}
