package dev.autogen.runtime.internal.migration.load;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads compiled migrations from their cache folders, one per source. It knows each class's file from the folders'
 * indexes, so that a thousand folders cost one map lookup per class, not a search through a thousand folders.
 * Folders are added as their migrations are needed.
 */
final class MigrationClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, Path> classFiles = new ConcurrentHashMap<>();

    MigrationClassLoader(ClassLoader parent) {
        super("autogen-migrations", parent);
    }

    /** Makes a cache folder's classes loadable; a class name already known keeps its first file. */
    void add(Path folder, List<CompiledClass> classes) {
        for (CompiledClass c : classes) {
            classFiles.putIfAbsent(c.className(), folder.resolve(classFile(c.className())));
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        Path file = classFiles.get(name);
        if (file == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " (cannot read " + file + ")", e);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    protected URL findResource(String name) {
        if (!name.endsWith(".class")) {
            return null;
        }
        Path file = classFiles.get(
                name.substring(0, name.length() - ".class".length()).replace('/', '.'));
        try {
            return file == null ? null : file.toUri().toURL();
        } catch (MalformedURLException e) {
            return null;
        }
    }

    private static String classFile(String className) {
        return className.replace('.', '/') + ".class";
    }
}
