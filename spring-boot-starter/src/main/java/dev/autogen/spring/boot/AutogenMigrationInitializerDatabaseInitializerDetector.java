package dev.autogen.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that an {@link AutogenMigrationInitializer} initializes the database, so that every bean Boot
 * knows to depend on database initialization (the JPA {@code EntityManagerFactory}, {@code JdbcTemplate}, beans
 * annotated {@code @DependsOnDatabaseInitialization}) is created after it. Registered in
 * {@code META-INF/spring.factories}, as Flyway's detector is.
 */
class AutogenMigrationInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(AutogenMigrationInitializer.class);
    }

    @Override
    public int getOrder() {
        // with Flyway's (1): after script-based initialization (DataSourceScriptDatabaseInitializer), as Flyway runs
        return 1;
    }
}
