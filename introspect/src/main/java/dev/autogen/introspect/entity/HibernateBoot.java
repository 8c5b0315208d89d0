package dev.autogen.introspect.entity;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.Database;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

/**
 * One offline Hibernate boot: the entity classes, the service registries and the metadata built from them with the
 * target database's dialect. Close it to release the registries and the class loader.
 */
final class HibernateBoot implements AutoCloseable {

    /** Held so that the level sticks: JUL keeps loggers only weakly. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private final EntityClasses classes;
    private final BootstrapServiceRegistry bootstrapRegistry;
    private final StandardServiceRegistry registry;
    private final Metadata metadata;
    private final Set<Column> columnDefinitions;

    private HibernateBoot(
            EntityClasses classes,
            BootstrapServiceRegistry bootstrapRegistry,
            StandardServiceRegistry registry,
            Metadata metadata) {
        this.classes = classes;
        this.bootstrapRegistry = bootstrapRegistry;
        this.registry = registry;
        this.metadata = metadata;
        this.columnDefinitions = columnDefinitions(metadata);
    }

    /**
     * The columns whose type text comes from a {@code columnDefinition}. Read right after the boot: Hibernate caches
     * the type text it renders in the same field, so later it can no longer be told apart.
     */
    private static Set<Column> columnDefinitions(Metadata metadata) {
        Set<Column> columns = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                for (Column column : table.getColumns()) {
                    if (column.getSqlType() != null) {
                        columns.add(column);
                    }
                }
            }
        }
        return columns;
    }

    /** Whether the column's type is a {@code columnDefinition} given in the mapping. */
    boolean hasColumnDefinition(Column column) {
        return columnDefinitions.contains(column);
    }

    /** Loads the entity classes of {@code source} and builds Hibernate's metadata for {@code target}. */
    static HibernateBoot start(EntitySource source, HibernateTarget target) {
        quietLogging();
        EntityClasses classes = EntityClasses.load(source);
        BootstrapServiceRegistry bootstrapRegistry = null;
        StandardServiceRegistry registry = null;
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(classes.classLoader());
        try {
            bootstrapRegistry = new BootstrapServiceRegistryBuilder()
                    .applyClassLoader(classes.classLoader())
                    .build();
            registry = new StandardServiceRegistryBuilder(bootstrapRegistry)
                    .applySettings(settings(source, target))
                    .build();
            MetadataSources sources = new MetadataSources(registry);
            for (Class<?> type : classes.classes()) {
                sources.addAnnotatedClass(type);
            }
            Metadata metadata = sources.buildMetadata();
            return new HibernateBoot(classes, bootstrapRegistry, registry, metadata);
        } catch (RuntimeException | LinkageError e) {
            EntityReadException failure = BootFailures.boot(e);
            release(registry, bootstrapRegistry, classes, failure);
            throw failure;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The application's settings ({@link EntitySource#hibernateProperties()}), then the offline target's over them. */
    private static Map<String, Object> settings(EntitySource source, HibernateTarget target) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        source.hibernateProperties().forEach((key, value) -> {
            if (HibernateSettings.autogenOwns(key).isEmpty()) {
                settings.put(key, value);
            }
        });
        settings.putAll(target.settings());
        return settings;
    }

    Metadata metadata() {
        return metadata;
    }

    /** The standard service registry, for Hibernate tooling that needs it. */
    StandardServiceRegistry registry() {
        return registry;
    }

    Database database() {
        return metadata.getDatabase();
    }

    Dialect dialect() {
        return metadata.getDatabase().getDialect();
    }

    /**
     * The context Hibernate's schema tooling renders names with. The application's default catalog and schema
     * ({@code hibernate.default_schema}) are left out: a table that names no schema is the compared schema's, and its
     * DDL, replayed in a scratch schema, must not name the real one.
     */
    SqlStringGenerationContext sqlContext() {
        Map<String, Object> settings = new java.util.HashMap<>(
                registry.requireService(ConfigurationService.class).getSettings());
        settings.remove(org.hibernate.cfg.MappingSettings.DEFAULT_SCHEMA);
        settings.remove(org.hibernate.cfg.MappingSettings.DEFAULT_CATALOG);
        Database database = metadata.getDatabase();
        return SqlStringGenerationContextImpl.fromConfigurationMap(database.getJdbcEnvironment(), database, settings);
    }

    @Override
    public void close() {
        EntityReadException failure = new EntityReadException("Could not release Hibernate's boot resources");
        release(registry, bootstrapRegistry, classes, failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void release(
            StandardServiceRegistry registry,
            BootstrapServiceRegistry bootstrapRegistry,
            EntityClasses classes,
            RuntimeException collector) {
        try {
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            if (bootstrapRegistry != null) {
                BootstrapServiceRegistryBuilder.destroy(bootstrapRegistry);
            }
        } catch (RuntimeException e) {
            collector.addSuppressed(e);
        }
        try {
            classes.close();
        } catch (RuntimeException e) {
            collector.addSuppressed(e);
        }
    }

    private static void quietLogging() {
        if (HIBERNATE_LOG.getLevel() == null || HIBERNATE_LOG.getLevel().intValue() < Level.WARNING.intValue()) {
            HIBERNATE_LOG.setLevel(Level.WARNING);
        }
    }
}
