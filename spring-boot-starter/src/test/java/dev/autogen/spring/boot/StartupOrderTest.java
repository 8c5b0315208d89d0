package dev.autogen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.spring.boot.jpa.Note;
import dev.autogen.testing.TestDatabases;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * With Spring Boot's JPA support: the migrations run before Hibernate builds the {@code EntityManagerFactory}, so an
 * entity whose table only the migrations create validates ({@code ddl-auto=validate}).
 */
class StartupOrderTest {

    private TestDatabases.Db db;
    private ApplicationContextRunner runner;

    @BeforeEach
    void freshDatabase() {
        db = TestDatabases.h2();
        runner = jpa(new SimpleDriverDataSource(new org.h2.Driver(), db.url()));
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    private static ApplicationContextRunner jpa(DataSource dataSource) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        DataSourceAutoConfiguration.class,
                        HibernateJpaAutoConfiguration.class,
                        AutogenAutoConfiguration.class))
                .withUserConfiguration(Entities.class)
                .withBean(DataSource.class, () -> dataSource)
                .withPropertyValues(AutogenAutoConfigurationTest.MIGRATIONS);
    }

    @Test
    void hibernateValidatesTheTablesTheMigrationsCreated() {
        runner.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(EntityManagerFactory.class);
            EntityManager em = context.getBean(EntityManagerFactory.class).createEntityManager();
            try {
                em.getTransaction().begin();
                em.persist(new Note(1L, "title", "a body the second migration made room for"));
                em.getTransaction().commit();
                em.clear();
                assertThat(em.find(Note.class, 1L).getBody()).isEqualTo("a body the second migration made room for");
            } finally {
                em.close();
            }
        });
    }

    /** The same application without the migrations: validation finds no table, so the test above can fail. */
    @Test
    void withoutTheMigrationsValidationFails() {
        runner.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate", "autogen.enabled=false")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("notes");
                });
    }

    /**
     * On an in-memory database Spring Boot would default {@code ddl-auto} to {@code create-drop}, dropping the
     * migrated tables when the context closes; the starter marks the schema as managed, so it defaults to none.
     */
    @Test
    void hibernateLeavesAnEmbeddedDatabaseItDoesNotManageAlone() throws SQLException {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        SimpleDriverDataSource memory = new SimpleDriverDataSource(new org.h2.Driver(), url);
        jpa(memory).run(context -> assertThat(context).hasNotFailed());
        try (Connection c = memory.getConnection();
                ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "NOTES", null)) {
            assertThat(tables.next()).as("notes survives the context").isTrue();
        } finally {
            try (Connection c = memory.getConnection()) {
                c.createStatement().execute("SHUTDOWN");
            }
        }
    }

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Note.class)
    static class Entities {}
}
