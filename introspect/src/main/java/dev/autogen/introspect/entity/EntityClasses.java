package dev.autogen.introspect.entity;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The annotated classes of an {@link EntitySource}, loaded through a class loader over its entries. The loader's parent
 * is this module's loader, so that JPA and Hibernate annotations resolve to the classes Hibernate reads.
 */
final class EntityClasses implements AutoCloseable {

    private static final String ENTITY = "jakarta.persistence.Entity";
    private static final List<String> MAPPED_ANNOTATIONS = List.of(
            ENTITY,
            "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass",
            "jakarta.persistence.Converter");

    private final URLClassLoader classLoader;
    private final List<Class<?>> classes;

    private EntityClasses(URLClassLoader classLoader, List<Class<?>> classes) {
        this.classLoader = classLoader;
        this.classes = List.copyOf(classes);
    }

    /** Finds and loads the mapped classes; fails with a message naming what is missing. */
    static EntityClasses load(EntitySource source) {
        List<Path> entries = existingEntries(source);
        List<String> names = scan(source, entries);
        URLClassLoader loader = new URLClassLoader(toUrls(entries), EntityClasses.class.getClassLoader());
        try {
            List<Class<?>> loaded = new ArrayList<>();
            for (String name : names) {
                loaded.add(loadClass(name, loader));
            }
            return new EntityClasses(loader, loaded);
        } catch (RuntimeException e) {
            closeQuietly(loader, e);
            throw e;
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

    private static List<String> scan(EntitySource source, List<Path> entries) {
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(entries.stream().map(Path::toString).toList())
                .enableClassInfo()
                .enableAnnotationInfo();
        if (!source.packages().isEmpty()) {
            graph.acceptPackages(source.packages().toArray(String[]::new));
        }
        TreeSet<String> names = new TreeSet<>();
        boolean anyEntity;
        try (ScanResult result = graph.scan()) {
            anyEntity = !result.getClassesWithAnnotation(ENTITY).isEmpty();
            for (String annotation : MAPPED_ANNOTATIONS) {
                names.addAll(result.getClassesWithAnnotation(annotation).getNames());
            }
        }
        if (!anyEntity) {
            String packages = source.packages().isEmpty() ? "any package" : "packages " + source.packages();
            throw new EntityReadException("No @Entity classes found in " + packages + " under " + entries
                    + ": check --entities (compiled classes, not sources) and the package names");
        }
        return new ArrayList<>(names);
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
                throw new EntityReadException("Entity classpath entry " + entries.get(i) + " is not a valid location: "
                        + e.getMessage(), e);
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
