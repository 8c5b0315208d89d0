package dev.autogen.introspect.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Hibernate settings the entities are read with, as the application's own Hibernate gets them: its naming
 * strategies, {@code hibernate.globally_quoted_identifiers}, default schema and catalog, and any other mapping setting.
 * From the weakest to the strongest:
 *
 * <ol>
 *   <li>where Spring Boot is on the entity class path (its jars, or the application's {@code @SpringBootApplication}
 *       class in a folder holding its {@code application.properties} or {@code .yml}), Spring Boot's defaults:
 *       snake_case physical naming and Spring's implicit naming;
 *   <li>then the application's {@code spring.jpa.properties.*} and {@code spring.jpa.hibernate.naming.*}, read from
 *       {@code application.properties} and {@code application.yml} (and {@code application-<profile>.*}) on the entity
 *       class path;
 *   <li>{@code hibernate.*} and {@code jakarta.persistence.*} system properties;
 *   <li>the settings given to Autogen ({@code --hibernate-property}, {@code autogen.properties}).
 * </ol>
 *
 * <p>What Autogen sets itself ({@link #autogenOwns}: the dialect and database product, offline boot, schema
 * generation actions, connection settings) is never taken from the application's files: those keys are left out and
 * logged. Each applied setting is logged (at {@code FINE}, what {@code --debug} prints) with where it came from.
 */
public final class HibernateSettings {

    private static final Logger LOG = Logger.getLogger(HibernateSettings.class.getName());

    /** Where a setting given to Autogen came from, in {@link Setting#source()}. */
    public static final String GIVEN = "Autogen's settings";

    /** A setting's value and where it came from ({@code application.yml in classes}, {@code Spring Boot's default}). */
    public record Setting(String value, String source) {
        public Setting {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
        }
    }

    private final Map<String, Setting> settings;
    private final String springBoot;
    private final List<String> ignored;

    private HibernateSettings(Map<String, Setting> settings, String springBoot, List<String> ignored) {
        this.settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        this.springBoot = springBoot;
        this.ignored = List.copyOf(ignored);
    }

    /**
     * The settings for entities on {@code classpathEntries}.
     *
     * @param given the settings given to Autogen; they win over every other source
     * @param springProfile the Spring profiles whose {@code application-<profile>.*} files are read (comma-separated);
     *     null or blank for those the application's {@code spring.profiles.active} names
     * @throws EntityReadException when {@code given} holds a key Autogen sets itself, or an application file is
     *     malformed
     */
    public static HibernateSettings resolve(
            List<Path> classpathEntries, Map<String, String> given, String springProfile) {
        Map<String, Setting> settings = new TreeMap<>();
        List<String> ignored = new ArrayList<>();
        String springBoot = null;
        List<Path> entries = classpathEntries.stream()
                .map(p -> p.toAbsolutePath().normalize())
                .toList();
        try (SpringBootSettings.Roots roots = new SpringBootSettings.Roots(entries)) {
            SpringBootSettings.Boot boot = SpringBootSettings.detect(roots);
            if (boot != null) {
                springBoot = boot.marker();
                SpringBootSettings.read(roots, boot, springProfile).forEach((key, setting) -> {
                    if (autogenOwns(key).isPresent()) {
                        ignored.add(key + " (" + setting.source() + ")");
                    } else {
                        settings.put(key, setting);
                    }
                });
            }
        }
        System.getProperties().forEach((k, v) -> {
            String key = String.valueOf(k);
            if (hibernateKey(key) && autogenOwns(key).isEmpty()) {
                settings.put(key, new Setting(String.valueOf(v), "system property"));
            }
        });
        for (Map.Entry<String, String> e : new TreeMap<>(given).entrySet()) {
            Optional<String> owner = autogenOwns(e.getKey());
            if (owner.isPresent()) {
                throw new EntityReadException("Hibernate setting " + e.getKey() + " cannot be given: " + owner.get());
            }
            settings.put(e.getKey(), new Setting(Objects.requireNonNull(e.getValue(), e.getKey()), GIVEN));
        }
        HibernateSettings resolved = new HibernateSettings(settings, springBoot, ignored);
        resolved.log();
        return resolved;
    }

    /** Whether the key is one of Hibernate's or JPA's settings: {@code hibernate.*}, {@code jakarta.persistence.*}. */
    public static boolean hibernateKey(String key) {
        return key.startsWith("hibernate.")
                || key.startsWith("jakarta.persistence.")
                || key.startsWith("javax.persistence.");
    }

    /**
     * Why Autogen sets this key itself, or empty when the application may set it: the dialect and the database product
     * (from the database compared with), the offline boot, the schema generation actions (the migrations create the
     * schema) and the connection (Autogen's own URL).
     */
    public static Optional<String> autogenOwns(String key) {
        String k = key.strip();
        if (k.equals("hibernate.dialect")
                || k.equals("hibernate.dialect_resolvers")
                || k.matches("(jakarta|javax)\\.persistence\\.database-(product-name|product-version|major-version"
                        + "|minor-version)")) {
            return Optional.of("Autogen takes the dialect and version from the database it compares with");
        }
        if (k.equals("hibernate.boot.allow_jdbc_metadata_access")
                || k.equals("hibernate.temp.use_jdbc_metadata_defaults")) {
            return Optional.of("Autogen reads the entities offline");
        }
        if (k.equals("hibernate.hbm2ddl.auto")
                || k.startsWith("hibernate.hbm2ddl.import_files")
                || k.startsWith("jakarta.persistence.schema-generation.")
                || k.startsWith("javax.persistence.schema-generation.")) {
            return Optional.of("the migrations create the schema, not Hibernate's schema generation");
        }
        if (k.startsWith("hibernate.connection.")
                || k.startsWith("jakarta.persistence.jdbc.")
                || k.startsWith("javax.persistence.jdbc.")
                || k.matches("(jakarta|javax)\\.persistence\\.(jta|nonJta)DataSource")
                || k.startsWith("hibernate.hikari.")
                || k.startsWith("hibernate.c3p0.")
                || k.startsWith("hibernate.agroal.")) {
            return Optional.of(
                    "Autogen reads the entities without a connection; give the database with its own settings");
        }
        return Optional.empty();
    }

    /** The settings, key to value, sorted by key: what the entities are read with. */
    public Map<String, String> properties() {
        Map<String, String> out = new TreeMap<>();
        settings.forEach((k, s) -> out.put(k, s.value()));
        return Collections.unmodifiableMap(out);
    }

    /** The settings with where each came from, sorted by key. */
    public Map<String, Setting> settings() {
        return settings;
    }

    /** What showed Spring Boot on the entity class path (a jar's class, the application's class), if it is there. */
    public Optional<String> springBoot() {
        return Optional.ofNullable(springBoot);
    }

    /** The keys of the application's files left out because Autogen sets them itself, with their files. */
    public List<String> ignored() {
        return ignored;
    }

    private void log() {
        if (!LOG.isLoggable(Level.FINE)) {
            return;
        }
        if (springBoot != null) {
            LOG.fine("Spring Boot found on the entity class path (" + springBoot + "): its Hibernate settings apply");
        }
        settings.forEach((k, s) -> LOG.fine("Hibernate setting " + k + "=" + s.value() + " (from " + s.source() + ")"));
        for (String key : ignored) {
            LOG.fine("Hibernate setting " + key + " is ignored: Autogen sets it itself");
        }
    }
}
