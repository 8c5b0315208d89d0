package dev.autogen.runtime.internal.migration.load;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.internal.migration.error.InvalidMigrationException;
import dev.autogen.runtime.internal.migration.error.MigrationCompileException;
import dev.autogen.runtime.internal.migration.error.MigrationLoadException;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The migrations of one versions folder: headers read from the sources up front, classes loaded on demand. A
 * migration's class comes from the class path when the application already holds it (same name, same
 * {@code @Revision}), else from the compiled-class cache, else from compiling it, together with the other migrations
 * of the same request.
 */
final class VersionsFolderMigrations implements MigrationSet.Source {

    private static final System.Logger LOG = System.getLogger(MigrationLoader.class.getName());

    /** More sources than this to read (not known to the header index) are read in parallel. */
    private static final int PARALLEL_READS = 32;

    private final MigrationCompiler compiler;
    private final List<Path> sources;
    private final Map<Path, HeaderIndex.Stamp> listedStamps;
    private final Path cacheRoot;
    private final String location;
    /** The header read from each source's text, where the text tells it. */
    private final Map<Path, RevisionHeader> headers = new LinkedHashMap<>();

    private final Map<String, Path> byId = new HashMap<>();
    private final ClassLoader parent = parentLoader();
    private final MigrationClassLoader classes = new MigrationClassLoader(parent);
    private final java.util.concurrent.atomic.AtomicBoolean cacheTidied =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * @param sources the folder's migration sources in order, each with its size and modification time as the folder's
     *     listing took them
     */
    VersionsFolderMigrations(
            MigrationCompiler compiler, Map<Path, HeaderIndex.Stamp> sources, Path cacheRoot, String location) {
        this.compiler = compiler;
        this.sources = List.copyOf(sources.keySet());
        this.listedStamps = Map.copyOf(sources);
        this.cacheRoot = cacheRoot;
        this.location = location;
    }

    /** Reads every header; files whose text does not tell it are compiled now. */
    MigrationSet set() {
        // reading and parsing a thousand small files is most of what the history commands do: on two threads
        // unless the header index already holds them, from an earlier run
        Path indexFile = headerIndexFile();
        HeaderIndex index = indexFile == null ? HeaderIndex.empty() : HeaderIndex.read(indexFile);
        RevisionHeaderReader.Result[] results = new RevisionHeaderReader.Result[sources.size()];
        HeaderIndex.Stamp[] stamps = new HeaderIndex.Stamp[sources.size()];
        int[] unknown = new int[sources.size()];
        int unknownCount = 0;
        for (int k = 0; k < results.length; k++) {
            Path source = sources.get(k);
            // the stamp was taken (by the listing) before the text is read: a file changed meanwhile gets a new
            // stamp, never an old header
            HeaderIndex.Stamp stamp = indexFile == null ? null : listedStamps.get(source);
            RevisionHeader known = stamp == null ? null : index.lookup(indexKey(source), stamp);
            stamps[k] = stamp;
            if (known != null) {
                results[k] = new RevisionHeaderReader.Result(known, null);
            } else {
                unknown[unknownCount++] = k;
            }
        }
        // the files the index does not know are read and parsed on every core when there are many (the first run);
        // a few (the usual run, after one new migration) are not worth starting the pool's threads for
        IntStream toRead = IntStream.of(unknown).limit(unknownCount);
        (unknownCount > PARALLEL_READS ? toRead.parallel() : toRead).forEach(k -> results[k] = read(sources.get(k)));
        if (indexFile != null) {
            Map<String, HeaderIndex.Entry> entries = new HashMap<>();
            for (int k = 0; k < results.length; k++) {
                if (stamps[k] != null && results[k].header() != null) {
                    entries.put(indexKey(sources.get(k)), new HeaderIndex.Entry(stamps[k], results[k].header()));
                }
            }
            if (!index.holdsExactly(entries)) {
                HeaderIndex.write(indexFile, entries);
                MigrationLoader.ignoreInVersionControl(cacheRoot);
            }
        }
        List<Path> unreadable = new ArrayList<>();
        for (int k = 0; k < results.length; k++) {
            Path source = sources.get(k);
            RevisionHeaderReader.Result read = results[k];
            if (read.header() == null) {
                LOG.log(
                        System.Logger.Level.DEBUG,
                        () -> "The @Revision of " + source + " cannot be read from its text (" + read.problem()
                                + "); compiling that file to read it");
                unreadable.add(source);
                continue;
            }
            RevisionHeader header = read.header();
            java.util.function.Supplier<String> where = () -> header.className() + " in " + source;
            MigrationLoader.checkId(header.id(), "id", where);
            for (String parentId : header.revises()) {
                MigrationLoader.checkId(parentId, "revises", where);
            }
            for (String dependency : header.dependsOn()) {
                MigrationLoader.checkId(dependency, "dependsOn", where);
            }
            headers.put(source, header);
        }
        java.util.concurrent.atomic.AtomicInteger compiledCount = new java.util.concurrent.atomic.AtomicInteger();
        Map<Path, LoadedMigration> preloaded = unreadable.isEmpty() ? Map.of() : loadFiles(unreadable, compiledCount);
        List<RevisionNode> nodes = new ArrayList<>();
        for (Path source : sources) {
            RevisionHeader header = headers.get(source);
            RevisionNode node = header != null
                    ? header.node(source.toString())
                    : preloaded.get(source).revision();
            nodes.add(node);
            byId.putIfAbsent(node.id(), source);
        }
        return new MigrationSet(nodes, List.copyOf(preloaded.values()), compiledCount.get(), location, this, cacheRoot);
    }

