package dev.autogen.maven;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The project's compiled classes and run-time class path for one goal: the entries the engine reads the entities from
 * (the output folder first), a class loader over them that is the thread's context class loader while the goal runs,
 * and the JDBC drivers found there ({@code META-INF/services/java.sql.Driver}), lent to {@link DriverManager} through
 * {@link DriverShim}s until {@link #close()}.
 */
final class ProjectClassPath implements AutoCloseable {

    private final List<Path> entries;
    private final URLClassLoader loader;
    private final ClassLoader previousContext;
    private final List<Driver> shims = new ArrayList<>();

    private ProjectClassPath(List<Path> entries, URLClassLoader loader) {
        this.entries = List.copyOf(entries);
        this.loader = loader;
        this.previousContext = Thread.currentThread().getContextClassLoader();
    }

    /**
     * Opens the class path of {@code elements} (the project's run-time class path elements; those that do not exist,
     * such as an output folder before compile, are left out).
     */
    static ProjectClassPath open(List<String> elements) throws MojoExecutionException {
        List<Path> entries = new ArrayList<>();
        List<URL> urls = new ArrayList<>();
        for (String element : elements) {
            Path path = Path.of(element).toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                continue;
            }
            entries.add(path);
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new MojoExecutionException("cannot use class path entry " + path + ": " + e.getMessage());
            }
        }
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ProjectClassPath.class.getClassLoader());
        ProjectClassPath classPath = new ProjectClassPath(entries, loader);
        Thread.currentThread().setContextClassLoader(loader);
        try {
            classPath.lendDrivers();
        } catch (MojoExecutionException | RuntimeException e) {
            classPath.close();
            throw e;
        }
        return classPath;
    }

    /** The existing entries, the project's output folder first. */
    List<Path> entries() {
        return entries;
    }

    private void lendDrivers() throws MojoExecutionException {
        try {
            for (Driver driver : ServiceLoader.load(Driver.class, loader)) {
                if (driver.getClass().getClassLoader() != loader) {
                    continue; // the plugin's or the JDK's own: DriverManager hands it out already
                }
                DriverShim shim = new DriverShim(driver);
                DriverManager.registerDriver(shim);
                shims.add(shim);
            }
        } catch (ServiceConfigurationError | SQLException e) {
            throw new MojoExecutionException(
                    "cannot load a JDBC driver of the project's dependencies: " + e.getMessage());
        }
    }

    /** Withdraws the drivers, gives the thread its context class loader back and closes the class loader. */
    @Override
    public void close() {
        for (Driver shim : shims) {
            try {
                DriverManager.deregisterDriver(shim);
            } catch (SQLException e) {
                // nothing to undo: it is gone
            }
        }
        shims.clear();
        Thread.currentThread().setContextClassLoader(previousContext);
        try {
            loader.close();
        } catch (IOException e) {
            // the jars stay open until the JVM ends: nothing the build needs
        }
    }
}
