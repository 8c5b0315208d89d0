package dev.autogen.introspect.entity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The Hibernate settings Spring Boot would give the application's entities: found on the entity class path itself
 * (its folders and jars, never Autogen's own class path), read from the application's {@code application.properties}
 * and {@code application.yml} there, the way Spring Boot's {@code HibernateProperties} turns them into Hibernate
 * settings.
 */
final class SpringBootSettings {

    /** In the {@code spring-boot} jar, Boot 3 and 4. */
    private static final String SPRING_APPLICATION = "org/springframework/boot/SpringApplication.class";

    /** Boot 3's JPA auto-configuration ({@code spring-boot-autoconfigure}) and Boot 4's ({@code spring-boot-hibernate}). */
    private static final List<String> JPA_AUTO_CONFIGURATION = List.of(
            "org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaAutoConfiguration.class",
            "org/springframework/boot/hibernate/autoconfigure/HibernateJpaAutoConfiguration.class");

    /** The annotations a Spring Boot application's main class carries. */
    private static final Set<String> APPLICATION_ANNOTATIONS = Set.of(
            "Lorg/springframework/boot/autoconfigure/SpringBootApplication;",
            "Lorg/springframework/boot/SpringBootConfiguration;",
            "Lorg/springframework/boot/autoconfigure/EnableAutoConfiguration;");

    static final String BOOT4_IMPLICIT = "org.springframework.boot.hibernate.SpringImplicitNamingStrategy";
    static final String BOOT3_IMPLICIT = "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy";
    static final String BOOT4_PHYSICAL = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
    static final String BOOT3_PHYSICAL = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";

    static final String PHYSICAL = "hibernate.physical_naming_strategy";
    static final String IMPLICIT = "hibernate.implicit_naming_strategy";

    private static final String JPA_PROPERTIES = "spring.jpa.properties";
    private static final String NAMING = "spring.jpa.hibernate.naming.";

    private SpringBootSettings() {}

    /**
     * How Spring Boot was found on the entity class path, and the naming it applies there.
     *
     * @param marker what showed it: a Spring Boot jar's class, or the application's main class
     * @param physical the physical naming strategy Spring Boot applies by default
     * @param implicit the implicit one: Spring Boot's class where the entity class path has it, else Autogen's copy
     */
    record Boot(String marker, String physical, String implicit) {}

    /** Spring Boot on the entity class path, or null when it is not there. */
    static Boot detect(Roots roots) {
        List<Path> entries = roots.entries();
        String marker = null;
        for (Path entry : entries) {
            for (String name : markers()) {
                if (roots.exists(entry, name)) {
                    marker = name.replace('/', '.').replace(".class", "") + " in " + entry.getFileName();
                    break;
                }
            }
            if (marker != null) {
                break;
            }
        }
        if (marker == null) {
            marker = applicationClass(entries);
        }
        if (marker == null) {
            return null;
        }
        if (anyHas(roots, BOOT4_IMPLICIT)) {
            return new Boot(marker, BOOT4_PHYSICAL, BOOT4_IMPLICIT);
        }
        if (anyHas(roots, BOOT3_IMPLICIT)) {
            return new Boot(marker, BOOT3_PHYSICAL, BOOT3_IMPLICIT);
        }
        return new Boot(marker, BOOT3_PHYSICAL, SpringBootImplicitNaming.class.getName());
    }

    private static List<String> markers() {
        List<String> markers = new ArrayList<>(JPA_AUTO_CONFIGURATION);
        markers.add(SPRING_APPLICATION);
        return markers;
    }

    private static boolean anyHas(Roots roots, String className) {
        String name = className.replace('.', '/') + ".class";
        return roots.entries().stream().anyMatch(e -> roots.exists(e, name));
    }

    /**
     * The first class of a folder entry annotated {@code @SpringBootApplication} (or its parts), or null. Only a folder
     * holding an application file ({@code application.properties}, {@code .yml}, {@code .yaml}, at its root or in
     * {@code config/}), as a Spring Boot application's {@code target/classes} does, is searched, shallow classes
     * first (the main class sits in the root package): the others cost nothing.
     */
    private static String applicationClass(List<Path> entries) {
        for (Path entry : entries) {
            if (!Files.isDirectory(entry) || !hasApplicationFile(entry)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(entry)) {
                files = walk.filter(f -> f.toString().endsWith(".class"))
                        .sorted(java.util.Comparator.comparingInt(Path::getNameCount))
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                continue; // an unreadable folder: Hibernate's boot says what is wrong with it
            }
            for (Path file : files) {
                try {
                    byte[] bytes = Files.readAllBytes(file);
                    if (!contains(bytes, SPRING_BOOT_DESCRIPTOR)) {
                        continue; // names no Spring Boot type: parsing it would tell nothing
                    }
                    ClassFileHeader header = ClassFileHeader.read(bytes);
                    if (header.annotations().stream().anyMatch(APPLICATION_ANNOTATIONS::contains)) {
                        return header.className() + " (@SpringBootApplication) in " + entry.getFileName();
                    }
                } catch (IOException | RuntimeException e) {
                    // not a class file this Java understands: not the application's
                }
            }
        }
        return null;
    }

    private static boolean hasApplicationFile(Path folder) {
        for (String dir : List.of("", "config/")) {
            for (String extension : List.of(".properties", ".yml", ".yaml")) {
                if (Files.isRegularFile(folder.resolve(dir + "application" + extension))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final byte[] SPRING_BOOT_DESCRIPTOR =
            "Lorg/springframework/boot/".getBytes(StandardCharsets.US_ASCII);

    /** Whether {@code bytes} hold {@code part}. */
    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The Hibernate settings the application's Spring Boot configuration gives, with where each came from: its
     * {@code spring.jpa.properties.*} (the prefix taken off), its {@code spring.jpa.hibernate.naming.*} strategies,
     * and Spring Boot's default naming where it names none.
     *
     * @param profile the profiles to read {@code application-<profile>.*} for, comma-separated; null for those
     *     {@code spring.profiles.active} names
     */
    static Map<String, HibernateSettings.Setting> read(Roots entries, Boot boot, String profile) {
        List<String> profiles = profiles(profile);
        Map<String, Value> spring = new LinkedHashMap<>();
        loadAll(entries, "", profiles, spring);
        if (profile == null || profile.isBlank()) {
            Value active = spring.get("spring.profiles.active");
            if (active != null) {
                profiles = profiles(active.value());
                spring.clear();
                loadAll(entries, "", profiles, spring); // documents activated on those profiles join in
            }
        }
        for (String p : profiles) {
            loadAll(entries, "-" + p, profiles, spring);
        }
        Map<String, HibernateSettings.Setting> out = new LinkedHashMap<>();
        String physical = null;
        String implicit = null;
        for (Map.Entry<String, Value> e : spring.entrySet()) {
            String key = e.getKey();
            Value value = e.getValue();
            String hibernateKey = jpaProperty(key);
            if (hibernateKey != null) {
                out.put(hibernateKey, new HibernateSettings.Setting(value.value(), value.source() + " (" + key + ")"));
            } else if (key.startsWith(NAMING)) {
                String name = canonical(key.substring(NAMING.length()));
                if (name.equals("physicalstrategy")) {
                    physical = key;
                } else if (name.equals("implicitstrategy")) {
                    implicit = key;
                }
            }
        }
        // HibernateProperties.Naming: a naming property wins over spring.jpa.properties, which wins over the default
        naming(out, PHYSICAL, physical, spring, boot.physical());
        naming(out, IMPLICIT, implicit, spring, boot.implicit());
        return out;
    }

    private static void naming(
            Map<String, HibernateSettings.Setting> out,
            String hibernateKey,
            String springKey,
            Map<String, Value> spring,
            String fallback) {
        if (springKey != null && !spring.get(springKey).value().isBlank()) {
            Value value = spring.get(springKey);
            out.put(
                    hibernateKey,
                    new HibernateSettings.Setting(value.value(), value.source() + " (" + springKey + ")"));
        } else {
            out.putIfAbsent(hibernateKey, new HibernateSettings.Setting(fallback, "Spring Boot's default"));
        }
    }

    /** The Hibernate key of {@code spring.jpa.properties.hibernate.x} or {@code spring.jpa.properties[hibernate.x]}. */
    static String jpaProperty(String key) {
        if (!key.startsWith(JPA_PROPERTIES) || key.length() == JPA_PROPERTIES.length()) {
            return null;
        }
        String rest = key.substring(JPA_PROPERTIES.length());
        if (rest.charAt(0) == '.') {
            return rest.substring(1).isEmpty() ? null : rest.substring(1);
        }
        if (rest.charAt(0) == '[' && rest.indexOf(']') > 1) {
            int close = rest.indexOf(']');
            return rest.substring(1, close) + rest.substring(close + 1);
        }
        return null;
    }

    /** Spring's relaxed form of a property name's last part: {@code physical-strategy}, {@code physicalStrategy}. */
    private static String canonical(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static List<String> profiles(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** A Spring property's value and the file it came from. */
    record Value(String value, String source) {}

    /**
     * The {@code application<suffix>} files of the class path root and its {@code config/} folder, in Spring Boot's
     * order (YAML, then properties over it; {@code config/} over the root), each from the first entry that has it.
     */
    private static void loadAll(Roots roots, String suffix, List<String> profiles, Map<String, Value> into) {
        for (String folder : List.of("", "config/")) {
            for (String extension : List.of(".yml", ".yaml", ".properties")) {
                String name = folder + "application" + suffix + extension;
                for (Path entry : roots.entries()) {
                    byte[] bytes = roots.read(entry, name);
                    if (bytes != null) {
                        String source = name + " in " + entry.getFileName();
                        if (extension.equals(".properties")) {
                            properties(bytes, source, profiles, into);
                        } else {
                            yaml(bytes, source, profiles, into);
                        }
                        break;
                    }
                }
            }
        }
    }

    private static void properties(byte[] bytes, String source, List<String> profiles, Map<String, Value> into) {
        // Spring Boot reads a properties file as documents split by "#---" (or "!---") lines
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String document : text.split("(?m)^[#!]---\\s*$")) {
            Properties props = new Properties();
            try {
                props.load(new java.io.StringReader(document));
            } catch (IOException | IllegalArgumentException e) {
                throw new EntityReadException(
                        "Cannot read " + source + ": " + e.getMessage() + "; fix the file or remove it");
            }
            Map<String, String> flat = new LinkedHashMap<>();
            props.stringPropertyNames().stream().sorted().forEach(k -> flat.put(k, props.getProperty(k)));
            document(flat, source, profiles, into);
        }
    }

    private static void yaml(byte[] bytes, String source, List<String> profiles, Map<String, Value> into) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try {
            for (Object document :
                    yaml.loadAll(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", document, flat);
                document(flat, source, profiles, into);
            }
        } catch (YAMLException e) {
            String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new EntityReadException("Cannot read " + source + ": "
                    + problem.lines().findFirst().orElse("") + "; fix the YAML or remove the file");
        }
    }

    /** One document, unless it is activated on a profile that is not active. */
    private static void document(
            Map<String, String> flat, String source, List<String> profiles, Map<String, Value> into) {
        String onProfile = flat.getOrDefault("spring.config.activate.on-profile", flat.get("spring.profiles"));
        if (onProfile != null && !activeOn(onProfile, profiles)) {
            return;
        }
        flat.forEach((k, v) -> {
            into.remove(k); // a later value moves to the end, as it was set last
            into.put(k, new Value(v, source));
        });
    }

    /** Whether {@code on-profile} ({@code dev}, {@code dev,test}, {@code !prod}) matches the active profiles. */
    private static boolean activeOn(String onProfile, List<String> profiles) {
        for (String p : profiles(onProfile)) {
            if (p.startsWith("!") ? !profiles.contains(p.substring(1)) : profiles.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Spring Boot's flattening: nested maps to {@code a.b}, lists to {@code a[0]}, scalars as text. */
    static void flatten(String prefix, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String name = prefix.isEmpty() ? key : key.startsWith("[") ? prefix + key : prefix + "." + key;
                flatten(name, e.getValue(), out);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), out);
            }
        } else if (!prefix.isEmpty()) {
            out.put(prefix, value == null ? "" : String.valueOf(value));
        }
    }

    /**
     * The entries' files by name, each jar opened once for all the names asked of it. Close it to close the jars.
     */
    static final class Roots implements AutoCloseable {
        private final List<Path> entries;
        private final Map<Path, ZipFile> jars = new java.util.HashMap<>();

        Roots(List<Path> entries) {
            this.entries = List.copyOf(entries);
        }

        List<Path> entries() {
            return entries;
        }

        boolean exists(Path entry, String name) {
            if (Files.isDirectory(entry)) {
                return Files.isRegularFile(entry.resolve(name));
            }
            ZipFile zip = jar(entry);
            return zip != null && zip.getEntry(name) != null;
        }

        /** The resource's bytes from one entry, or null when it has none. */
        byte[] read(Path entry, String name) {
            try {
                if (Files.isDirectory(entry)) {
                    Path file = entry.resolve(name);
                    return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                }
                ZipFile zip = jar(entry);
                ZipEntry zipEntry = zip == null ? null : zip.getEntry(name);
                if (zipEntry == null) {
                    return null;
                }
                try (var in = zip.getInputStream(zipEntry)) {
                    return in.readAllBytes();
                }
            } catch (IOException e) {
                throw new EntityReadException("Cannot read " + name + " in " + entry + ": " + e.getMessage());
            }
        }

        private ZipFile jar(Path entry) {
            return jars.computeIfAbsent(entry, e -> {
                if (!Files.isRegularFile(e)) {
                    return null;
                }
                try {
                    return new ZipFile(e.toFile());
                } catch (IOException notAJar) {
                    return null; // Hibernate's boot says what is wrong with it
                }
            });
        }

        @Override
        public void close() {
            for (ZipFile zip : jars.values()) {
                if (zip != null) {
                    try {
                        zip.close();
                    } catch (IOException e) {
                        // read only: nothing is lost
                    }
                }
            }
        }
    }
}
