package dev.autogen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Replicas starting together on PostgreSQL ({@code AUTOGEN_TEST_PG_URL}): each context migrates at start-up, the
 * runtime's advisory lock keeps them apart, and each migration is applied once: a second {@code CREATE TABLE notes} or
 * {@code ADD COLUMN body} would fail its context's start-up, and the version table would hold the wrong revision.
 */
class ConcurrentStartupTest {

    private static final int REPLICAS = 4;

    @Test
    void replicasStartingTogetherApplyEachMigrationOnce() throws Exception {
        try (TestDatabases.Db db = TestDatabases.postgres()) {
            DataSource dataSource = new SimpleDriverDataSource(new org.postgresql.Driver(), db.url());
            ApplicationContextRunner runner = new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(AutogenAutoConfiguration.class))
                    .withBean(DataSource.class, () -> dataSource)
                    .withPropertyValues(AutogenAutoConfigurationTest.MIGRATIONS, "autogen.lock-timeout=60s");
            CyclicBarrier together = new CyclicBarrier(REPLICAS);
            ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
            try {
                List<Future<Throwable>> started = new ArrayList<>();
                for (int i = 0; i < REPLICAS; i++) {
                    started.add(replicas.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        Throwable[] failure = new Throwable[1];
                        runner.run(context -> failure[0] = context.getStartupFailure());
                        return failure[0];
                    }));
                }
                for (Future<Throwable> replica : started) {
                    assertThat(replica.get(120, TimeUnit.SECONDS)).isNull();
                }
            } finally {
                replicas.shutdownNow();
            }
            try (Connection c = DriverManager.getConnection(db.url());
                    Statement s = c.createStatement()) {
                assertThat(strings(s, "SELECT version_num FROM autogen_version"))
                        .containsExactly("a1b2c3d40002");
                assertThat(strings(
                                s,
                                "SELECT column_name FROM information_schema.columns WHERE table_schema = '"
                                        + db.schema() + "' AND table_name = 'notes' ORDER BY ordinal_position"))
                        .containsExactly("id", "title", "body");
            }
        }
    }

    private static List<String> strings(Statement s, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
