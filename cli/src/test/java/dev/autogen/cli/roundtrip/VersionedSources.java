package dev.autogen.cli.roundtrip;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * One entity model in several versions, kept as marked-up sources (see {@code roundtrip/rt/README.txt}) and compiled
 * for one version at a time, the way a developer's build would compile the changed entities.
 */
public final class VersionedSources {
    private static final Pattern MARKER = Pattern.compile("^@@(?:(\\d+)\\+|-(\\d+)|(\\d+)-(\\d+)|(\\d+)) ?(.*)$");
    private static final Pattern FILE_MARKER = Pattern.compile("^@@file (\\S+)$");
    private static final String[] FILES = {
        "Address", "Author", "Tag", "Book", "Review", "Payment", "CardPayment", "BankPayment", "Media", "Image"
    };

    private VersionedSources() {}

    /** Compiles version {@code v} of the {@code rt} model into {@code out} and returns it. */
    static Path compile(int v, Path out) throws IOException {
        return compile("rt", List.of(FILES), v, out);
    }

    /**
     * Compiles version {@code v} of the model in {@code roundtrip/<model>/} (its sources in package {@code model}, one
     * {@code <name>.jv} per name in {@code names}) into {@code out} and returns it.
     */
    public static Path compile(String model, List<String> names, int v, Path out) throws IOException {
        Path src = out.resolveSibling(out.getFileName() + "-src").resolve(model);
        Files.createDirectories(src);
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            String text = select(read("roundtrip/" + model + "/" + name + ".jv"), v);
            if (text != null) {
                Path file = src.resolve(name + ".java");
                Files.writeString(file, text, StandardCharsets.UTF_8);
                files.add(file);
            }
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
                            fm.getJavaFileObjectsFromPaths(files))
                    .call();
            if (!ok) {
                throw new IllegalStateException(
                        "entity sources of version " + v + " do not compile: " + diagnostics.getDiagnostics());
            }
        }
        return out;
    }

    /** The source as it is in version {@code v}, or null when the file is not part of that version. */
    static String select(String text, int v) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        Matcher fileMarker = FILE_MARKER.matcher(lines.get(0));
        if (fileMarker.matches()) {
            if (!inRange(fileMarker.group(1), v)) {
                return null;
            }
            lines.remove(0);
        }
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            Matcher m = MARKER.matcher(line);
            if (!m.matches()) {
                out.append(line).append('\n');
                continue;
            }
            boolean keep;
            if (m.group(1) != null) {
                keep = v >= Integer.parseInt(m.group(1));
            } else if (m.group(2) != null) {
                keep = v <= Integer.parseInt(m.group(2));
            } else if (m.group(3) != null) {
                keep = v >= Integer.parseInt(m.group(3)) && v <= Integer.parseInt(m.group(4));
            } else {
                keep = v == Integer.parseInt(m.group(5));
            }
            if (keep) {
                out.append(m.group(6)).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean inRange(String range, int v) {
        String[] parts = range.split("-");
        return v >= Integer.parseInt(parts[0]) && v <= Integer.parseInt(parts[1]);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = VersionedSources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
