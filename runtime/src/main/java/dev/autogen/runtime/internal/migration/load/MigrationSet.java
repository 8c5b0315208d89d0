package dev.autogen.runtime.internal.migration.load;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Migrations and their validated revision graph. The graph is known from the start; the migrations of a versions
 * folder are loaded when they are needed ({@link #load}, {@link #migration}), compiling only those whose classes
 * are not compiled yet, so that reading the history never runs the compiler.
 */
public final class MigrationSet {

    /** Loads the migrations of revisions on demand. */
    interface Source {

        /**
         * Loads the migrations of revisions not loaded yet.
         *
         * @return each revision's migration, by id, and how many sources the compiler compiled for it
         */
        Loaded load(List<RevisionNode> revisions);
    }

    /**
     * What {@link Source#load} loaded.
     *
     * @param migrations by revision id
     * @param compiled how many sources were compiled to load them
     */
    record Loaded(Map<String, LoadedMigration> migrations, int compiled) {}

    private final RevisionGraph graph;
    /** Revision ids in load order (by file name, or as given). */
    private final List<String> order;

    /**
     * More migrations to compile than this are compiled ahead ({@link #loadAhead}): the first {@link #FIRST_BATCH}
     * before the run, the rest in batches on a background thread while the first ones run.
     */
    static final int AHEAD_THRESHOLD = 64;

    static final int FIRST_BATCH = 32;

    private static final int MAX_BATCH = 256;

    private final Map<String, LoadedMigration> loaded = new HashMap<>();
    /** Revisions a background thread is loading, each with its batch's completion; guarded by this. */
    private final Map<String, CompletableFuture<Void>> pending = new HashMap<>();

    private final Source source;
    private final Path classesDir;
    private int compiled;
    private long compileNanos;

    /**
     * Migrations already loaded. Validates the revisions (duplicates, missing parents, cycles) by building their graph.
     *
     * @param migrations the migrations
     * @param location where they come from, named in messages
     * @param compiled whether the compiler ran to produce them
     * @param classesDir the folder of their class files, or null for migrations already on the classpath
     */
    public MigrationSet(List<LoadedMigration> migrations, String location, boolean compiled, Path classesDir) {
        this(
                migrations.stream().map(LoadedMigration::revision).toList(),
                migrations,
                compiled ? Math.max(1, migrations.size()) : 0,
                location,
                null,
                classesDir);
    }

    /**
     * Revisions whose migrations load on demand, some of them possibly loaded already.
     *
     * @param revisions every revision, in load order
     * @param preloaded the migrations already loaded
     * @param compiled how many sources were compiled to load them
     * @param source loads the others
     * @param classesDir the folder holding the compiled classes' cache folders
     */
    MigrationSet(
            List<RevisionNode> revisions,
            List<LoadedMigration> preloaded,
            int compiled,
            String location,
            Source source,
            Path classesDir) {
        this.compiled = compiled;
        this.graph = RevisionGraph.of(revisions, location);
        this.order = revisions.stream().map(RevisionNode::id).toList();
        preloaded.forEach(m -> loaded.put(m.revision().id(), m));
        this.source = source;
        this.classesDir = classesDir;
    }

    public RevisionGraph graph() {
        return graph;
    }

    /** Every migration in load order (by file name, or as given), loading (and compiling) those not loaded yet. */
    public List<LoadedMigration> migrations() {
        load(order);
        List<LoadedMigration> all = new ArrayList<>();
        synchronized (this) {
            order.forEach(id -> all.add(loaded.get(id)));
        }
        return List.copyOf(all);
    }

    /**
     * Loads the migrations of these revisions, compiling in one compiler run those whose classes are neither on the
     * class path nor in the compiled-class cache. A runner calls it with the revisions it is about to run, so that a
     * migration that does not compile stops the run before the first step. Revisions another thread is loading (a
     * runner of another target, {@link #loadAhead}'s thread) are waited for, not compiled twice.
     *
     * @return how many sources this call compiled
     * @throws dev.autogen.runtime.internal.migration.error.UnknownRevisionException for a revision not in the graph
     */
    public int load(Collection<String> revisions) {
        int compiledHere = 0;
        while (true) {
            List<String> claimed = new ArrayList<>();
            List<CompletableFuture<Void>> loading = new ArrayList<>();
            CompletableFuture<Void> mine = new CompletableFuture<>();
            synchronized (this) {
                for (String id : new LinkedHashSet<>(revisions)) {
                    if (!loaded.containsKey(id)) {
                        graph.get(id);
                        CompletableFuture<Void> batch = pending.get(id);
                        if (batch != null) {
                            loading.add(batch);
                        } else {
                            claimed.add(id);
                            pending.put(id, mine);
                        }
                    }
                }
            }
            if (!claimed.isEmpty()) {
                compiledHere += loadClaimed(claimed, mine, true);
            }
            if (loading.isEmpty()) {
                return compiledHere;
            }
            loading.forEach(MigrationSet::await);
        }
    }

    /**
     * Loads these revisions, which this thread has claimed in {@link #pending} with {@code batch}; then they are no
     * longer pending, and {@code batch} completes (exceptionally, with what loading threw). A failed batch stays
     * pending when {@code retry} is false, so that whoever asks for one of its migrations gets the same error.
     */
    private int loadClaimed(List<String> claimed, CompletableFuture<Void> batch, boolean retry) {
        try {
            int n = loadNow(claimed);
            release(claimed, batch);
            return n;
        } catch (RuntimeException | Error e) {
            if (retry) {
                synchronized (this) {
                    claimed.forEach(pending::remove);
                }
            }
            batch.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Loads the migrations of these revisions, given in the order they will run. When more than
     * {@link #AHEAD_THRESHOLD} of them are not loaded yet, the first {@link #FIRST_BATCH} are loaded now and the others
     * on a background thread, in order, in batches (of 64, 128, then 256), each one compiler run, while the first ones
     * run ({@link #migration} waits for its batch). A thousand migrations then run while most of them compile instead
     * of after. A migration that does not compile stops the run before the first migration of its batch (the ones
     * before it ran, each as it would have); fewer migrations are all loaded before the first step, as by
     * {@link #load}.
     *
     * @return the background loading, to {@linkplain Ahead#close() stop} when the run is over
     */
    public Ahead loadAhead(List<String> revisions) {
        List<String> missing;
        synchronized (this) {
            missing = revisions.stream()
                    .distinct()
                    .filter(id -> !loaded.containsKey(id) && !pending.containsKey(id))
                    .toList();
        }
        if (source == null || missing.size() <= AHEAD_THRESHOLD) {
            load(revisions);
            return Ahead.NONE;
        }
        missing.forEach(graph::get);
        List<List<String>> batches = new ArrayList<>();
        batches.add(missing.subList(0, FIRST_BATCH));
        // batches of 64, 128, then 256: the run waits for a whole batch, so the last one should be short; smaller
        // ones would pay more for each compiler run
        for (int from = FIRST_BATCH, size = 2 * FIRST_BATCH;
                from < missing.size();
                size = Math.min(2 * size, MAX_BATCH)) {
            int to = missing.size() - (from + size) < size / 2 ? missing.size() : from + size;
            batches.add(missing.subList(from, to));
            from = to;
        }
        List<CompletableFuture<Void>> done = new ArrayList<>();
        synchronized (this) {
            for (List<String> batch : batches) {
                CompletableFuture<Void> future = new CompletableFuture<>();
                // one another thread claimed meanwhile stays its: this batch leaves it out (ownBatch)
                batch.forEach(id -> pending.putIfAbsent(id, future));
                done.add(future);
            }
        }
        Ahead ahead = new Ahead();
        Thread thread = new Thread(
                () -> {
                    for (int k = 1; k < batches.size(); k++) {
                        List<String> batch = ownBatch(batches.get(k), done.get(k));
                        if (ahead.stopped) {
                            release(batch, done.get(k));
                            continue;
                        }
                        try {
                            loadClaimed(batch, done.get(k), false);
                        } catch (RuntimeException | Error e) {
                            ahead.stopped = true;
                        }
                    }
                },
                "autogen-compile-ahead");
        thread.setDaemon(true);
        ahead.thread = thread;
        // the first batch compiles here while the thread starts on the next ones: on two cores or more, the
        // compiler's slow first run (its own classes still loading) then happens once on each
        thread.start();
        try {
            loadClaimed(ownBatch(batches.get(0), done.get(0)), done.get(0), true);
        } catch (RuntimeException | Error e) {
            ahead.close();
            throw e;
        }
        return ahead;
    }

    /** The revisions of {@code batch} that {@code future} claimed (another thread may have claimed some first). */
    private synchronized List<String> ownBatch(List<String> batch, CompletableFuture<Void> future) {
        return batch.stream().filter(id -> pending.get(id) == future).toList();
    }

    /** {@link #loadAhead}'s background loading of one run. */
    public static final class Ahead implements AutoCloseable {

        static final Ahead NONE = new Ahead();

        private volatile boolean stopped;
        private volatile Thread thread;

        private Ahead() {}

        /**
         * Stops the thread after its current batch, and waits for it, so that no compiler still writes into the class
         * cache once the run is over; later batches are loaded when asked for.
         */
        @Override
        public void close() {
            stopped = true;
            Thread running = thread;
            if (running != null && running != Thread.currentThread()) {
                try {
                    running.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** How many sources were compiled so far, and in how much time (a background thread's included). */
    public synchronized CompileTime compileTime() {
        return new CompileTime(compiled, java.time.Duration.ofNanos(compileNanos));
    }

    /**
     * @param sources how many sources were compiled
     * @param elapsed the time the compiler ran
     */
    public record CompileTime(int sources, java.time.Duration elapsed) {}

    /** A batch no longer pending: loaded, or left for whoever asks for it next. */
    private void release(List<String> batch, CompletableFuture<Void> future) {
        synchronized (this) {
            batch.forEach(pending::remove);
        }
        future.complete(null);
    }

    private static void await(CompletableFuture<Void> batch) {
        try {
            batch.join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Loads these revisions' migrations from the source, outside this set's lock (the source serialises itself). */
    private int loadNow(List<String> revisions) {
        if (source == null) {
            throw new IllegalStateException("no migration for revisions " + revisions);
        }
        long started = System.nanoTime();
        Loaded result = source.load(revisions.stream().map(graph::get).toList());
        synchronized (this) {
            loaded.putAll(result.migrations());
            compiled += result.compiled();
            if (result.compiled() > 0) {
                compileNanos += System.nanoTime() - started;
            }
        }
        return result.compiled();
    }

    /** Whether the revision's migration runs in a transaction: false where it says {@code @Revision(transactional = false)}. */
    public boolean transactional(String revision) {
        dev.autogen.runtime.Revision declared =
                migration(revision).getClass().getAnnotation(dev.autogen.runtime.Revision.class);
        return declared == null || declared.transactional();
    }

    /** The migration of a revision in the graph, loading it if need be. */
    public Migration migration(String revision) {
        load(List.of(revision));
        synchronized (this) {
            return loaded.get(revision).migration();
        }
    }

    /** Whether the compiler has run for these migrations so far; false when none needed compiling. */
    public synchronized boolean compiled() {
        return compiled > 0;
    }

    /** The folder holding the compiled classes (one cache folder per source), for migrations of a versions folder. */
    public Optional<Path> classesDir() {
        return Optional.ofNullable(classesDir);
    }
}
