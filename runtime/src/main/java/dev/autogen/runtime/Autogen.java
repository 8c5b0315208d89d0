package dev.autogen.runtime;

import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.runtime.internal.fanout.Tenants;
import dev.autogen.runtime.internal.migration.MigrationListener;
import dev.autogen.runtime.internal.migration.MigrationStep;
import dev.autogen.runtime.internal.migration.Migrator;
import dev.autogen.runtime.internal.migration.TenantFanOut;
import dev.autogen.runtime.internal.migration.Validation;
import dev.autogen.runtime.internal.migration.error.MigrationLoadException;
import dev.autogen.runtime.internal.migration.error.UnsupportedDatabaseException;
import dev.autogen.runtime.internal.migration.load.ClasspathMigrations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Applies migrations from an application, as Alembic's {@code command.upgrade(config, "head")} does at startup. It
 * needs only this runtime and a JDBC driver on the class path (no picocli, no Hibernate):
 *
 * <pre>{@code
 * Autogen.configure(dataSource)
 *         .migrations("com.example.app.migrations")
 *         .upgrade("head");
 * }</pre>
 *
 * Migrations come from a package compiled into the application ({@link #migrations(String)}; see
 * {@link ClasspathMigrations}), from classes ({@link #migrations(Class[])}), or from a versions folder of
 * {@code .java} files compiled at startup ({@link #versions(Path)}, which needs a JDK). Several instances of the
 * application may upgrade at once: a lock keeps them apart, one applies each migration and the others wait, then find
 * the database at head. Failures are {@link dev.autogen.runtime.internal.migration.error.MigrationException}s whose message is
 * one line saying what to do.
 *
 * <p>Configure, then call {@link #upgrade}, {@link #downgrade}, {@link #current} or {@link #upgradeSql}; the
 * migrations are loaded on the first call and kept. Not thread-safe while being configured.
 */
public final class Autogen {

    private final Migrator.Builder builder;
    private ClassLoader classLoader;
    private MigrationListener listener = MigrationListener.NONE;
    private boolean migrationsGiven;
    private Migrator migrator;

    private Autogen(Migrator.Builder builder) {
        this.builder = builder;
    }

    /** Migrates the database behind a data source; each command takes one connection and gives it back. */
    public static Autogen configure(DataSource dataSource) {
        return new Autogen(Migrator.builder().dataSource(dataSource));
    }

    /** Migrates the database at a JDBC URL (credentials, if any, in the URL). */
    public static Autogen configure(String jdbcUrl) {
        return configure(jdbcUrl, null, null);
    }

    /** Migrates the database at a JDBC URL as a user; a null user or password is left out. */
    public static Autogen configure(String jdbcUrl, String user, String password) {
        return new Autogen(Migrator.builder().url(jdbcUrl, user, password));
    }

    /**
     * The migrations are the classes of this package compiled into the application, found through the
     * {@code META-INF/autogen/migrations} index that the runtime's annotation processor writes when the application is
     * compiled with the runtime on its class path; no class path is scanned and no compiler is needed, so a plain or a
     * Spring Boot jar works. Fails, on first use, with a one-line message when no index names a class of the package.
     */
    public Autogen migrations(String packageName) {
        String chosen = Objects.requireNonNull(packageName, "packageName");
        builder.migrationSource(() -> ClasspathMigrations.load(loader(), chosen));
        migrationsGiven = true;
        return changed();
    }

    /** The migrations are these classes. */
    public Autogen migrations(Class<?>... classes) {
        builder.migrationClasses(List.of(classes));
        migrationsGiven = true;
        return changed();
    }

    /**
     * The migrations are the {@code .java} files of a versions folder, compiled at startup (this needs a JDK, and
     * caches the classes in {@code <folder>/../.autogen}).
     */
    public Autogen versions(Path versionsFolder) {
        builder.versions(versionsFolder);
        migrationsGiven = true;
        return changed();
    }

    /** Where {@link #migrations(String)} looks: by default the thread's context class loader, else Autogen's. */
    public Autogen classLoader(ClassLoader loader) {
        this.classLoader = Objects.requireNonNull(loader, "loader");
        return changed();
    }

    /** Hears about each step, for example to log {@code "Running " + step.describe()}. */
    public Autogen listener(MigrationListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Each step as a line, {@code Running upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b, add token usage}, as the CLI prints. */
    public Autogen onStep(Consumer<String> lines) {
        Objects.requireNonNull(lines, "lines");
        return listener(new MigrationListener() {
            @Override
            public void starting(MigrationStep step) {
                lines.accept("Running " + step.describe());
            }

            @Override
            public void recordedChecksums(int revisions, String table, boolean created) {
                lines.accept("Recorded the checksums of " + revisions + " applied migration"
                        + (revisions == 1 ? "" : "s") + " in " + table + ", from the migrations as they are now;"
                        + " when they were applied is unknown");
            }
        });
    }

    /** One transaction for the whole run instead of one per migration: a failure then undoes the whole run. */
    public Autogen transactionPerRun() {
        builder.transactionPerRun(true);
        return changed();
    }

    /** How long to wait for another instance's migration lock (default five minutes). */
    public Autogen lockTimeout(Duration timeout) {
        builder.lockTimeout(timeout);
        return changed();
    }

    /**
     * How long one statement waits for a lock another session holds on what it changes (default 5 s; zero leaves the
     * database's own setting), so that the application's queries never queue behind a migration for longer.
     */
    public Autogen ddlLockTimeout(Duration timeout) {
        builder.ddlLockTimeout(timeout);
        return changed();
    }

    /** How many times a migration whose statement gave up waiting for a lock is tried again (default 3). */
    public Autogen ddlRetries(int retries) {
        builder.ddlRetries(retries);
        return changed();
    }

    /**
     * Whether {@link #upgrade} first checks that the migrations the database has applied are unchanged since they were
     * applied (default true): an edited migration then stops the upgrade with a message naming it.
     */
    public Autogen validateOnMigrate(boolean validate) {
        builder.validateOnMigrate(validate);
        return changed();
    }

    /** Another version table (default {@code autogen_version}). */
    public Autogen versionTable(String name) {
        builder.versionTable(name);
        return changed();
    }

    /** The database offline SQL is written for, when configured with a data source: {@code postgresql} or {@code sqlite}. */
    public Autogen dialect(String name) {
        try {
            builder.dialect(Dialects.forName(name));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedDatabaseException("Cannot write SQL for this database", e);
        }
        return changed();
    }

    /** Upgrades to {@code head}, a revision id or unique prefix, or {@code +N}; returns the steps that ran. */
    public List<MigrationStep> upgrade(String target) {
        return migrator().upgrade(target, listener);
    }

    /** Downgrades to {@code base}, a revision id or unique prefix, or {@code -N}; returns the steps that ran. */
    public List<MigrationStep> downgrade(String target) {
        return migrator().downgrade(target, listener);
    }

    /**
     * Compares the checksums recorded for the applied migrations with those the migrations have now; changes nothing.
     */
    public Validation validate() {
        return migrator().validate();
    }

    /** The revisions the database is at, sorted; empty for base. */
    public List<String> current() {
        return migrator().current();
    }

    /** The SQL an upgrade over {@code TO} (from base) or {@code FROM:TO} would run, without connecting. */
    public String upgradeSql(String range) {
        return migrator().upgradeSql(range);
    }

    /** The SQL a downgrade over {@code FROM:TO} would run, without connecting. */
    public String downgradeSql(String range) {
        return migrator().downgradeSql(range);
    }

    /**
     * The commands on many tenants instead of one database: the schemas of this server that {@code tenants} selects
     * ({@link Tenants#schemas(String)}, {@link Tenants#query(String)}), or the targets it lists ({@link Tenants#of}).
     * The migrations are loaded and compiled once; each target has its own version table and lock. Set
     * {@link TenantFanOut#parallel}, {@link TenantFanOut#canary} and {@link TenantFanOut#continueOnError} on the
     * result, then call its {@code upgrade}, {@code downgrade}, {@code current} or {@code validate}, which return each
     * target's result.
     */
    public TenantFanOut tenants(Tenants tenants) {
        Migrator base = migrator();
        return new TenantFanOut(base, base.connections(), tenants, List.of()).listener(target -> listener);
    }

    /** The configured {@link Migrator}, for history, heads and the revision graph. */
    public Migrator migrator() {
        if (migrator == null) {
            if (!migrationsGiven) {
                throw new MigrationLoadException(
                        "Autogen has no migrations: call migrations(\"com.example.app.migrations\")"
                                + " with the package they are compiled into, migrations(classes...) or versions(folder) first");
            }
            migrator = builder.build();
        }
        return migrator;
    }

    private ClassLoader loader() {
        if (classLoader != null) {
            return classLoader;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Autogen.class.getClassLoader();
    }

    private Autogen changed() {
        migrator = null;
        return this;
    }
}
