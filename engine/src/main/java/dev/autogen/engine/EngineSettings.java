package dev.autogen.engine;

import dev.autogen.diff.hook.AutogenHook;
import dev.autogen.introspect.entity.EntityModels;
import dev.autogen.introspect.entity.EntitySource;
import dev.autogen.introspect.entity.HibernateSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
 * @param online whether autogenerate writes the online forms of changes to existing tables ({@code op.online()});
 *     null for the database's default (on where it has such forms)
 * @param scratch whether to compare through a scratch copy of the entities' schema; null for the database's default
 * @param allSchemas whether to compare every schema the entities name besides the connection's
 * @param hooks hooks to apply besides those the entities' class path lists
 * @param names how the messages name the settings and commands
 * @param sourceRoot where the migrations package's folder is ({@code src/main/java}); null without a migrations package
 * @param migrationsPackage the package migrations are written into as sources of the application, or null to write
 *     them into {@code versions/} of the migrations folder
 * @param hibernateProperties the Hibernate settings given for reading the entities; they win over the application's
 *     own ({@link HibernateSettings})
 * @param springProfile the Spring profiles whose {@code application-<profile>.*} files are read; null for
 *     {@code -Dautogen.springProfile}, else the application's {@code spring.profiles.active}
 * @param entityModels the Hibernate ORM that reads the entities (Autogen's own, or the application's)
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
        String migrationsPackage,
        Map<String, String> hibernateProperties,
        String springProfile,
        EntityModels entityModels,
        Boolean online) {

    /** The system property naming the Spring profile where the builder names none. */
    static final String SPRING_PROFILE_PROPERTY = "autogen.springProfile";

    EngineSettings {
        Objects.requireNonNull(database, "database");
        entities = List.copyOf(entities);
        packages = List.copyOf(packages);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        hooks = List.copyOf(hooks);
        Objects.requireNonNull(names, "names");
        hibernateProperties = Map.copyOf(hibernateProperties);
        Objects.requireNonNull(entityModels, "entityModels");
    }

    /** Refuses a comparison without entity classes, naming the setting as the caller does. */
    void requireEntities() {
        if (entities.isEmpty()) {
            throw new ConfigurationException("no entity classes given; set " + names.name(SettingNames.Setting.ENTITIES)
                    + " (folders or jars of compiled @Entity classes)"
                    + names.elsewhere(SettingNames.Setting.ENTITIES, null));
        }
    }

    /**
     * The entity model cache in the migrations folder's work folder, or null when there is no migrations folder; it
     * writes in the background until closed.
     */
    dev.autogen.introspect.entity.EntityModelCache entityModelCache() {
        return migrations != null && Files.isDirectory(migrations)
                ? new dev.autogen.introspect.entity.EntityModelCache(
                        migrations.resolve(dev.autogen.runtime.internal.migration.load.MigrationLoader.WORK_FOLDER),
                        entityModels.codeLocations())
                : null;
    }

    /** Refuses a given Hibernate setting that Autogen sets itself, naming it as the caller does. */
    void checkHibernateProperties() {
        for (String key : new java.util.TreeSet<>(hibernateProperties.keySet())) {
            java.util.Optional<String> owner = HibernateSettings.autogenOwns(key);
            if (owner.isPresent()) {
                SettingNames.Setting setting = SettingNames.Setting.HIBERNATE_PROPERTIES;
                throw new ConfigurationException("Hibernate setting " + key + " (" + names.name(setting)
                        + names.elsewhere(setting, key) + ") cannot be given: " + owner.get() + "; remove it");
            }
        }
    }

    /**
     * The entities with the Hibernate settings they are read with: the given ones over the application's own, Spring
     * Boot's among them ({@link HibernateSettings#resolve}). Reads the entity class path's application files.
     */
    EntitySource entitySource() {
        checkHibernateProperties();
        String profile = springProfile != null && !springProfile.isBlank()
                ? springProfile
                : System.getProperty(SPRING_PROFILE_PROPERTY);
        HibernateSettings resolved = HibernateSettings.resolve(entities, hibernateProperties, profile);
        return new EntitySource(entities, packages, resolved.properties());
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
