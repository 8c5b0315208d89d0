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
import java.util.Set;

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

    private final Map<String, LoadedMigration> loaded = new HashMap<>();
    private final Source source;
    private final Path classesDir;
    private int compiled;

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
     * migration that does not compile stops the run before the first step.
     *
     * @return how many sources were compiled
     * @throws dev.autogen.runtime.internal.migration.error.UnknownRevisionException for a revision not in the graph
     */
    public synchronized int load(Collection<String> revisions) {
        Set<String> missing = new LinkedHashSet<>();
        for (String id : revisions) {
            if (!loaded.containsKey(id)) {
                graph.get(id);
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return 0;
        }
        if (source == null) {
            throw new IllegalStateException("no migration for revisions " + missing);
        }
        Loaded result = source.load(missing.stream().map(graph::get).toList());
        loaded.putAll(result.migrations());
        compiled += result.compiled();
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
