package dev.autogen.runtime.migration.load;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.migration.graph.RevisionGraph;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loaded migrations and their validated revision graph. */
public final class MigrationSet {

    private final List<LoadedMigration> migrations;
    private final Map<String, Migration> byId;
    private final RevisionGraph graph;
    private final boolean compiled;
    private final Path classesDir;

    /**
     * Validates the revisions (duplicates, missing parents, cycles) by building their graph.
     *
     * @param migrations the migrations
     * @param location where they come from, named in messages
     * @param compiled whether the compiler ran to produce them
     * @param classesDir the folder of their class files, or null for migrations already on the classpath
     */
    public MigrationSet(List<LoadedMigration> migrations, String location, boolean compiled, Path classesDir) {
        this.migrations = List.copyOf(migrations);
        this.graph = RevisionGraph.of(this.migrations.stream().map(LoadedMigration::revision).toList(), location);
        Map<String, Migration> map = new HashMap<>();
        this.migrations.forEach(m -> map.put(m.revision().id(), m.migration()));
        this.byId = Map.copyOf(map);
        this.compiled = compiled;
        this.classesDir = classesDir;
    }

    public RevisionGraph graph() {
        return graph;
    }

    /** The migrations in load order (by file name, or as given). */
    public List<LoadedMigration> migrations() {
        return migrations;
    }

    /** The migration of a revision in the graph. */
    public Migration migration(String revision) {
        Migration migration = byId.get(revision);
        if (migration == null) {
            graph.get(revision);
            throw new IllegalStateException("no migration for revision " + revision);
        }
        return migration;
    }

    /** Whether loading ran the compiler; false when the cache held the classes or none were compiled. */
    public boolean compiled() {
        return compiled;
    }

    /** The folder holding the compiled classes, if the migrations were compiled from sources. */
    public Optional<Path> classesDir() {
        return Optional.ofNullable(classesDir);
    }
}
