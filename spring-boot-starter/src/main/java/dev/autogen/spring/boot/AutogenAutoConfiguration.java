package dev.autogen.spring.boot;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.internal.migration.error.MigrationLoadException;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * Applies the application's migrations at start-up, modelled on Spring Boot's {@code FlywayAutoConfiguration}. Active
 * when the application has a {@link DataSource} bean or sets {@code autogen.url}, unless {@code autogen.enabled=false},
 * and Spring Boot's JDBC support is on the class path ({@code spring-boot-jdbc} in Spring Boot 4, {@code spring-boot}
 * and {@code spring-jdbc} in 3.5: every class used here has the same name in both). It defines:
 *
 * <ul>
 *   <li>an {@link Autogen} bean (unless the application defines one), migrating the {@link AutogenDataSource} or
 *       else the application's {@link DataSource}, or {@code autogen.url} with {@code autogen.user} and
 *       {@code autogen.password}; {@code autogen.user} without a URL connects to the data source's database as that
 *       user;
 *   <li>an {@link AutogenMigrationInitializer}, which upgrades when created, or calls the application's
 *       {@link AutogenMigrationStrategy}; Spring Boot's database-initialization ordering creates it before the
 *       {@code EntityManagerFactory} and {@code JdbcTemplate} users;
 *   <li>an {@link AutogenSchemaManagementProvider}, so that Hibernate does not create or drop the tables of an embedded
 *       database Autogen migrates ({@code spring.jpa.hibernate.ddl-auto} defaults to {@code none} there, as with
 *       Flyway).
 * </ul>
 */
// DataSourceAutoConfiguration by name: Spring Boot 4 moved it from org.springframework.boot.autoconfigure.jdbc (3.5)
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"
        })
@ConditionalOnClass({DatabaseInitializationDependencyConfigurer.class, SimpleDriverDataSource.class})
@Conditional(AutogenAutoConfiguration.DataSourceCondition.class)
@ConditionalOnBooleanProperty(name = "autogen.enabled", matchIfMissing = true)
@EnableConfigurationProperties(AutogenProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class AutogenAutoConfiguration {

    private static final Log LOG = LogFactory.getLog(AutogenAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    Autogen autogen(
            AutogenProperties properties,
            ObjectProvider<DataSource> dataSource,
            @AutogenDataSource ObjectProvider<DataSource> autogenDataSource,
            ObjectProvider<AutogenMigrationStrategy> strategy,
            ResourceLoader resourceLoader) {
        Autogen autogen = connect(properties, migrated(dataSource, autogenDataSource));
        ClassLoader loader = resourceLoader.getClassLoader();
        if (loader != null) {
            autogen.classLoader(loader);
        }
        String migrationsPackage = properties.getMigrationsPackage();
        if (StringUtils.hasText(migrationsPackage)) {
            autogen.migrations(migrationsPackage.strip());
        } else if (strategy.getIfAvailable() == null) {
            throw new MigrationLoadException(
                    "autogen.migrations-package is not set: set it to the package the migration"
                            + " classes are compiled into (for example com.example.app.migrations), or set"
                            + " autogen.enabled=false");
        }
        if (properties.getLockTimeout() != null) {
            autogen.lockTimeout(properties.getLockTimeout());
        }
        if (properties.isTransactionPerRun()) {
            autogen.transactionPerRun();
        }
        if (properties.getDdlLockTimeout() != null) {
            autogen.ddlLockTimeout(properties.getDdlLockTimeout());
        }
        if (properties.getDdlRetries() != null) {
            autogen.ddlRetries(properties.getDdlRetries());
        }
        autogen.validateOnMigrate(properties.isValidateOnMigrate());
        return autogen.onStep(LOG::info);
    }

    @Bean
    @ConditionalOnMissingBean
    AutogenMigrationInitializer autogenInitializer(
            Autogen autogen, AutogenProperties properties, ObjectProvider<AutogenMigrationStrategy> strategy) {
        String migrationsPackage = properties.getMigrationsPackage();
        String location = StringUtils.hasText(migrationsPackage)
                ? "package " + migrationsPackage.strip()
                : "the application's migrations";
        return new AutogenMigrationInitializer(
                autogen,
                strategy.getIfAvailable(),
                properties.getTarget(),
                properties.getOnUnknownRevision(),
                location);
    }

    @Bean
    AutogenSchemaManagementProvider autogenSchemaManagementProvider(
            AutogenProperties properties,
            ObjectProvider<DataSource> dataSource,
            @AutogenDataSource ObjectProvider<DataSource> autogenDataSource) {
        boolean ownConnection = StringUtils.hasText(properties.getUrl()) || StringUtils.hasText(properties.getUser());
        return new AutogenSchemaManagementProvider(ownConnection ? null : migrated(dataSource, autogenDataSource));
    }

    /** The {@link AutogenDataSource} bean, else the application's one (or {@code @Primary}) data source, else null. */
    private static DataSource migrated(
            ObjectProvider<DataSource> dataSource, ObjectProvider<DataSource> autogenDataSource) {
        DataSource marked = autogenDataSource.getIfAvailable();
        return marked != null ? marked : dataSource.getIfUnique();
    }

    /** The data source given, or connections of Autogen's own as {@code autogen.url} and {@code .user} say. */
    private static Autogen connect(AutogenProperties properties, DataSource applications) {
        if (StringUtils.hasText(properties.getUrl())) {
            return Autogen.configure(properties.getUrl(), properties.getUser(), properties.getPassword());
        }
        if (applications == null) {
            throw new MigrationLoadException("Autogen found no single DataSource to migrate: mark one @Primary or"
                    + " @AutogenDataSource, or set autogen.url");
        }
        if (StringUtils.hasText(properties.getUser())) {
            return Autogen.configure(DataSourceBuilder.derivedFrom(applications)
                    .type(SimpleDriverDataSource.class)
                    .username(properties.getUser())
                    .password(properties.getPassword())
                    .build());
        }
        return Autogen.configure(applications);
    }

    /** A {@link DataSource} bean to migrate, or {@code autogen.url}. */
    static final class DataSourceCondition extends AnyNestedCondition {

        DataSourceCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        static final class DataSourceBean {}

        @ConditionalOnProperty("autogen.url")
        static final class AutogenUrl {}
    }
}
