package dev.autogen.introspect.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The class files of an entity class path (class folders and jars), listed once, with the packages they are in. The
 * jars stay open until {@link #close}; {@link #read} may be called from several threads.
 */
final class ClassFiles implements AutoCloseable {

    /** One class file: its folder or jar, and its path there with {@code /} separators. */
    record Entry(Path root, String path) {}

    private final List<Entry> entries;
    private final Set<String> packages;
    private final List<ZipFile> jars;
    private final List<Path> jarPaths;

    private ClassFiles(List<Entry> entries, Set<String> packages, List<ZipFile> jars, List<Path> jarPaths) {
        this.entries = List.copyOf(entries);
        this.packages = Set.copyOf(packages);
        this.jars = jars;
        this.jarPaths = jarPaths;
    }

    /** Lists the class files of the class path entries; fails naming an entry that cannot be read. */
    static ClassFiles open(List<Path> classpath) {
        List<Entry> entries = new ArrayList<>();
        Set<String> packages = new HashSet<>();
        List<ZipFile> jars = new ArrayList<>();
        List<Path> jarPaths = new ArrayList<>();
        for (Path root : classpath) {
            try {
                if (Files.isDirectory(root)) {
                    try (Stream<Path> walk = Files.walk(root)) {
                        walk.map(p -> root.relativize(p).toString().replace('\\', '/'))
                                .filter(ClassFiles::isClassFile)
                                .forEach(path -> entries.add(new Entry(root, path)));
                    }
                } else {
                    ZipFile jar = new ZipFile(root.toFile());
                    jars.add(jar);
                    jarPaths.add(root);
                    for (ZipEntry zipEntry : Collections.list(jar.entries())) {
                        if (!zipEntry.isDirectory() && isClassFile(zipEntry.getName())) {
                            entries.add(new Entry(root, zipEntry.getName()));
                        }
                    }
                }
            } catch (IOException e) {
                closeAll(jars);
                throw new EntityReadException(
                        "Cannot read the entity classpath entry " + root + ": " + e.getMessage(), e);
            }
        }
        for (Entry entry : entries) {
            int slash = entry.path().lastIndexOf('/');
            if (slash > 0) {
                packages.add(entry.path().substring(0, slash).replace('/', '.'));
            }
        }
        return new ClassFiles(entries, packages, jars, jarPaths);
    }

    List<Entry> entries() {
        return entries;
    }

    /** The packages that hold at least one class file, dotted ({@code com.example.shop}). */
    Set<String> packages() {
        return packages;
    }

    /** The bytes of a class file. */
    byte[] read(Entry entry) throws IOException {
        int jar = jarPaths.indexOf(entry.root());
        if (jar < 0) {
            return Files.readAllBytes(entry.root().resolve(entry.path()));
        }
        ZipFile zip = jars.get(jar);
        try (InputStream in = zip.getInputStream(zip.getEntry(entry.path()))) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() {
        closeAll(jars);
    }

    private static boolean isClassFile(String relativePath) {
        return relativePath.endsWith(".class")
                && !relativePath.startsWith("META-INF/")
                && !relativePath.endsWith("module-info.class");
    }

    private static void closeAll(List<ZipFile> jars) {
        for (ZipFile jar : jars) {
            try {
                jar.close();
            } catch (IOException e) {
                // read-only: nothing is lost
            }
        }
    }
}
