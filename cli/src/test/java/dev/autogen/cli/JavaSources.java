package dev.autogen.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources written in a test (entities, hooks) into a class folder, as a project's build would, against
 * the test class path. Other files (a {@code META-INF/services} entry) are copied as they are.
 */
final class JavaSources {

    private JavaSources() {}

    /**
     * @param files paths relative to the class folder ({@code app/User.java}, {@code META-INF/services/...}) and their
     *     text
     * @return {@code out}
     */
    static Path compile(Path out, Map<String, String> files) throws IOException {
        Path src = out.resolveSibling(out.getFileName() + "-src");
        List<Path> sources = new ArrayList<>();
        for (Map.Entry<String, String> e : files.entrySet()) {
            boolean java = e.getKey().endsWith(".java");
            Path file = (java ? src : out).resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            if (java) {
                sources.add(file);
            }
        }
        Files.createDirectories(out);
        if (sources.isEmpty()) {
            return out;
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(
                            new StringWriter(),
                            fm,
                            diagnostics,
                            List.of(
                                    "--release",
                                    "17",
                                    "-proc:none",
                                    "-d",
                                    out.toString(),
                                    "-cp",
                                    System.getProperty("java.class.path")),
                            null,
                            fm.getJavaFileObjectsFromPaths(sources))
                    .call();
            if (!ok) {
                throw new IllegalStateException("test sources do not compile: " + diagnostics.getDiagnostics());
            }
        }
        return out;
    }
}
