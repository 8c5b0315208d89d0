package dev.autogen.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.internal.migration.error.MigrationLoadException;
import dev.autogen.runtime.internal.migration.error.UnknownRevisionException;
import dev.autogen.spring.boot.future.FromANewerRelease_f0f0f0f00001;
import dev.autogen.testing.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The starter on a real H2 database file: what runs at start-up, and what the properties change. */
class AutogenAutoConfigurationTest {

    static final String MIGRATIONS = "autogen.migrations-package=dev.autogen.spring.boot.migrations";

    private TestDatabases.Db db;
    private DataSource dataSource;
    private ApplicationContextRunner runner;

    @BeforeEach
    void freshDatabase() {
        db = TestDatabases.h2();
        dataSource = new SimpleDriverDataSource(new org.h2.Driver(), db.url());
        runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AutogenAutoConfiguration.class))
                .withBean(DataSource.class, () -> dataSource);
    }

    @AfterEach
    void dropDatabase() throws Exception {
        db.close();
    }

    @Test
    void startupUpgradesTheApplicationsDataSourceToHead() throws SQLException {
        runner.withPropertyValues(MIGRATIONS).run(context -> {
            assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(Autogen.class)
                    .hasSingleBean(AutogenMigrationInitializer.class);
            assertThat(context.getBean(Autogen.class).current()).containsExactly("a1b2c3d40002");
        });
        assertThat(columns("NOTES")).containsExactly("ID", "TITLE", "BODY");
        assertThat(versions()).containsExactly("a1b2c3d40002");
    }

    @Test
    void aSecondStartAtHeadChangesNothing() throws SQLException {
        runner.withPropertyValues(MIGRATIONS).run(context -> assertThat(context).hasNotFailed());
        execute("INSERT INTO notes (id, title, body) VALUES (1, 'kept', 'across restarts')");

        // a rerun of the first migration would fail on the existing table and stop the start-up
        runner.withPropertyValues(MIGRATIONS).run(context -> assertThat(context).hasNotFailed());

        assertThat(versions()).containsExactly("a1b2c3d40002");
        assertThat(query("SELECT title FROM notes")).containsExactly("kept");
    }

    @Test
    void disabledDoesNothing() throws SQLException {
        runner.withPropertyValues(MIGRATIONS, "autogen.enabled=false")
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(Autogen.class)
                        .doesNotHaveBean(AutogenMigrationInitializer.class));
        assertThat(tables()).doesNotContain("NOTES", "AUTOGEN_VERSION");
    }

    @Test
    void targetStopsAtTheRevisionGiven() throws SQLException {
        runner.withPropertyValues(MIGRATIONS, "autogen.target=a1b2c3d40001")
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(columns("NOTES")).containsExactly("ID", "TITLE");
        assertThat(versions()).containsExactly("a1b2c3d40001");
    }

    @Test
    void aStrategyBeanReplacesTheUpgrade() throws SQLException {
        AtomicReference<Autogen> given = new AtomicReference<>();
        AutogenMigrationStrategy firstOnly = autogen -> {
            given.set(autogen);
            autogen.upgrade("+1");
        };
        runner.withPropertyValues(MIGRATIONS)
                .withBean(AutogenMigrationStrategy.class, () -> firstOnly)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(given.get()).isSameAs(context.getBean(Autogen.class));
                });
        assertThat(versions()).containsExactly("a1b2c3d40001");
        assertThat(columns("NOTES")).containsExactly("ID", "TITLE");
    }

    @Test
    void aStrategyMayNameTheMigrationsItself() throws SQLException {
        AutogenMigrationStrategy own = autogen ->
                autogen.migrations("dev.autogen.spring.boot.migrations").upgrade("head");
        runner.withBean(AutogenMigrationStrategy.class, () -> own)
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(versions()).containsExactly("a1b2c3d40002");
    }

    @Test
    void withoutAMigrationsPackageTheStartupFailsSayingWhatToSet() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(rootCause(failure))
                    .isInstanceOf(MigrationLoadException.class)
                    .hasMessage("autogen.migrations-package is not set: set it to the package the migration classes are"
                            + " compiled into (for example com.example.app.migrations), or set autogen.enabled=false");
            FailureAnalysis analysis = new AutogenFailureAnalyzer().analyze(failure);
            assertThat(analysis.getDescription())
                    .startsWith("Autogen could not migrate the database at start-up:"
                            + " autogen.migrations-package is not set");
        });
    }

    @Test
    void aPackageWithoutMigrationsFailsTheStartup() {
        runner.withPropertyValues("autogen.migrations-package=dev.autogen.spring.boot.nothing_here")
                .run(context -> assertThat(rootCause(context.getStartupFailure()))
                        .isInstanceOf(MigrationLoadException.class)
                        .hasMessageStartingWith(
                                "No migration of package dev.autogen.spring.boot.nothing_here is listed"));
    }

    @Test
    void anUnknownRevisionFailsTheStartupByDefault() throws SQLException {
        atANewerRelease();
        runner.withPropertyValues(MIGRATIONS).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()))
                    .isInstanceOf(UnknownRevisionException.class)
                    .hasMessage("The database is at revision f0f0f0f00001, which the migrations in package"
                            + " dev.autogen.spring.boot.migrations do not know: a newer version of the application may"
                            + " have migrated it: deploy that version or restore its migrations, or set"
                            + " autogen.on-unknown-revision=warn to start without migrating");
        });
        assertThat(tables()).doesNotContain("NOTES");
        assertThat(versions()).containsExactly("f0f0f0f00001");
    }

    @Test
    void anUnknownRevisionWithWarnStartsWithoutMigrating() throws SQLException {
        atANewerRelease();
        runner.withPropertyValues(MIGRATIONS, "autogen.on-unknown-revision=warn")
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(tables()).doesNotContain("NOTES");
        assertThat(versions()).containsExactly("f0f0f0f00001");
    }

    @Test
    void autogenUrlMigratesADatabaseOfItsOwn() throws Exception {
        try (TestDatabases.Db other = TestDatabases.h2()) {
            runner.withPropertyValues(
                            MIGRATIONS,
                            "autogen.url=" + other.url(),
                            "autogen.user=sa",
                            "autogen.password=",
                            "autogen.lock-timeout=10s",
                            "autogen.transaction-per-run=true")
                    .run(context -> assertThat(context).hasNotFailed());
            // the database file was created by the first user to connect: autogen.user
            try (Connection c = DriverManager.getConnection(other.url(), "sa", "");
                    Statement s = c.createStatement();
                    ResultSet rows = s.executeQuery("SELECT version_num FROM autogen_version")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("a1b2c3d40002");
            }
            assertThat(tables()).doesNotContain("NOTES", "AUTOGEN_VERSION");
        }
    }

    @Test
    void autogenUrlWorksWithoutADataSourceBean() throws SQLException {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AutogenAutoConfiguration.class))
                .withPropertyValues(MIGRATIONS, "autogen.url=" + db.url())
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Autogen.class));
        assertThat(versions()).containsExactly("a1b2c3d40002");
    }

    @Test
    void noDataSourceAndNoUrlLeavesTheStarterOut() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AutogenAutoConfiguration.class))
                .withPropertyValues(MIGRATIONS)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Autogen.class));
    }

    /** The version table as a newer release left it: at a revision this application has no migration for. */
    private void atANewerRelease() {
        Autogen.configure(dataSource)
                .migrations(FromANewerRelease_f0f0f0f00001.class)
                .upgrade("head");
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private List<String> versions() throws SQLException {
        return query("SELECT version_num FROM autogen_version ORDER BY version_num");
    }

    private List<String> tables() throws SQLException {
        return query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC'");
    }

    private List<String> columns(String table) throws SQLException {
        return query("SELECT column_name FROM information_schema.columns WHERE table_schema = 'PUBLIC'"
                + " AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    private List<String> query(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
