package dev.autogen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.Autogen;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The starter on the servers applications run in production, PostgreSQL and MariaDB (each test in a schema or
 * database of its own): start-up brings the application's data source to head, and replicas that start together apply
 * each migration once (the version table's lock), the other waiting and then finding the database at head.
 */
class ServerStartupTest {

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void startupUpgradesToHead(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.of(kind)) {
            runner(db)
                    .withPropertyValues(AutogenAutoConfigurationTest.MIGRATIONS)
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean(Autogen.class).current()).containsExactly("a1b2c3d40002");
                    });
            assertThat(columns(db, "notes")).containsExactly("id", "title", "body");
            assertThat(query(db, "SELECT version_num FROM autogen_version")).containsExactly("a1b2c3d40002");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb"})
    void replicasStartingTogetherApplyEachMigrationOnce(String kind) throws Exception {
        try (TestDatabases.Db db = TestDatabases.of(kind)) {
            int replicas = 3;
            CyclicBarrier together = new CyclicBarrier(replicas);
            ExecutorService pool = Executors.newFixedThreadPool(replicas);
            try {
                List<Future<String>> started = new ArrayList<>();
                for (int k = 0; k < replicas; k++) {
                    started.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        List<String> current = new ArrayList<>();
                        runner(db)
                                .withPropertyValues(AutogenAutoConfigurationTest.MIGRATIONS)
                                .run(context -> {
                                    assertThat(context).hasNotFailed();
                                    current.addAll(
                                            context.getBean(Autogen.class).current());
                                });
                        return String.join(",", current);
                    }));
                }
                for (Future<String> replica : started) {
                    // a second createTable of notes would have failed that replica's start-up
                    assertThat(replica.get(120, TimeUnit.SECONDS)).isEqualTo("a1b2c3d40002");
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(query(db, "SELECT version_num FROM autogen_version")).containsExactly("a1b2c3d40002");
            assertThat(columns(db, "notes")).containsExactly("id", "title", "body");
        }
    }

    private static ApplicationContextRunner runner(TestDatabases.Db db) throws SQLException {
        DataSource dataSource = new SimpleDriverDataSource(DriverManager.getDriver(db.url()), db.url());
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AutogenAutoConfiguration.class))
                .withBean(DataSource.class, () -> dataSource);
    }

    private static List<String> columns(TestDatabases.Db db, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url())) {
            DatabaseMetaData meta = c.getMetaData();
            String catalog = "mariadb".equals(db.kind()) ? db.schema() : null;
            String schema = "mariadb".equals(db.kind()) ? null : db.schema();
            try (ResultSet rs = meta.getColumns(catalog, schema, table, null)) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static List<String> query(TestDatabases.Db db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(db.url());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
