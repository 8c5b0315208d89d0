package dev.autogen.introspect.entity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the entity classes are.
 *
 * @param classpathEntries directories or jars holding the compiled entity classes and what they need
 * @param packages the packages to scan, sub-packages included; empty for all
 * @param hibernateProperties Hibernate settings the entities are read with ({@code hibernate.physical_naming_strategy},
 *     ...), over those Autogen sets for an offline boot; empty for none
 */
public record EntitySource(
        List<Path> classpathEntries, List<String> packages, Map<String, String> hibernateProperties) {

    public EntitySource {
        classpathEntries = List.copyOf(Objects.requireNonNull(classpathEntries, "classpathEntries"));
        packages = packages == null ? List.of() : List.copyOf(packages);
        hibernateProperties = hibernateProperties == null ? Map.of() : Map.copyOf(hibernateProperties);
        if (classpathEntries.isEmpty()) {
            throw new IllegalArgumentException("an entity source needs at least one classpath entry");
        }
    }

    /** The entries and packages, with no Hibernate settings of the project's. */
    public EntitySource(List<Path> classpathEntries, List<String> packages) {
        this(classpathEntries, packages, Map.of());
    }

    /** A source scanning every package of the given entries. */
    public static EntitySource of(Path... classpathEntries) {
        return new EntitySource(List.of(classpathEntries), List.of());
    }
}
