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
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds migrations compiled into an application, by package, through the {@value #INDEX} resources of the class
 * loader and nothing else: no folder or jar is listed, so a plain jar, a Spring Boot fat jar or any other class loader
 * finds them as long as it serves resources. The index is written at compile time by the runtime's annotation processor
 * ({@link dev.autogen.runtime.internal.index.MigrationIndexProcessor}), which {@code javac} runs whenever the runtime is
 * on the compile class path. Its format: a text file, one binary class name a line, {@code #} starting a comment (the
 * processor puts each class's revision id there); blank lines are ignored. Every index on the class path is read (one
 * per jar or class folder) and the classes of the package (not its sub-packages) are kept.
 *
 * <p>A class named there that is abstract, an interface or does not implement {@link Migration} is an error when it
 * carries {@link Revision}, and is skipped otherwise (an index written by hand may name helpers).
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
        } catch (IOException | UncheckedIOException e) {
            throw new MigrationLoadException("Cannot read " + INDEX + " from the class path", e);
        }
        if (names.isEmpty()) {
            throw new MigrationLoadException("No migration of package " + packageName + " is listed in a " + INDEX
                    + " resource on the class path: check the package name, and compile the migrations with"
                    + " autogen-runtime on the compile class path so that its annotation processor writes " + INDEX);
        }
        List<Class<?>> migrations = new ArrayList<>();
        for (String name : names) {
            Class<?> type;
            try {
                type = Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new MigrationLoadException(
                        "Cannot load migration class " + name + " (listed in " + INDEX + " for package " + packageName
                                + "); rebuild the application so the index is written again",
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
            throw new MigrationLoadException("No class listed for package " + packageName + " in " + INDEX
                    + " implements " + Migration.class.getName() + ": rebuild the application so the index is written"
                    + " again");
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
}
