package dev.autogen.runtime.internal.migration.load;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.runtime.Migration;
import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The class path migrations compile against: the runtime's and core's jars or folders, then {@code java.class.path}. */
public final class RuntimeClasspath {

    private RuntimeClasspath() {}

    /** Existing entries, runtime and core first, without duplicates. */
    public static List<Path> entries() {
        Set<Path> entries = new LinkedHashSet<>();
        apiLocations().forEach(entries::add);
        String classPath = System.getProperty("java.class.path", "");
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return entries.stream().filter(Files::exists).toList();
    }

    /** The jars or folders holding {@code dev.autogen.runtime} and {@code dev.autogen.core}, when they are files. */
    public static List<Path> apiLocations() {
        Set<Path> locations = new LinkedHashSet<>();
        location(Migration.class).ifPresent(locations::add);
        location(SchemaDialect.class).ifPresent(locations::add);
        return List.copyOf(locations);
    }

    private static Optional<Path> location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        URL url = source == null ? null : source.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(url.toURI()).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
