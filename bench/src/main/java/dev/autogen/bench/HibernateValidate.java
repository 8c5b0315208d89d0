package dev.autogen.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * The baseline, run in its own JVM: Hibernate ORM validating the database against the same entities
 * ({@code hibernate.hbm2ddl.auto=validate}). Prints {@code VALID} and exits 0, or prints {@code INVALID: <message>}
 * and exits 1 (Hibernate stops at the first problem).
 *
 * <p>Arguments: the JDBC URL, a file listing the entity class names (one a line), and the mode: {@code tool} runs
 * Hibernate's schema management tool on the boot metadata ({@link SchemaManagementToolCoordinator}, no session
 * factory), {@code session-factory} builds the session factory, which validates as part of its start.
 */
public final class HibernateValidate {

    /** Held so that the level sticks. */
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

    private HibernateValidate() {}

    public static void main(String[] args) throws Exception {
        HIBERNATE.setLevel(Level.SEVERE);
        String url = args[0];
        List<String> classNames = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(s -> !s.isBlank())
                .toList();
        boolean sessionFactory = args.length > 2 && args[2].equals("session-factory");
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.jdbc.url", url);
        settings.put("hibernate.hbm2ddl.auto", "validate");
        settings.put("hibernate.connection.pool_size", "2");
        StandardServiceRegistry registry =
                new StandardServiceRegistryBuilder().applySettings(settings).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            ClassLoader loader = HibernateValidate.class.getClassLoader();
            for (String name : classNames) {
                sources.addAnnotatedClass(Class.forName(name, false, loader));
            }
            Metadata metadata = sources.buildMetadata();
            if (sessionFactory) {
                try (SessionFactory factory = metadata.buildSessionFactory()) {
                    factory.getMetamodel();
                }
            } else {
                Map<String, Object> config = new HashMap<>(
                        registry.requireService(ConfigurationService.class).getSettings());
                SchemaManagementToolCoordinator.process(metadata, registry, config, dropAction -> {});
            }
            System.out.println("VALID");
        } catch (SchemaManagementException e) {
            System.out.println("INVALID: " + e.getMessage());
            System.exit(1);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof SchemaManagementException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SchemaManagementException) {
                System.out.println("INVALID: " + cause.getMessage());
                System.exit(1);
            }
            throw e;
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }
}
