package dev.autogen.engine;

import dev.autogen.diff.hook.AutogenHook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link Autogenerate} was built with.
 *
 * @param database where the live schema is read
 * @param entities class path entries holding the compiled entities
 * @param packages packages to scan for entities (empty: all)
 * @param migrations the migrations folder (holding {@code versions/}, its template and the entity model cache), or null
 * @param include glob patterns of the tables to compare (empty: all)
 * @param exclude glob patterns of the tables never to compare
 * @param scratch whether to compare through a scratch copy of the entities' schema; null for the database's default
 * @param allSchemas whether to compare every schema the entities name besides the connection's
 * @param hooks hooks to apply besides those the entities' class path lists
 * @param names how the messages name the settings and commands
 * @param sourceRoot where the migrations package's folder is ({@code src/main/java}); null without a migrations package
 * @param migrationsPackage the package migrations are written into as sources of the application, or null to write
 *     them into {@code versions/} of the migrations folder
 */
record EngineSettings(
        DatabaseConnector database,
        List<Path> entities,
        List<String> packages,
        Path migrations,
        List<String> include,
        List<String> exclude,
        Boolean scratch,
        boolean allSchemas,
        List<AutogenHook> hooks,
        SettingNames names,
        Path sourceRoot,
        String migrationsPackage) {

    EngineSettings {
        Objects.requireNonNull(database, "database");
        entities = List.copyOf(entities);
        packages = List.copyOf(packages);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        hooks = List.copyOf(hooks);
        Objects.requireNonNull(names, "names");
    }

    /** The schema compared ({@code schema}), or null for the connection's own. */
    String schema() {
        return database.schema();
    }

    /** Whether revisions are sources of the application, in {@link #migrationsPackage}. */
    boolean inPackage() {
        return migrationsPackage != null;
    }

    /**
     * The folder of the revisions: the migrations package's folder under the source root, else {@code versions/} of the
     * migrations folder, else null.
     */
    Path versions() {
        if (inPackage()) {
            return sourceRoot.resolve(migrationsPackage.replace('.', '/'));
        }
        return migrations == null ? null : migrations.resolve("versions");
    }

    /** Where the lock and the compiled-class cache of {@link #versions()} are ({@link WorkFolders}). */
    Path workFolder() {
        return WorkFolders.of(versions(), migrations, inPackage());
    }

    /**
     * The folder of the revisions; where there is none, an exception saying so. A migrations package's folder is
     * created instead: the first revision of a package starts it.
     */
    Path requireVersions() {
        if (inPackage()) {
            try {
                return Files.createDirectories(versions());
            } catch (java.io.IOException e) {
                throw new MigrationsFolderException(
                        "cannot create the migrations package folder " + versions() + ": " + IoReasons.of(e)
                                + "; check the source root and that it is writable",
                        e);
            }
        }
        if (migrations == null) {
            throw new ConfigurationException(
                    "no migrations folder given; set the migrations folder that holds versions/");
        }
        if (!Files.isDirectory(versions())) {
            throw MigrationsFolderException.missing(versions(), names);
        }
        return versions();
    }
}