    /** {@code .autogen/headers} next to the class cache; null when the cache is not in a work folder of its own. */
    private Path headerIndexFile() {
        Path workFolder = cacheRoot == null ? null : cacheRoot.toAbsolutePath().getParent();
        if (workFolder == null
                || workFolder.getFileName() == null
                || !workFolder.getFileName().toString().equals(MigrationLoader.WORK_FOLDER)) {
            return null;
        }
        return workFolder.resolve("headers");
    }

    /** A source's key in the header index: its absolute path (a work folder may serve two versions folders). */
    private static String indexKey(Path source) {
        return source.toAbsolutePath().normalize().toString();
    }

    private static RevisionHeaderReader.Result read(Path source) {
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new RevisionHeaderReader.Result(null, "the file is not UTF-8");
        } catch (IOException e) {
            throw new MigrationLoadException("Cannot read migration " + source, e);
        }
        return RevisionHeaderReader.read(text);
    }

    /** Safe from several threads: {@link MigrationSet#loadAhead} compiles two batches at once. */
    @Override
    public MigrationSet.Loaded load(List<RevisionNode> revisions) {
        List<Path> files = new ArrayList<>();
        for (RevisionNode revision : revisions) {
            files.add(byId.get(revision.id()));
        }
        java.util.concurrent.atomic.AtomicInteger compiledCount = new java.util.concurrent.atomic.AtomicInteger();
        Map<Path, LoadedMigration> loaded = loadFiles(files, compiledCount);
        Map<String, LoadedMigration> byRevision = new HashMap<>();
        for (Map.Entry<Path, LoadedMigration> entry : loaded.entrySet()) {
            LoadedMigration migration = entry.getValue();
            RevisionHeader header = headers.get(entry.getKey());
            if (header != null && !(migration.migration() instanceof MigrationInterpreter.InterpretedMigration)) {
                RevisionHeader compiled = RevisionHeader.of(
                        migration.migration().getClass(),
                        migration.migration().getClass().getAnnotation(Revision.class));
                if (!compiled.equals(header)) {
                    throw new InvalidMigrationException("The @Revision of " + entry.getKey() + " reads " + header
                            + " from its text but " + compiled + " from its compiled class: write its values as string"
                            + " literals, and please report this");
                }
            }
            byRevision.put(migration.revision().id(), migration);
        }
        return new MigrationSet.Loaded(byRevision, compiledCount.get());
    }

    /** Loads the migration of each file: from the class path, the cache, or one compiler run. */
    private Map<Path, LoadedMigration> loadFiles(
            List<Path> files, java.util.concurrent.atomic.AtomicInteger compiledCount) {
        Map<Path, LoadedMigration> result = new LinkedHashMap<>();
        List<Path> toLoad = new ArrayList<>();
        for (Path file : files) {
            LoadedMigration onClassPath = fromClassPath(file);
            if (onClassPath == null) {
                onClassPath = interpreted(file);
            }
            if (onClassPath != null) {
                result.put(file, onClassPath);
            } else {
                toLoad.add(file);
            }
        }
        if (toLoad.isEmpty()) {
            return result;
        }
        Map<Path, CompiledMigrations> compiled = compile(toLoad, compiledCount);
        compiled.values().forEach(c -> classes.add(c.classesDir(), c.classes()));
        for (Path file : toLoad) {
            CompiledMigrations own = compiled.get(file);
            List<Class<?>> types = new ArrayList<>();
            for (CompiledClass c : own.classes()) {
                Class<?> type;
                try {
                    type = Class.forName(c.className(), false, classes);
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new MigrationLoadException(
                            "Cannot load compiled migration class " + c.className() + " from " + own.classesDir()
                                    + " (delete that folder to recompile)",
                            e);
                }
                if (type.getEnclosingClass() == null) {
                    types.add(type);
                }
            }
            result.put(file, MigrationLoader.fromFile(file.toString(), types, location));
        }
        return result;
    }

    /**
     * Compiles the files whose classes are not cached, in one run. A migration that uses a class of another file of
     * the folder (not a recommended layout) does not compile alone: then the whole folder is compiled together, as it
     * always was, and the first error stands if that fails too.
     */
    private Map<Path, CompiledMigrations> compile(
            List<Path> files, java.util.concurrent.atomic.AtomicInteger compiledCount) {
        Map<Path, CompiledMigrations> compiled;
        try {
            compiled = compiler.compileEach(files, cacheRoot, location);
        } catch (MigrationCompileException alone) {
            if (files.size() == sources.size()) {
                throw alone;
            }
            try {
                compiled = compiler.compileEach(sources, cacheRoot, location);
            } catch (MigrationCompileException together) {
                throw alone;
            }
            LOG.log(
                    System.Logger.Level.DEBUG,
                    () -> "Compiled every migration of " + location + " together: " + alone.getMessage());
        }
        int fresh = (int)
                compiled.values().stream().filter(CompiledMigrations::compiled).count();
        if (fresh > 0) {
            compiledCount.addAndGet(fresh);
            MigrationLoader.ignoreInVersionControl(cacheRoot);
            if (cacheTidied.compareAndSet(false, true)) {
                compiler.removeStale(sources, cacheRoot);
            }
        }
        return compiled;
    }

    /**
     * The migration of a file in the form Autogen writes, read from its text without javac ({@link
     * MigrationInterpreter}); null for any other file, which is compiled.
     */
    private LoadedMigration interpreted(Path file) {
        RevisionHeader header = headers.get(file);
        if (header == null) {
            return null;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null; // compiled, which reports the file as it always did
        }
        Migration migration = MigrationInterpreter.read(text, header);
        if (migration == null) {
            return null;
        }
        // its ids were checked when its header was read, as every header's are
        LOG.log(System.Logger.Level.DEBUG, () -> "Migration " + file + " runs from its text, without compiling it");
        return new LoadedMigration(header.node(file.toString()), migration);
    }

    /**
     * The migration of a file whose class the application already holds: the class its header names, implementing
     * {@link Migration} and carrying the very same {@code @Revision}. Null when there is none.
     */
    private LoadedMigration fromClassPath(Path file) {
        RevisionHeader header = headers.get(file);
        if (header == null) {
            return null;
        }
        Class<?> type;
        try {
            type = Class.forName(header.className(), false, parent);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        Revision revision = type.getAnnotation(Revision.class);
        if (!Migration.class.isAssignableFrom(type)
                || revision == null
                || !RevisionHeader.of(type, revision).equals(header)) {
            return null;
        }
        LoadedMigration loaded = MigrationLoader.instantiate(type, file.toString());
        LOG.log(
                System.Logger.Level.DEBUG,
                () -> "Migration " + file + " is on the class path as " + type.getName() + "; not compiling it");
        return loaded;
    }

    /** The loader migrations see as their parent: the context class loader when it shares this runtime's types. */
    private static ClassLoader parentLoader() {
        ClassLoader parent = Migration.class.getClassLoader();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != parent) {
            try {
                if (Class.forName(Migration.class.getName(), false, context) == Migration.class) {
                    parent = context;
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // keep the runtime's own loader
            }
        }
        return parent;
    }
}
