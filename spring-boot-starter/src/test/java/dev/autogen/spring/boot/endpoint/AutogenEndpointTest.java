package dev.autogen.spring.boot.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.autogen.runtime.Autogen;
import dev.autogen.spring.boot.AutogenAutoConfiguration;
import dev.autogen.spring.boot.endpoint.AutogenEndpoint.MigrationsReport;
import dev.autogen.spring.boot.endpoint.AutogenEndpoint.RevisionDescriptor;
import dev.autogen.testing.TestDatabases;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The {@code autogen} Actuator endpoint on a real H2 database left one revision short of head. */
class AutogenEndpointTest {

    private TestDatabases.Db db;
    private ApplicationContextRunner runner;

    @BeforeEach
    void freshDatabase() {
        db = TestDatabases.h2();
        DataSource dataSource = new SimpleDriverDataSource(new org.h2.Driver(), db.url());
        runner = new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(AutogenAutoConfiguration.class, AutogenEndpointAutoConfiguration.class))
                .withBean(DataSource.class, () -> dataSource)
                .withPropertyValues(
                        "autogen.migrations-package=dev.autogen.spring.boot.migrations", "autogen.target=a1b2c3d40001");
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void listsAppliedAndPendingRevisions() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=autogen")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(AutogenEndpoint.class);
                    MigrationsReport report = context.getBean(AutogenEndpoint.class)
                            .revisions()
                            .autogens()
                            .get("autogen");
                    assertThat(report.current()).containsExactly("a1b2c3d40001");
                    assertThat(report.applied())
                            .extracting(RevisionDescriptor::id, RevisionDescriptor::message)
                            .containsExactly(tuple("a1b2c3d40001", "create notes"));
                    assertThat(report.pending()).singleElement().satisfies(pending -> {
                        assertThat(pending.id()).isEqualTo("a1b2c3d40002");
                        assertThat(pending.revises()).containsExactly("a1b2c3d40001");
                        assertThat(pending.message()).isEqualTo("add note body");
                    });
                    assertThat(report.unknown()).isEmpty();
                });
    }

    @Test
    void notExposedNoEndpoint() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(AutogenEndpoint.class));
    }

    @Test
    void withoutActuatorTheStarterStillMigrates() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=autogen")
                .withClassLoader(new FilteredClassLoader(ConditionalOnAvailableEndpoint.class))
                .run(context -> {
                    assertThat(context).hasNotFailed().doesNotHaveBean(AutogenEndpoint.class);
                    assertThat(context.getBean(Autogen.class).current()).containsExactly("a1b2c3d40001");
                });
    }
}
