package dev.autogen.runtime.internal.migration.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The compiled classes of a versions folder.
 *
 * @param classesDir the cache folder holding the class files
 * @param classes every class file's class and the source it came from
 * @param compiled whether this call ran the compiler (false when the cache already held these sources)
 */
public record CompiledMigrations(Path classesDir, List<CompiledClass> classes, boolean compiled) {

    public CompiledMigrations {
        Objects.requireNonNull(classesDir, "classesDir");
        classes = List.copyOf(classes);
    }
}
