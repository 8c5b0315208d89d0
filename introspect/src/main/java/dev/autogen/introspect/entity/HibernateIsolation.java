package dev.autogen.introspect.entity;

import dev.autogen.core.dialect.SchemaDialect;
import dev.autogen.core.model.SchemaSnapshot;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link EntityModels#withHibernate}: an application's Hibernate ORM and Autogen's entity reader in a class loader of
 * their own. That loader looks in its own jars first for everything but the JDK, Autogen's model and this package's
 * few Hibernate-free types that cross {@link EntityModels} ({@link #SHARED}); those come from Autogen's loader, so
 * that a {@link SchemaSnapshot} made inside is the one the engine compares. Service files ({@code META-INF/services})
 * come from its own jars alone: Autogen's Hibernate must not offer its providers to the application's.
 */
final class HibernateIsolation implements EntityModels {

    /** The types of this package that both sides share: none of them touches Hibernate. */
    static final Set<String> SHARED = Set.of(
            EntityModels.class.getName(),
            EntitySource.class.getName(),
            EntityExport.class.getName(),
            EntityReadException.class.getName(),
            DatabaseVersion.class.getName(),
            HibernateSettings.class.getName(),
            EntityModelCache.class.getName(),
            HibernateIsolation.class.getName());

    private static final String PACKAGE = EntityModels.class.getPackageName() + ".";

    private final EntityModels inside;
    private final ClassLoader loader;
    private final List<Path> code;

    private HibernateIsolation(EntityModels inside, ClassLoader loader, List<Path> code) {
        this.inside = inside;
        this.loader = loader;
        this.code = code;
    }

    static EntityModels open(List<Path> hibernateClassPath) {
        Path reader = EntityModelCache.location(EntityModels.class);
        if (reader == null) {
            throw new EntityReadException("cannot find where Autogen's entity reader was loaded from, to load it beside"
                    + " the application's Hibernate ORM");
        }
        List<Path> code = new ArrayList<>();
        code.add(reader);
        code.addAll(hibernateClassPath);
        List<URL> urls = new ArrayList<>();
        for (Path path : code) {
            try {
                urls.add(path.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new EntityReadException("cannot use " + path + " to read the entities: " + e.getMessage());
            }
        }
        Isolating loader = new Isolating(urls.toArray(URL[]::new), EntityModels.class.getClassLoader());
        EntityModels inside;
        try {
            inside = (EntityModels) Class.forName(EntityReader.class.getName(), true, loader)
                    .getConstructor()
                    .newInstance();
            inside.hibernateVersion(); // links Hibernate now: a class path without it fails here, in one line
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            close(loader);
            throw new EntityReadException("cannot load the application's Hibernate ORM from " + hibernateClassPath
                    + " (Autogen reads entities with Hibernate ORM " + SUPPORTED_VERSIONS + "): " + e);
        }
        return new HibernateIsolation(inside, loader, List.copyOf(code));
    }

    @Override
    public SchemaSnapshot read(EntitySource source, SchemaDialect dialect) {
        return inside(() -> inside.read(source, dialect));
    }

    @Override
    public SchemaSnapshot readWithSchemas(EntitySource source, SchemaDialect dialect) {
        return inside(() -> inside.readWithSchemas(source, dialect));
    }

    @Override
    public EntityExport export(EntitySource source, SchemaDialect dialect) {
        return inside(() -> inside.export(source, dialect));
    }

    @Override
    public String hibernateVersion() {
        return inside.hibernateVersion();
    }

    @Override
    public List<Path> codeLocations() {
        return code;
    }

    /**
     * Runs {@code work} with the isolated loader as the thread's context class loader (Hibernate looks up services
     * there too); a Hibernate that lacks what Autogen's reader calls fails in one line.
     */
    private <T> T inside(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } catch (LinkageError e) {
            throw new EntityReadException("the application's Hibernate ORM " + hibernateVersion()
                    + " lacks what Autogen's entity reader needs (Autogen reads entities with Hibernate ORM "
                    + SUPPORTED_VERSIONS + "): " + e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // its jars stay open until the JVM ends
        }
    }

    /** Child-first but for the JDK and what both sides share. */
    private static final class Isolating extends URLClassLoader {

        static {
            ClassLoader.registerAsParallelCapable();
        }

        Isolating(URL[] urls, ClassLoader parent) {
            super("autogen-application-hibernate", urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!isolated(name)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        loaded = getParent().loadClass(name);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private static boolean isolated(String name) {
            if (name.startsWith("java.") || name.startsWith("jdk.") || name.startsWith("sun.")) {
                return false;
            }
            if (name.startsWith("dev.autogen.")) {
                int nested = name.indexOf('$');
                return name.startsWith(PACKAGE) && !SHARED.contains(nested < 0 ? name : name.substring(0, nested));
            }
            return true;
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null || name.startsWith("META-INF/services/") ? own : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> own = findResources(name);
            if (own.hasMoreElements() || name.startsWith("META-INF/services/")) {
                return own;
            }
            return getParent() == null
                    ? Collections.emptyEnumeration()
                    : getParent().getResources(name);
        }
    }
}
