package dev.autogen.introspect.entity;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the entity classes are.
 *
 * @param classpathEntries directories or jars holding the compiled entity classes and what they need
 * @param packages the packages to scan, sub-packages included; empty for all
 */
public record EntitySource(List<Path> classpathEntries, List<String> packages) {

    public EntitySource {
        classpathEntries = List.copyOf(Objects.requireNonNull(classpathEntries, "classpathEntries"));
        packages = packages == null ? List.of() : List.copyOf(packages);
        if (classpathEntries.isEmpty()) {
            throw new IllegalArgumentException("an entity source needs at least one classpath entry");
        }
    }

    /** A source scanning every package of the given entries. */
    public static EntitySource of(Path... classpathEntries) {
        return new EntitySource(List.of(classpathEntries), List.of());
    }
}
