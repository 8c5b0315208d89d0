package dev.autogen.introspect.entity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where the entity classes are, and the Hibernate settings they are mapped with.
 *
 * @param classpathEntries directories or jars holding the compiled entity classes and what they need
 * @param packages the packages to scan, sub-packages included; empty for all
 * @param hibernateProperties Hibernate settings the boot applies as they are ({@code hibernate.physical_naming_strategy},
 *     {@code hibernate.globally_quoted_identifiers}, ...), sorted by key; those Autogen sets itself
 *     ({@link HibernateSettings#ownedByAutogen}) are left out. {@link HibernateSettings#resolve} makes this map from
 *     the application's own settings (Spring Boot's among them); empty for Hibernate's defaults.
 */
public record EntitySource(
        List<Path> classpathEntries, List<String> packages, Map<String, String> hibernateProperties) {

    public EntitySource {
        classpathEntries = List.copyOf(Objects.requireNonNull(classpathEntries, "classpathEntries"));
        packages = packages == null ? List.of() : List.copyOf(packages);
        hibernateProperties = hibernateProperties == null
                ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(hibernateProperties));
        if (classpathEntries.isEmpty()) {
            throw new IllegalArgumentException("an entity source needs at least one classpath entry");
        }
    }

    /** A source read with Hibernate's default settings. */
    public EntitySource(List<Path> classpathEntries, List<String> packages) {
        this(classpathEntries, packages, Map.of());
    }

    /** A source scanning every package of the given entries. */
    public static EntitySource of(Path... classpathEntries) {
        return new EntitySource(List.of(classpathEntries), List.of());
    }

    /** This source with these Hibernate settings instead of its own. */
    public EntitySource withHibernateProperties(Map<String, String> properties) {
        return new EntitySource(classpathEntries, packages, properties);
    }
}
