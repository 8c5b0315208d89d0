package dev.autogen.introspect.entity;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The annotated classes of an {@link EntitySource}, loaded through a class loader over its entries. The loader's parent
 * is this module's loader, so that JPA and Hibernate annotations resolve to the classes Hibernate reads.
 */
final class EntityClasses implements AutoCloseable {

    private static final String ENTITY_DESCRIPTOR = "Ljakarta/persistence/Entity;";
    private static final Set<String> MAPPED_DESCRIPTORS = Set.of(
            ENTITY_DESCRIPTOR,
            "Ljakarta/persistence/Embeddable;",
            "Ljakarta/persistence/MappedSuperclass;",
            "Ljakarta/persistence/Converter;");

    private final URLClassLoader classLoader;
    private final List<Class<?>> classes;

    private EntityClasses(URLClassLoader classLoader, List<Class<?>> classes) {
        this.classLoader = classLoader;
        this.classes = List.copyOf(classes);
    }

    /**
     * Finds and loads the mapped classes; fails with a message naming what is missing. The class files are read and
     * the mapped classes loaded on two threads, each taking half of the files.
     */
    static EntityClasses load(EntitySource source) {
        List<Path> entries = existingEntries(source);
        try (ClassFiles files = ClassFiles.open(entries)) {
            EntityClassLoader loader =
                    new EntityClassLoader(toUrls(entries), EntityClasses.class.getClassLoader(), files.packages());
            try {
                List<ClassFiles.Entry> all = files.entries();
                int half = all.size() / 2;
                CompletableFuture<Scanned> second = CompletableFuture.supplyAsync(
                        () -> scanAndLoad(files, all.subList(half, all.size()), source, loader),
                        EntityClasses::inBackground);
                Scanned first = scanAndLoad(files, all.subList(0, half), source, loader);
                return new EntityClasses(loader, first.merge(second.join(), source, entries));
            } catch (RuntimeException e) {
                closeQuietly(loader, e);
                throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
    }

    private static void inBackground(Runnable task) {
        Thread thread = new Thread(task, "autogen-entity-classes");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The mapped classes among some class files: the class-level annotations are read from the class files
     * ({@link ClassFileHeader}) and only the mapped classes in the source's packages are loaded.
     */
    private static Scanned scanAndLoad(
            ClassFiles files, List<ClassFiles.Entry> some, EntitySource source, ClassLoader loader) {
        Scanned scanned = new Scanned();
        for (ClassFiles.Entry file : some) {
            ClassFileHeader header;
            try {
                header = ClassFileHeader.read(files.read(file));
            } catch (IOException | RuntimeException e) {
                continue; // not a class file this Java understands: no entity
            }
            if (!inPackages(header.className(), source.packages())) {
                continue;
            }
            boolean mapped = false;
            for (String annotation : header.annotations()) {
                if (MAPPED_DESCRIPTORS.contains(annotation)) {
                    mapped = true;
                    scanned.anyEntity |= annotation.equals(ENTITY_DESCRIPTOR);
                }
            }
            if (mapped) {
                try {
                    scanned.classes.put(header.className(), loadClass(header.className(), loader));
                } catch (EntityReadException e) {
                    scanned.failures.putIfAbsent(header.className(), e);
                }
            }
        }
        return scanned;
    }

    /** What one thread found: mapped classes and load failures by class name. */
    private static final class Scanned {
        final Map<String, Class<?>> classes = new TreeMap<>();
        final Map<String, EntityReadException> failures = new TreeMap<>();
        boolean anyEntity;

        /** Both halves' classes sorted by name; the failure of the first class by name, as a single thread would. */
        List<Class<?>> merge(Scanned other, EntitySource source, List<Path> entries) {
            failures.putAll(other.failures);
            if (!failures.isEmpty()) {
                throw failures.values().iterator().next();
            }
            if (!anyEntity && !other.anyEntity) {
                String where = source.packages().isEmpty() ? "any package" : "packages " + source.packages();
                throw new EntityReadException("No @Entity classes found in " + where + " under " + entries
                        + ": check that the entities are compiled there (classes, not sources) and the package names");
            }
            classes.putAll(other.classes);
            return new ArrayList<>(classes.values());
        }
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    /** Entities, embeddables, mapped superclasses and converters, sorted by name. */
    List<Class<?>> classes() {
        return classes;
    }

    @Override
    public void close() {
        try {
            classLoader.close();
        } catch (IOException e) {
            throw new EntityReadException("Could not close the entity class loader: " + e.getMessage(), e);
        }
    }

    private static List<Path> existingEntries(EntitySource source) {
        List<Path> entries = new ArrayList<>();
        for (Path entry : source.classpathEntries()) {
            Path absolute = entry.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                throw new EntityReadException("Entity classpath entry " + absolute
                        + " does not exist: give --entities existing class directories or jars");
            }
            entries.add(absolute);
        }
        return entries;
    }

    /** Whether the class is in one of the packages or their sub-packages (every class when there are none). */
    private static boolean inPackages(String className, List<String> packages) {
        if (packages.isEmpty()) {
            return true;
        }
        for (String pkg : packages) {
            if (pkg.isEmpty() || className.startsWith(pkg + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Loads a class and resolves the types of its members, so that a missing dependency shows here, named. */
    private static Class<?> loadClass(String name, ClassLoader loader) {
        try {
            Class<?> type = Class.forName(name, false, loader);
            type.getDeclaredFields();
            type.getDeclaredMethods();
            type.getDeclaredConstructors();
            return type;
        } catch (ClassNotFoundException | LinkageError e) {
            throw BootFailures.classLoading(name, e);
        }
    }

    private static URL[] toUrls(List<Path> entries) {
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            try {
                urls[i] = entries.get(i).toUri().toURL();
            } catch (MalformedURLException e) {
                throw new EntityReadException(
                        "Entity classpath entry " + entries.get(i) + " is not a valid location: " + e.getMessage(), e);
            }
        }
        return urls;
    }

    private static void closeQuietly(URLClassLoader loader, RuntimeException primary) {
        try {
            loader.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }
}
