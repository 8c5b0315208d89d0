package dev.autogen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * {@code autogen.user} without {@code autogen.url}: the application connects as a user who may not create tables,
 * and the migrations run on the same database as the schema's owner.
 */
class AutogenUserTest {

    private TestDatabases.Db db;
    private ApplicationContextRunner runner;

    @BeforeEach
    void databaseWithAnApplicationUser() throws SQLException {
        db = TestDatabases.h2();
        try (Connection owner = DriverManager.getConnection(db.url(), "owner", "owner-secret");
                Statement s = owner.createStatement()) {
            s.execute("CREATE USER app PASSWORD 'app-secret'");
        }
        DataSource app = new SimpleDriverDataSource(new org.h2.Driver(), db.url(), "app", "app-secret");
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AutogenAutoConfiguration.class))
                .withBean(DataSource.class, () -> app)
                .withPropertyValues(AutogenAutoConfigurationTest.MIGRATIONS);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void theMigrationsRunAsAutogenUser() throws SQLException {
        runner.withPropertyValues("autogen.user=owner", "autogen.password=owner-secret")
                .run(context -> assertThat(context).hasNotFailed());
        try (Connection owner = DriverManager.getConnection(db.url(), "owner", "owner-secret");
                Statement s = owner.createStatement();
                ResultSet rows = s.executeQuery("SELECT version_num FROM autogen_version")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("a1b2c3d40002");
        }
    }

    /** The application's own user cannot create the tables: the test above passes only through autogen.user. */
    @Test
    void theApplicationsUserCannot() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("Not enough rights");
        });
    }
}
