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
 * Compiles migration sources in-process into a class cache under {@code <cacheRoot>}. Each compiler run writes one
 * folder, {@code <cacheRoot>/<hash>}, holding the classes of the sources it compiled and an index naming, for each
 * source, its key (a hash over that source, the compiler options and the runtime API jars) and its classes. A source
 * whose key some complete folder lists is not compiled again: a new migration compiles alone, and the others stay
 * compiled. One folder per run, rather than one per source, keeps the first compile of a long history to one folder,
 * one index and one move (a thousand folders cost about a second of file system work, as much as javac itself). A
 * folder is complete once it holds its index: it is built in a temporary folder and moved into place, so a crashed or
 * concurrent run never leaves half a cache behind. {@link #removeStale} removes the folders no source needs any more.
 */
public final class MigrationCompiler {

    /** Options passed to javac, besides the class path and output folder. */
    public static final List<String> OPTIONS = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8");

    static final String INDEX_FILE = "autogen-classes.index";
    private static final String FORMAT = "autogen-migration-classes/2";
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
     * Finds each source's classes in the cache, by its key; the sources the cache does not hold are compiled by one
     * javac run into one new cache folder.
     *
     * @param sources the source files, as found in the versions folder
     * @param cacheRoot the folder holding the cache folders
     * @param location the versions folder, named in messages
     * @return each source's classes, in the order given; {@link CompiledMigrations#compiled()} tells which were compiled
     * @throws MigrationCompileException when a source to compile does not compile
     */
    public Map<Path, CompiledMigrations> compileEach(List<Path> sources, Path cacheRoot, String location) {
        Map<Path, CompiledMigrations> result = new LinkedHashMap<>();
        Map<Path, String> toCompile = new LinkedHashMap<>();
        Map<String, CompiledMigrations> cached = readCache(cacheRoot);
        for (Path source : sources) {
            String key = sourceKey(source);
            CompiledMigrations hit = cached.get(key);
            result.put(source, hit);
            if (hit == null) {
                toCompile.put(source, key);
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
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (Map.Entry<Path, String> source : toCompile.entrySet()) {
                String file = source.getKey().getFileName().toString();
                entries.put(source.getValue(), new Entry(file, List.copyOf(bySource.getOrDefault(file, List.of()))));
            }
            writeIndex(temp, entries);
            Path target = cacheRoot.resolve(folderName(entries.keySet()));
            if (Files.exists(target) && !Files.isRegularFile(target.resolve(INDEX_FILE))) {
                deleteTree(target); // without its index it is not a finished cache folder
            }
            // another run that compiled the very same sources may have got there first: its classes are as good
            Map<String, Entry> stored = moveIntoPlace(temp, target) ? entries : readIndex(target);
            for (Map.Entry<Path, String> source : toCompile.entrySet()) {
                Entry entry = stored.get(source.getValue());
                if (entry == null) {
                    throw new MigrationLoadException("The migration class cache folder " + target + " lacks "
                            + source.getKey() + " (delete that folder to recompile)");
                }
                result.put(source.getKey(), new CompiledMigrations(target, entry.classes(), true));
            }
            return result;
        } finally {
            deleteTree(temp);
        }
    }

    /** One source's line in a cache folder's index: its file name and its classes. */
    private record Entry(String sourceFile, List<CompiledClass> classes) {}

    /**
     * Every complete cache folder's sources, by key; the first folder by name wins where two hold the same source (two
     * runs that compiled it at once). Folders of another layout, unfinished or unreadable ones are skipped.
     */
    private static Map<String, CompiledMigrations> readCache(Path cacheRoot) {
        Map<String, CompiledMigrations> cached = new HashMap<>();
        if (!Files.isDirectory(cacheRoot)) {
            return cached;
        }
        List<Path> folders;
        try (Stream<Path> entries = Files.list(cacheRoot)) {
            folders = entries.filter(p -> !p.getFileName().toString().contains(".tmp-"))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return cached;
        }
        for (Path folder : folders) {
            Map<String, Entry> index;
            try {
                index = readIndex(folder);
            } catch (MigrationLoadException e) {
                continue; // not a finished cache folder of this layout: compiled again, removed by removeStale
            }
            index.forEach(
                    (key, entry) -> cached.putIfAbsent(key, new CompiledMigrations(folder, entry.classes(), false)));
        }
        return cached;
    }

    /** A new cache folder's name: a hash of the keys it holds. */
    private static String folderName(java.util.Collection<String> keys) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            keys.stream().sorted().forEach(key -> update(digest, key));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Removes the cache folders that hold none of {@code sources} (migrations deleted or edited, a former cache
     * layout), and temporary folders older than an hour. A folder that still holds one of them stays whole. Never
     * fails: a folder left behind costs disk space only.
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
                if (!Files.isDirectory(entry)) {
                    continue;
                }
                if (name.contains(".tmp-")) {
                    if (Files.getLastModifiedTime(entry).toInstant().isBefore(staleBefore)) {
                        deleteTree(entry);
                    }
                    continue;
                }
                boolean needed;
                try {
                    needed = readIndex(entry).keySet().stream().anyMatch(keep::contains);
                } catch (MigrationLoadException e) {
                    needed = false;
                }
                if (!needed) {
                    deleteTree(entry);
                }
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

    /** Writes the index: the format, then one line per source, {@code key TAB file TAB class TAB class...}. */
    private static void writeIndex(Path dir, Map<String, Entry> entries) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        entries.forEach((key, entry) -> {
            text.append(key).append('\t').append(entry.sourceFile());
            entry.classes().forEach(c -> text.append('\t').append(c.className()));
            text.append('\n');
        });
        try {
            Files.writeString(dir.resolve(INDEX_FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationLoadException("Cannot write the migration class index in " + dir, e);
        }
    }

    /** A cache folder's index, by source key; throws when the folder has none or one of another layout. */
    private static Map<String, Entry> readIndex(Path dir) {
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(INDEX_FILE), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationLoadException(
                    "Cannot read the migration class index in " + dir + " (delete that folder to rebuild it)", e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
            throw new MigrationLoadException("The migration class cache folder " + dir + " has another layout");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                continue;
            }
            List<CompiledClass> classes = new ArrayList<>();
            for (int k = 2; k < fields.length; k++) {
                classes.add(new CompiledClass(fields[k], fields[1]));
            }
            entries.put(fields[0], new Entry(fields[1], List.copyOf(classes)));
        }
        return entries;
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

    /** Deletes a folder and all it holds, quietly: what is left behind costs disk space only. */
    public static void deleteTree(Path root) {
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
