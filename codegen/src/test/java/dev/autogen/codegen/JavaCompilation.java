package dev.autogen.codegen;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.autogen.core.model.ColumnType;
import dev.autogen.runtime.Migration;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated migration files with javac, against the runtime and core classes only (what a migration may
 * depend on), with every lint and Javadoc check on and warnings as errors.
 */
final class JavaCompilation {

    private JavaCompilation() {}

    /**
     * Compiles the files (name to source) in one javac run and returns a loader for the classes.
     *
     * @param workDir an empty folder for sources and classes
     */
    static URLClassLoader compile(Path workDir, Map<String, String> files) throws IOException {
        Path src = Files.createDirectories(workDir.resolve("src"));
        Path out = Files.createDirectories(workDir.resolve("classes"));
        List<Path> paths = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            paths.add(Files.writeString(src.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "no system Java compiler: tests need a JDK");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--release",
                    "17",
                    "-proc:none",
                    "-encoding",
                    "UTF-8",
                    "-Xlint:all",
                    "-Xdoclint:all,-missing/private",
                    "-Werror",
                    "-d",
                    out.toString(),
                    "-cp",
                    migrationClasspath());
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(paths))
                    .call();
            if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
                fail("generated source does not compile cleanly:\n" + describe(diagnostics.getDiagnostics(), files));
            }
        }
        return new URLClassLoader(new URL[] {out.toUri().toURL()}, JavaCompilation.class.getClassLoader());
    }

    /** The runtime and core classes: a generated migration must compile against these alone. */
    static String migrationClasspath() {
        return location(Migration.class) + File.pathSeparator + location(ColumnType.class);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics, Map<String, String> files) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            String name = d.getSource() == null
                    ? ""
                    : Path.of(d.getSource().toUri()).getFileName().toString();
            sb.append(d.getKind())
                    .append(' ')
                    .append(name)
                    .append(':')
                    .append(d.getLineNumber())
                    .append(": ")
                    .append(d.getMessage(Locale.ROOT))
                    .append('\n');
            String source = files.get(name);
            if (source != null) {
                String[] lines = source.split("\n", -1);
                long n = d.getLineNumber();
                if (n >= 1 && n <= lines.length) {
                    sb.append("    > ").append(lines[(int) n - 1]).append('\n');
                }
            }
        }
        String listing = files.entrySet().stream()
                .map(e -> "=== " + e.getKey() + "\n" + e.getValue())
                .collect(Collectors.joining("\n"));
        return sb + "\n" + listing;
    }
}
