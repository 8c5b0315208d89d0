package dev.autogen.runtime.internal.migration.load;

import dev.autogen.runtime.internal.migration.error.CompilerUnavailableException;
import dev.autogen.runtime.internal.migration.error.MigrationCompileException;
import dev.autogen.runtime.internal.migration.error.MigrationLoadException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles migration sources in-process, each into its own cache folder {@code <cacheRoot>/<hash>}, where the hash
 * covers that source, the compiler options and the runtime API jars: a new migration compiles alone, and the others
 * stay compiled. The sources that need compiling are compiled by one javac run. A cache folder is complete once it
 * holds its index file: it is built in a temporary folder and moved into place, so a crashed or concurrent run never
 * leaves half a cache behind. {@link #removeStale} removes the folders no source compiles into any more.
 */
public final class MigrationCompiler {

    /** Options passed to javac, besides the class path and output folder. */
    public static final List<String> OPTIONS = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8");

    static final String INDEX_FILE = "autogen-classes.index";
    private static final String FORMAT = "autogen-migration-classes/1";
    private static final Duration STALE_TEMP = Duration.ofHours(1);

    private final Supplier<JavaCompiler> compiler;
    private final List<Path> classpath;

    /** The JDK's system compiler and {@link RuntimeClasspath#entries()}. */
    public MigrationCompiler() {
        this(ToolProvider::getSystemJavaCompiler, RuntimeClasspath.entries());
    }

    /**
     * @param compiler supplies the compiler; it may supply null, meaning none is available
     * @param classpath what the migrations compile against
     */
    public MigrationCompiler(Supplier<JavaCompiler> compiler, List<Path> classpath) {
        this.compiler = Objects.requireNonNull(compiler, "compiler");
        this.classpath = List.copyOf(classpath);
    }

    /**
     * Compiles each source on its own cache folder, {@code <cacheRoot>/<hash>}, where the hash covers that source
     * alone (its name and content), the compiler options and the runtime API jars. Sources whose folder is complete
     * are not compiled again; the others are compiled by one javac run and their classes split by source.
     *
     * @param sources the source files, as found in the versions folder
     * @param cacheRoot the folder holding one sub-folder per source hash
     * @param location the versions folder, named in messages
     * @return each source's classes, in the order given; {@link CompiledMigrations#compiled()} tells which were compiled
     * @throws MigrationCompileException when a source to compile does not compile
     */
    public Map<Path, CompiledMigrations> compileEach(List<Path> sources, Path cacheRoot, String location) {
        Map<Path, CompiledMigrations> result = new LinkedHashMap<>();
        Map<Path, String> toCompile = new LinkedHashMap<>();
        for (Path source : sources) {
            String key = sourceKey(source);
            Path target = cacheRoot.resolve(key);
            if (Files.isRegularFile(target.resolve(INDEX_FILE))) {
                result.put(source, new CompiledMigrations(target, readIndex(target), false));
            } else {
                toCompile.put(source, key);
                result.put(source, null);
            }
        }
        if (toCompile.isEmpty()) {
            return result;
        }
        JavaCompiler javac = compiler.get();
        if (javac == null) {
            throw new CompilerUnavailableException(System.getProperty("java.home"), location);
        }
        Path temp;
        try {
            Files.createDirectories(cacheRoot);
            temp = Files.createTempDirectory(cacheRoot, "batch.tmp-");
        } catch (IOException e) {
            throw new MigrationLoadException("Cannot create the migration class cache in " + cacheRoot, e);
        }
        try {
            List<CompiledClass> classes = runCompiler(javac, List.copyOf(toCompile.keySet()), temp, location);
            Map<String, List<CompiledClass>> bySource = new HashMap<>();
            for (CompiledClass c : classes) {
                bySource.computeIfAbsent(c.sourceFile(), k -> new ArrayList<>()).add(c);
            }
            for (Map.Entry<Path, String> entry : toCompile.entrySet()) {
                String file = entry.getKey().getFileName().toString();
                List<CompiledClass> own = List.copyOf(bySource.getOrDefault(file, List.of()));
                Path target = cacheRoot.resolve(entry.getValue());
                if (Files.exists(target)) {
                    deleteTree(target); // without its index it is not a finished cache folder
                }
                Path folder = Files.createTempDirectory(cacheRoot, entry.getValue() + ".tmp-");
                try {
                    for (CompiledClass c : own) {
                        String relative = c.className().replace('.', '/') + ".class";
                        Path to = folder.resolve(relative);
                        if (to.getParent() != null) {
                            Files.createDirectories(to.getParent());
                        }
                        Files.move(temp.resolve(relative), to);
                    }
                    writeIndex(folder, own);
                    boolean moved = moveIntoPlace(folder, target);
                    result.put(entry.getKey(), new CompiledMigrations(target, moved ? own : readIndex(target), true));
                } finally {
                    deleteTree(folder);
                }
            }
            return result;
        } catch (IOException e) {
            throw new MigrationLoadException("Cannot store compiled migrations in " + cacheRoot, e);
        } finally {
            deleteTree(temp);
        }
    }

    /** The cache folder a source compiles into, if it is complete. */
    public java.util.Optional<CompiledMigrations> cached(Path source, Path cacheRoot) {
        Path target = cacheRoot.resolve(sourceKey(source));
        if (Files.isRegularFile(target.resolve(INDEX_FILE))) {
            return java.util.Optional.of(new CompiledMigrations(target, readIndex(target), false));
        }
        return java.util.Optional.empty();
    }

    /**
     * Removes the cache folders that none of {@code sources} compiles into (migrations deleted or edited, a former
     * cache layout), and temporary folders older than an hour. Never fails: a folder left behind costs disk space only.
     */
    public void removeStale(List<Path> sources, Path cacheRoot) {
        if (!Files.isDirectory(cacheRoot)) {
            return;
        }
        java.util.Set<String> keep = new java.util.HashSet<>();
        try {
            for (Path source : sources) {
                keep.add(sourceKey(source));
            }
        } catch (MigrationLoadException e) {
            return;
        }
        Instant staleBefore = Instant.now().minus(STALE_TEMP);
        try (Stream<Path> entries = Files.list(cacheRoot)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (keep.contains(name) || !Files.isDirectory(entry)) {
                    continue;
                }
                if (name.contains(".tmp-")
                        && Files.getLastModifiedTime(entry).toInstant().isAfter(staleBefore)) {
                    continue;
                }
                deleteTree(entry);
            }
        } catch (IOException | UncheckedIOException e) {
            // only disk space
        }
    }

    /** The hash naming one source's cache folder. */
    String sourceKey(Path source) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(apiKey());
            update(digest, source.getFileName().toString());
            byte[] content = Files.readAllBytes(source);
            update(digest, Integer.toString(content.length));
            digest.update(content);
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        } catch (IOException e) {
            throw new MigrationLoadException("Cannot read the migration source " + source, e);
        }
    }

    private byte[] apiKey;

    /** What every source's hash covers besides the source: the cache format, the options and the API jars. */
    private synchronized byte[] apiKey() throws NoSuchAlgorithmException, IOException {
        if (apiKey == null) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, FORMAT + "/per-source");
            update(digest, String.join(" ", OPTIONS));
            for (Path api : RuntimeClasspath.apiLocations()) {
                update(digest, api.toString());
                if (Files.isRegularFile(api)) {
                    update(
                            digest,
                            Files.size(api) + "@"
                                    + Files.getLastModifiedTime(api).toMillis());
                }
            }
            apiKey = digest.digest();
        }
        return apiKey;
    }

    private List<CompiledClass> runCompiler(JavaCompiler javac, List<Path> sources, Path output, String location) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<URI, Path> byUri = new HashMap<>();
        for (Path source : sources) {
            byUri.put(uriOf(source), source);
        }
        Map<String, String> classToSource = new TreeMap<>();
        try (StandardJavaFileManager standard =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            standard.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            standard.setLocationFromPaths(StandardLocation.CLASS_PATH, classpath);
            ForwardingJavaFileManager<StandardJavaFileManager> recording = new ForwardingJavaFileManager<>(standard) {
                @Override
                public JavaFileObject getJavaFileForOutput(
                        Location location, String className, JavaFileObject.Kind kind, FileObject sibling)
                        throws IOException {
                    if (kind == JavaFileObject.Kind.CLASS && sibling != null) {
                        Path source = byUri.get(uriOf(sibling.toUri()));
                        if (source != null) {
                            classToSource.put(className, source.getFileName().toString());
                        }
                    }
                    return super.getJavaFileForOutput(location, className, kind, sibling);
                }
            };
            StringWriter compilerOutput = new StringWriter();
            boolean ok = javac.getTask(
                            compilerOutput,
                            recording,
                            diagnostics,
                            OPTIONS,
                            null,
                            standard.getJavaFileObjectsFromPaths(sources))
                    .call();
            if (!ok) {
                throw compileError(diagnostics.getDiagnostics(), byUri, compilerOutput.toString(), location);
            }
        } catch (IOException e) {
            throw new MigrationLoadException("Cannot compile the migrations into " + output, e);
        }
        List<CompiledClass> classes = new ArrayList<>();
        classToSource.forEach((name, source) -> classes.add(new CompiledClass(name, source)));
        return classes;
    }

    private static MigrationCompileException compileError(
            List<Diagnostic<? extends JavaFileObject>> diagnostics,
            Map<URI, Path> byUri,
            String output,
            String location) {
        List<String> errors = new ArrayList<>();
        String firstFile = null;
        long firstLine = -1;
        String firstMessage = null;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Path source =
                    d.getSource() == null ? null : byUri.get(uriOf(d.getSource().toUri()));
            String file = source != null
                    ? source.toString()
                    : d.getSource() != null ? d.getSource().getName() : "javac";
            long line = d.getLineNumber();
            String message = d.getMessage(Locale.ROOT).strip().replaceAll("\\s*\\R\\s*", " ");
            errors.add(file + (line > 0 ? ":" + line : "") + ": " + message);
            if (firstMessage == null) {
                firstFile = file;
                firstLine = line;
                firstMessage = message;
            }
        }
        if (firstMessage == null) {
            String text = output.isBlank() ? "javac failed without reporting an error" : output;
            return new MigrationCompileException(location, -1, text, List.of(text));
        }
        return new MigrationCompileException(firstFile, firstLine, firstMessage, errors);
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static void writeIndex(Path dir, List<CompiledClass> classes) {
        StringBuilder text = new StringBuilder();
        for (CompiledClass c : classes) {
            text.append(c.className()).append('\t').append(c.sourceFile()).append('\n');
        }
        try {
            Files.writeString(dir.resolve(INDEX_FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationLoadException("Cannot write the migration class index in " + dir, e);
        }
    }

    private static List<CompiledClass> readIndex(Path dir) {
        try {
            List<CompiledClass> classes = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve(INDEX_FILE), StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    classes.add(new CompiledClass(line.substring(0, tab), line.substring(tab + 1)));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new MigrationLoadException(
                    "Cannot read the migration class index in " + dir + " (delete that folder to rebuild it)", e);
        }
    }

    /** Moves the finished temporary folder to its final name; false if another run got there first. */
    private static boolean moveIntoPlace(Path temp, Path target) {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            if (Files.isRegularFile(target.resolve(INDEX_FILE))) {
                return false;
            }
            throw new MigrationLoadException("Cannot move compiled migrations into " + target, e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // Leftovers in the cache folder are harmless: they are skipped by name and removed by a later compile.
        }
    }

    private static URI uriOf(Path path) {
        return path.toAbsolutePath().normalize().toUri();
    }

    private static URI uriOf(URI uri) {
        return "file".equals(uri.getScheme()) ? uriOf(Path.of(uri)) : uri;
    }
}
