package dev.autogen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.internal.migration.error.MigrationLoadException;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** An application with two data sources: {@link AutogenDataSource} says which one the migrations are for. */
class AutogenDataSourceTest {

    private static TestDatabases.Db main;
    private static TestDatabases.Db migrated;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AutogenAutoConfiguration.class))
            .withPropertyValues(AutogenAutoConfigurationTest.MIGRATIONS);

    @BeforeEach
    void freshDatabases() {
        main = TestDatabases.h2();
        migrated = TestDatabases.h2();
    }

    @AfterEach
    void dropDatabases() throws Exception {
        main.close();
        migrated.close();
    }

    @Test
    void theMarkedDataSourceIsMigrated() throws Exception {
        runner.withUserConfiguration(TwoDataSources.class, Marked.class)
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(hasVersionTable(migrated)).isTrue();
        assertThat(hasVersionTable(main)).isFalse();
    }

    @Test
    void twoDataSourcesAndNoneChosenFailsSayingWhatToDo() {
        runner.withUserConfiguration(TwoDataSources.class).run(context -> {
            assertThat(context).hasFailed();
            Throwable cause = context.getStartupFailure();
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            assertThat(cause)
                    .isInstanceOf(MigrationLoadException.class)
                    .hasMessage("Autogen found no single DataSource to migrate: mark one @Primary or"
                            + " @AutogenDataSource, or set autogen.url");
        });
    }

    private static boolean hasVersionTable(TestDatabases.Db db) throws Exception {
        try (Connection c = db.connect();
                ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "AUTOGEN_VERSION", null)) {
            return tables.next();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TwoDataSources {

        @Bean
        DataSource mainDataSource() {
            return new SimpleDriverDataSource(new org.h2.Driver(), main.url());
        }

        @Bean
        DataSource reportingDataSource() {
            return new SimpleDriverDataSource(new org.h2.Driver(), main.url() + "_reporting");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Marked {

        @Bean
        @AutogenDataSource
        DataSource migrationsDataSource() {
            return new SimpleDriverDataSource(new org.h2.Driver(), migrated.url());
        }
    }
}
