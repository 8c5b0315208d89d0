package dev.autogen.runtime.internal.migration.load;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.internal.migration.error.InvalidMigrationException;
import dev.autogen.runtime.internal.migration.error.MigrationLoadException;
import dev.autogen.runtime.internal.migration.error.MissingRevisionAnnotationException;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Loads migrations from a versions folder (reading their headers from the sources, compiling them when they run) or
 * from classes on the classpath.
 *
 * <p>A versions folder holds one file per migration, named {@code <rev>_<slug>.java}, each declaring one top-level
 * class in the default package that implements {@link Migration} and carries {@link Revision}. The class may be
 * package-private and its name may differ from the file's. Sub-folders and other files are ignored.
 */
public final class MigrationLoader {

    /** The cache folder's name next to the versions folder: {@code <migrations>/.autogen}. */
    public static final String WORK_FOLDER = ".autogen";

    private final MigrationCompiler compiler;

    /** Compiles with the JDK's compiler against the runtime's class path. */
    public MigrationLoader() {
        this(new MigrationCompiler());
    }

    public MigrationLoader(MigrationCompiler compiler) {
        this.compiler = Objects.requireNonNull(compiler, "compiler");
    }

    /** {@code <parent of versions>/.autogen/classes}, for example {@code migrations/.autogen/classes}. */
    public static Path defaultCacheRoot(Path versionsDir) {
        Path absolute = versionsDir.toAbsolutePath().normalize();
        Path base = absolute.getParent() != null ? absolute.getParent() : absolute;
        return base.resolve(WORK_FOLDER).resolve("classes");
    }

    /** Loads the versions folder, caching compiled classes in {@link #defaultCacheRoot}. */
    public MigrationSet load(Path versionsDir) {
        return load(versionsDir, defaultCacheRoot(versionsDir));
    }

    /**
     * Reads the versions folder: the revision graph comes from each file's {@code @Revision}, read from the source
     * text ({@link RevisionHeaderReader}); a file whose header the text alone does not tell is compiled on its own.
     * The migrations themselves are compiled when they are needed ({@link MigrationSet#load}), into cache folders
     * under {@code cacheRoot}, one per source.
     *
     * @throws MigrationLoadException if the folder does not exist or cannot be read
     */
    public MigrationSet load(Path versionsDir, Path cacheRoot) {
        String location = versionsDir.toString();
        if (!Files.isDirectory(versionsDir)) {
            throw new MigrationLoadException("Versions folder " + location
                    + " does not exist: create it, or point to the folder that holds the migrations");
        }
        Map<Path, HeaderIndex.Stamp> sources = sources(versionsDir);
        if (sources.isEmpty()) {
            return new MigrationSet(List.of(), location, false, null);
        }
        return new VersionsFolderMigrations(compiler, sources, cacheRoot, location).set();
    }

    /**
     * Migrations that are already on the classpath.
     *
     * @param location how to name them in messages, for example {@code classpath}
     * @param classes classes implementing {@link Migration} and carrying {@link Revision}
     */
    public static MigrationSet fromClasses(String location, Collection<? extends Class<?>> classes) {
        List<LoadedMigration> migrations = new ArrayList<>();
        for (Class<?> type : classes) {
            String origin = type.getName();
            if (!Migration.class.isAssignableFrom(type)) {
                throw new InvalidMigrationException("Class " + origin + " does not implement "
                        + Migration.class.getName() + ": pass only migration classes");
            }
            migrations.add(instantiate(type, origin));
        }
        return new MigrationSet(migrations, location, false, null);
    }

    /**
     * The {@code .java} files of the folder, by name, each with its size and modification time: one look at each file
     * (a thousand of them is much of what {@code heads} does), which the header index then checks its entries against.
     */
    private static Map<Path, HeaderIndex.Stamp> sources(Path versionsDir) {
        // by file name: a String key compares fast, where a comparator that asks each Path for its name, a thousand
        // files times ten comparisons, is a good part of a new JVM's heads
        Map<String, Map.Entry<Path, HeaderIndex.Stamp>> found = new TreeMap<>();
        try {
            Files.walkFileTree(versionsDir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), 1, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    // package-info.java: a versions folder that is a package of the sources may document the package
                    if (attributes.isRegularFile() && name.endsWith(".java") && !name.equals("package-info.java")) {
                        found.put(name, Map.entry(file, HeaderIndex.Stamp.of(attributes)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (file.equals(versionsDir)) {
                        throw e;
                    }
                    return FileVisitResult.CONTINUE; // a broken link or an unreadable entry: not a migration
                }
            });
        } catch (IOException e) {
            throw new MigrationLoadException("Cannot list the versions folder " + versionsDir, e);
        }
        Map<Path, HeaderIndex.Stamp> sources = new LinkedHashMap<>();
        for (Map.Entry<Path, HeaderIndex.Stamp> entry : found.values()) {
            sources.put(entry.getKey(), entry.getValue());
        }
        return sources;
    }

