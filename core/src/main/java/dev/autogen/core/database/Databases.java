package dev.autogen.core.database;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The databases on the class path: each {@link Database} a module registers, found once with {@link ServiceLoader}.
 * Generic code finds a database here by name, URL or connection, and never names one itself.
 */
public final class Databases {

    private static volatile List<Database> loaded;

    private Databases() {}

    /** Every database on the class path, in {@link Database#order()}. */
    public static List<Database> all() {
        List<Database> all = loaded;
        if (all == null) {
            all = load();
            loaded = all;
        }
        return all;
    }

    private static List<Database> load() {
        Map<String, Database> byName = new LinkedHashMap<>();
        for (ClassLoader loader : loaders()) {
            try {
                for (Database database : ServiceLoader.load(Database.class, loader)) {
                    byName.putIfAbsent(database.name(), database);
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException(
                        "a database module on the class path cannot be loaded: " + e.getMessage(), e);
            }
        }
        List<Database> all = new ArrayList<>(byName.values());
        all.sort(Comparator.comparingInt(Database::order).thenComparing(Database::name));
        return List.copyOf(all);
    }

    private static List<ClassLoader> loaders() {
        List<ClassLoader> loaders = new ArrayList<>();
        loaders.add(Database.class.getClassLoader());
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        if (context != null && context != Database.class.getClassLoader()) {
            loaders.add(context);
        }
        return loaders;
    }

    /**
     * The database of this name or alias, in any case.
     *
     * @throws IllegalArgumentException naming the databases there are, when none has this name
     */
    public static Database forName(String name) {
        Objects.requireNonNull(name, "name");
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(d -> d.name().equals(wanted) || d.aliases().contains(wanted))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("unknown database dialect '" + name + "'; " + supported()));
    }

    /** The database whose JDBC URLs start like this one ({@code jdbc:postgresql:}), if one on the class path does. */
    public static Optional<Database> findForUrl(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        String url = jdbcUrl.trim().toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(d -> url.startsWith("jdbc:" + d.jdbcSubprotocol() + ":"))
                .findFirst();
    }

    /** The database a platform URL's scheme ({@code postgres} of {@code postgres://...}) means, if any. */
    public static Optional<Database> forPlatformScheme(String scheme) {
        String wanted = scheme.toLowerCase(Locale.ROOT);
        return all().stream().filter(d -> d.platformSchemes().contains(wanted)).findFirst();
    }

    /** "supported: postgresql (also postgres, pg), ..." for messages, or what to add when there is none. */
    public static String supported() {
        List<Database> all = all();
        if (all.isEmpty()) {
            return "no database module is on the class path; add one, such as dev.autogen:autogen-database-sqlite";
        }
        return "supported: "
                + all.stream()
                        .map(d -> d.aliases().isEmpty()
                                ? d.name()
                                : d.name() + " (also " + String.join(", ", d.aliases()) + ")")
                        .collect(Collectors.joining(", "));
    }

    /** "jdbc:postgresql:... (postgresql), ..." for messages. */
    public static String supportedUrls() {
        List<Database> all = all();
        if (all.isEmpty()) {
            return supported();
        }
        return "supported: "
                + all.stream()
                        .map(d -> "jdbc:" + d.jdbcSubprotocol() + ":... (" + d.name() + ")")
                        .collect(Collectors.joining(", "));
    }
}
