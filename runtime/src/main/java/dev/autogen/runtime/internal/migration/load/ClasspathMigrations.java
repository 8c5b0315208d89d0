package dev.autogen.runtime.internal.migration.load;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Revision;
import dev.autogen.runtime.internal.migration.error.InvalidMigrationException;
import dev.autogen.runtime.internal.migration.error.MigrationLoadException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds migrations compiled into an application, by package, with the JDK alone: the classes of the package (not its
 * sub-packages) in every folder and jar of the class loader that holds it, plus the classes named in any
 * {@value #INDEX} resource. The index is for class loaders that cannot list a package (jars built without directory
 * entries, custom loaders): a text file, one fully qualified class name a line, {@code #} starting a comment.
 *
 * <p>Classes of the package that neither implement {@link Migration} nor carry {@link Revision} (helpers) are ignored;
 * abstract classes and interfaces too.
 */
public final class ClasspathMigrations {

    /** The index resource: {@code META-INF/autogen/migrations}. */
    public static final String INDEX = "META-INF/autogen/migrations";

    private static final Pattern PACKAGE =
            Pattern.compile("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*"
                    + "(\\.[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*)*");

    private ClasspathMigrations() {}

    /**
     * Loads the migrations of a package.
     *
     * @throws MigrationLoadException when the package holds no migration, or a class cannot be loaded
     */
    public static MigrationSet load(ClassLoader loader, String packageName) {
        return MigrationLoader.fromClasses("package " + packageName, find(loader, packageName));
    }

    /** The migration classes of a package, sorted by name. */
    public static List<Class<?>> find(ClassLoader loader, String packageName) {
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(packageName, "packageName");
        if (!PACKAGE.matcher(packageName).matches()) {
            throw new MigrationLoadException("\"" + packageName + "\" is not a Java package name: give the package"
                    + " the migration classes are in, for example com.example.app.migrations");
        }
        TreeSet<String> names = new TreeSet<>();
        try {
            names.addAll(indexed(loader, packageName));
            names.addAll(scanned(loader, packageName));
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationLoadException("Cannot list the classes of package " + packageName, e);
        }
        List<Class<?>> migrations = new ArrayList<>();
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new MigrationLoadException(
                        "Cannot load migration class " + name + " (listed in " + INDEX + " or found in package "
                                + packageName + "); rebuild the application or fix the index",
                        e);
            }
            boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
            if (concrete && Migration.class.isAssignableFrom(type)) {
                migrations.add(type);
            } else if (type.isAnnotationPresent(Revision.class)) {
                throw new InvalidMigrationException("Class " + name + " has @Revision but "
                        + (concrete
                                ? "does not implement " + Migration.class.getName() + ": add implements Migration"
                                : "is abstract or an interface: make it a concrete class"));
            }
        }
        if (migrations.isEmpty()) {
            throw new MigrationLoadException("No migration classes in package " + packageName + " on the class path:"
                    + " check the package name and that the migrations are compiled into the application; a class loader"
                    + " that cannot list packages needs them named in " + INDEX);
        }
        return List.copyOf(migrations);
    }

    /** Class names of the package listed in the index resources. */
    private static List<String> indexed(ClassLoader loader, String packageName) throws IOException {
        List<String> names = new ArrayList<>();
        Enumeration<URL> indexes = loader.getResources(INDEX);
        while (indexes.hasMoreElements()) {
            URL index = indexes.nextElement();
            URLConnection connection = index.openConnection();
            connection.setUseCaches(false);
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    int comment = line.indexOf('#');
                    String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
                    int dot = name.lastIndexOf('.');
                    if (!name.isEmpty() && dot > 0 && name.substring(0, dot).equals(packageName)) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    /** Class names found in the package's folders and jars (top-level classes only). */
    private static List<String> scanned(ClassLoader loader, String packageName) throws IOException {
        String path = packageName.replace('.', '/');
        List<String> names = new ArrayList<>();
        Enumeration<URL> locations = loader.getResources(path);
        while (locations.hasMoreElements()) {
            URL location = locations.nextElement();
            if ("file".equals(location.getProtocol())) {
                folder(location, packageName, names);
            } else if ("jar".equals(location.getProtocol())) {
                jar(location, path, packageName, names);
            }
            // other protocols cannot be listed: the index names their classes
        }
        return names;
    }

    private static void folder(URL location, String packageName, List<String> names) throws IOException {
        Path dir;
        try {
            dir = Path.of(location.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(ClasspathMigrations::topLevelClassFile)
                    .forEach(file -> names.add(packageName + "." + file.substring(0, file.length() - 6)));
        }
    }

    private static void jar(URL location, String path, String packageName, List<String> names) throws IOException {
        URLConnection connection = location.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            return;
        }
        jarConnection.setUseCaches(false);
        try (JarFile jar = jarConnection.getJarFile()) {
            String prefix = path + "/";
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(prefix)) {
                    String file = name.substring(prefix.length());
                    if (!file.contains("/") && topLevelClassFile(file)) {
                        names.add(packageName + "." + file.substring(0, file.length() - 6));
                    }
                }
            }
        }
    }

    private static boolean topLevelClassFile(String file) {
        return file.endsWith(".class") && !file.contains("$") && !file.equals("package-info.class");
    }
}
