package dev.autogen.introspect.entity;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

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

    /**
     * The mapped classes in the source's packages, found by reading the class-level annotations in the class files
     * ({@link ClassFileHeader}), without loading any class.
     */
    private static List<String> scan(EntitySource source, List<Path> entries) {
        TreeSet<String> names = new TreeSet<>();
        boolean anyEntity = false;
        for (Path entry : entries) {
            for (ClassFileHeader header : headers(entry)) {
                if (!inPackages(header.className(), source.packages())) {
                    continue;
                }
                for (String annotation : header.annotations()) {
                    if (MAPPED_DESCRIPTORS.contains(annotation)) {
                        names.add(header.className());
                        anyEntity |= annotation.equals(ENTITY_DESCRIPTOR);
                    }
                }
            }
        }
        if (!anyEntity) {
            String packages = source.packages().isEmpty() ? "any package" : "packages " + source.packages();
            throw new EntityReadException("No @Entity classes found in " + packages + " under " + entries
                    + ": check --entities (compiled classes, not sources) and the package names");
        }
        return new ArrayList<>(names);
    }

    /** The headers of the class files in a folder or jar; files that are not class files are skipped. */
    private static List<ClassFileHeader> headers(Path entry) {
        List<ClassFileHeader> headers = new ArrayList<>();
        try {
            if (Files.isDirectory(entry)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(entry)) {
                    files = walk.filter(p -> isClassFile(entry.relativize(p).toString().replace('\\', '/'))).toList();
                }
                for (Path file : files) {
                    header(Files.readAllBytes(file), headers);
                }
            } else {
                try (ZipFile jar = new ZipFile(entry.toFile())) {
                    for (ZipEntry zipEntry : Collections.list(jar.entries())) {
                        if (!zipEntry.isDirectory() && isClassFile(zipEntry.getName())) {
                            try (InputStream in = jar.getInputStream(zipEntry)) {
                                header(in.readAllBytes(), headers);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new EntityReadException("Cannot read the entity classpath entry " + entry + ": " + e.getMessage(), e);
        }
        return headers;
    }

    private static boolean isClassFile(String relativePath) {
        return relativePath.endsWith(".class") && !relativePath.startsWith("META-INF/")
                && !relativePath.endsWith("module-info.class");
    }

    private static void header(byte[] bytes, List<ClassFileHeader> headers) {
        try {
            headers.add(ClassFileHeader.read(bytes));
        } catch (IOException | RuntimeException e) {
            // not a class file this Java understands: no entity
        }
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