    static LoadedMigration fromFile(String file, List<Class<?>> types, String location) {
        List<Class<?>> migrations = new ArrayList<>();
        for (Class<?> type : types) {
            boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
            if (concrete && Migration.class.isAssignableFrom(type)) {
                migrations.add(type);
            } else if (type.isAnnotationPresent(Revision.class)) {
                throw new InvalidMigrationException("Class " + type.getName() + " in " + file + " has @Revision but "
                        + (concrete
                                ? "does not implement " + Migration.class.getName() + ": add implements Migration"
                                : "is abstract or an interface: make it a concrete class"));
            }
        }
        if (migrations.isEmpty()) {
            throw new InvalidMigrationException(file + " declares no class implementing " + Migration.class.getName()
                    + ": each .java file in " + location + " must hold one migration; move other code elsewhere");
        }
        if (migrations.size() > 1) {
            throw new InvalidMigrationException(file + " declares " + migrations.size() + " migration classes ("
                    + String.join(", ", migrations.stream().map(Class::getName).toList())
                    + "): put each migration in its own file");
        }
        return instantiate(migrations.get(0), file);
    }

    static LoadedMigration instantiate(Class<?> type, String origin) {
        Revision revision = type.getAnnotation(Revision.class);
        if (revision == null) {
            throw new MissingRevisionAnnotationException(type.getName(), origin);
        }
        String where = type.getName().equals(origin) ? type.getName() : type.getName() + " in " + origin;
        checkId(revision.id(), "id", where);
        for (String parent : revision.revises()) {
            checkId(parent, "revises", where);
        }
        for (String dependency : revision.dependsOn()) {
            checkId(dependency, "dependsOn", where);
        }
        Migration migration;
        try {
            Constructor<?> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            migration = (Migration) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new InvalidMigrationException("Migration class " + where
                    + " has no constructor without arguments: add one, or remove the other constructors");
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new InvalidMigrationException(
                    "Creating migration " + where + " failed: " + cause + "; fix its constructor or field initializers",
                    cause);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            throw new InvalidMigrationException(
                    "Cannot create migration " + where + ": " + e
                            + "; make it a concrete class with a constructor without arguments",
                    e);
        }
        return new LoadedMigration(
                new RevisionNode(
                        revision.id(),
                        List.of(revision.revises()),
                        List.of(revision.dependsOn()),
                        List.of(revision.branchLabels()),
                        revision.message(),
                        revision.created(),
                        origin,
                        List.of(revision.replaces())),
                migration);
    }

    static void checkId(String id, String attribute, String where) {
        checkId(id, attribute, () -> where);
    }

    /** {@link #checkId(String, String, String)}, naming the migration only when the id is wrong. */
    static void checkId(String id, String attribute, java.util.function.Supplier<String> where) {
        String problem = dev.autogen.runtime.internal.migration.graph.RevisionIds.problem(id);
        if (problem != null) {
            throw new InvalidMigrationException("Revision " + attribute + " \"" + id + "\" of " + where.get() + " "
                    + problem + ": use a short hexadecimal id such as 3f2a9c1d7e4b");
        }
    }

    /** Writes {@code .autogen/.gitignore} so the cache is not committed. */
    static void ignoreInVersionControl(Path cacheRoot) {
        Path workFolder = cacheRoot.getParent();
        if (workFolder == null || !workFolder.getFileName().toString().equals(WORK_FOLDER)) {
            return;
        }
        Path ignore = workFolder.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            try {
                Files.writeString(
                        ignore, "# Autogen's compiled migrations; safe to delete\n*\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                // Only a convenience.
            }
        }
    }
}
