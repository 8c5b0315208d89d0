package dev.autogen.runtime.internal.migration;

import dev.autogen.core.database.Dialect;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.runtime.internal.migration.error.DatabaseConnectionException;
import dev.autogen.runtime.internal.migration.error.UnsupportedDatabaseException;
import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import dev.autogen.runtime.internal.migration.load.MigrationLoader;
import dev.autogen.runtime.internal.migration.load.MigrationSet;
import dev.autogen.runtime.internal.migration.version.AppliedRevision;
import dev.autogen.runtime.internal.migration.version.HistoryTable;
import dev.autogen.runtime.internal.migration.version.ProgressTable;
import dev.autogen.runtime.internal.migration.version.StatementProgress;
import dev.autogen.runtime.internal.migration.version.VersionTable;
import dev.autogen.runtime.internal.secret.Redaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The entry point for the command line and for applications: upgrade, downgrade, current, history and heads for one
 * database and one set of migrations. Each database command opens its own connection and closes it. The revision
 * graph is read on first use and kept (from a versions folder, without compiling); a migration is compiled, if need
 * be, when a run is about to apply it. Nothing is printed; results are returned, progress goes to a
 * {@link MigrationListener}, and failures are {@link dev.autogen.runtime.internal.migration.error.MigrationException}s.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.builder()
 *         .url("jdbc:postgresql://localhost/app", "app", secret)
 *         .versions(Path.of("migrations/versions"))
 *         .build();
 * migrator.upgrade("head", step -> log.info("Running " + step.describe()));
 * }</pre>
 */
public final class Migrator {

    private final ConnectionSource connections;
    private final Supplier<MigrationSet> source;
    private final Function<Connection, MigrationBackend> backends;
    private final VersionTable versionTable;
    private final String database;
    private final RunOptions options;
    private final Supplier<Dialect> offlineDialect;
    private MigrationSet migrations;

    private Migrator(Builder builder) {
        this.connections = builder.connections;
        this.source = builder.source;
        this.backends = builder.backends;
        this.versionTable = new VersionTable(builder.versionTable);
        this.database = builder.database;
        this.options = builder.options;
        this.offlineDialect = builder.offlineDialect;
    }

    private Migrator(Migrator base, ConnectionSource connections, String database) {
        this.connections = Objects.requireNonNull(connections, "connections");
        this.source = base::migrations;
        this.backends = base.backends;
        this.versionTable = base.versionTable;
        this.database = Objects.requireNonNull(database, "database");
        this.options = base.options;
        this.offlineDialect = base.offlineDialect;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * This migrator on another database (a tenant's schema or database, for a fan-out): the same migrations, loaded and
     * compiled once and shared, the same options and version table name, other connections.
     *
     * @param database how messages name it
     */
    public Migrator on(ConnectionSource connections, String database) {
        return new Migrator(this, connections, database);
    }

    /**
     * A migrator for a JDBC URL and a versions folder; the dialect follows from the URL.
     *
     * @param user the user, or null when the URL carries it (or none is needed)
     * @param password the password, or null
     */
    public static Migrator forUrl(String jdbcUrl, String user, String password, Path versionsFolder) {
        return builder().url(jdbcUrl, user, password).versions(versionsFolder).build();
    }

    /** Where this migrator's connections come from. */
    public ConnectionSource connections() {
        return connections;
    }

    /** Upgrades to {@code head}, a revision id or unique prefix, or {@code +N}; returns the steps that ran. */
    public List<MigrationStep> upgrade(String target) {
        return upgrade(target, MigrationListener.NONE);
    }

    /** Upgrades to {@code head}, a revision id or unique prefix, or {@code +N}; returns the steps that ran. */
    public List<MigrationStep> upgrade(String target, MigrationListener listener) {
        MigrationSet set = migrations();
        try (Connection connection = connect()) {
            return runner(set, connection).upgrade(connection, target, listener);
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /** Downgrades to {@code base}, a revision id or unique prefix, or {@code -N}; returns the steps that ran. */
    public List<MigrationStep> downgrade(String target) {
        return downgrade(target, MigrationListener.NONE);
    }

    /** Downgrades to {@code base}, a revision id or unique prefix, or {@code -N}; returns the steps that ran. */
    public List<MigrationStep> downgrade(String target, MigrationListener listener) {
        MigrationSet set = migrations();
        try (Connection connection = connect()) {
            return runner(set, connection).downgrade(connection, target, listener);
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /**
     * Writes the version table as if the database were at the targets, running no migration; {@code purge} empties
     * it first, even of revisions the migrations do not know.
     */
    public Stamp stamp(List<String> targets, boolean purge) {
        return stamp(targets, purge, MigrationListener.NONE);
    }

    /** {@link #stamp(List, boolean)}, telling {@code listener} when checksums were recorded first. */
    public Stamp stamp(List<String> targets, boolean purge, MigrationListener listener) {
        MigrationSet set = migrations();
        try (Connection connection = connect()) {
            return runner(set, connection).stamp(connection, targets, purge, listener);
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /**
     * Compares the checksum recorded for each revision the database has applied with the one its migration has now
     * ({@code autogen validate}). Changes nothing.
     */
    public Validation validate() {
        MigrationSet set = migrations();
        try (Connection connection = connect()) {
            return runner(set, connection).validate(connection);
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /**
     * Records, for each applied revision given (an id, prefix or branch label), the checksum its migration has now
     * ({@code autogen repair --accept REV}).
     */
    public List<MigrationRunner.Accepted> accept(List<String> revisions, MigrationListener listener) {
        MigrationSet set = migrations();
        try (Connection connection = connect()) {
            return runner(set, connection).accept(connection, revisions, listener);
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /**
     * The history table's rows, by revision: when each applied revision was applied, by whom, how long it took, and
     * its checksum; empty where the table does not exist yet. Does not load the migrations and changes nothing.
     */
    public java.util.Map<String, AppliedRevision> appliedRevisions() {
        try (Connection connection = connect()) {
            return new HistoryTable(versionTable).read(connection);
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /**
     * The SQL an upgrade would run, without connecting ({@code upgrade --sql}): over {@code TO} from base, or over
     * {@code FROM:TO}. The dialect comes from the URL, or from {@link Builder#dialect}.
     */
    public String upgradeSql(String range) {
        return offline().upgrade(range, MigrationListener.NONE);
    }

    /** The SQL a downgrade would run over {@code FROM:TO}, without connecting ({@code downgrade --sql}). */
    public String downgradeSql(String range) {
        return offline().downgrade(range, MigrationListener.NONE);
    }

    private OfflineRunner offline() {
        Dialect dialect = offlineDialect.get();
        return new OfflineRunner(migrations(), dialect, versionTable, options);
    }

    /**
     * The revisions the database is at, sorted; empty for base (also when the version table does not exist yet).
     * Does not load the migrations and changes nothing.
     */
    public List<String> current() {
        try (Connection connection = connect()) {
            return versionTable.read(connection);
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /**
     * Where DDL commits as it runs: how far a migration that an interrupted run left part-way got, if one did (the next
     * upgrade or downgrade through it resumes there). Changes nothing.
     */
    public Optional<StatementProgress> interrupted() {
        try (Connection connection = connect()) {
            return new ProgressTable(versionTable).read(connection);
        } catch (SQLException e) {
            throw closeFailed(e);
        }
    }

    /** Every revision, newest first. Does not touch the database. */
    public List<RevisionNode> history() {
        return graph().history();
    }

    /** The revisions nothing revises (one for a linear history). Does not touch the database. */
    public List<RevisionNode> heads() {
        return graph().heads();
    }

    /** The validated revision graph. Does not touch the database. */
    public RevisionGraph graph() {
        return migrations().graph();
    }

    /** The migrations and their graph, read on first call; their classes are loaded (and compiled) as they run. */
    public synchronized MigrationSet migrations() {
        if (migrations == null) {
            migrations = source.get();
        }
        return migrations;
    }

    private MigrationRunner runner(MigrationSet set, Connection connection) {
        return new MigrationRunner(set, backends.apply(connection), versionTable, options).watchedThrough(connections);
    }

    private Connection connect() {
        try {
            Connection connection = connections.open();
            if (connection == null) {
                throw new SQLException("the connection source returned no connection");
            }
            return connection;
        } catch (SQLException e) {
            throw new DatabaseConnectionException(
                    "Cannot connect to " + database
                            + ": check the URL, user and password, and that the database is running",
                    e);
        }
    }

    private DatabaseConnectionException closeFailed(SQLException e) {
        return new DatabaseConnectionException("Closing the connection to " + database + " failed", e);
    }

    /** Collects where the database and the migrations are. */
    public static final class Builder {

        private ConnectionSource connections;
        private String database = "the database";
        private Path versions;
        private Path cacheRoot;
        private MigrationLoader loader;
        private Supplier<MigrationSet> source;
        private Function<Connection, MigrationBackend> backends;
        private String versionTable = VersionTable.DEFAULT_NAME;
        private RunOptions options = RunOptions.defaults();
        private Supplier<Dialect> offlineDialect = () -> {
            throw new UnsupportedDatabaseException("Offline SQL needs to know the database: give a JDBC URL, or the"
                    + " dialect (postgresql or sqlite)");
        };

        private Builder() {}

        /** Connects with {@link DriverManager}; credentials, if any, are in the URL. */
        public Builder url(String jdbcUrl) {
            return url(jdbcUrl, null, null);
        }

        /** Connects with {@link DriverManager}; a null user or password is left out. */
        public Builder url(String jdbcUrl, String user, String password) {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Properties properties = new Properties();
            if (user != null) {
                properties.setProperty("user", user);
            }
            if (password != null) {
                properties.setProperty("password", password);
            }
            String[] secrets = Redaction.secrets(jdbcUrl, password);
            this.database = Redaction.mask(jdbcUrl, secrets);
            // drivers put the URL, password included, into their messages (pgjdbc: "Unable to parse URL ...")
            this.connections = () -> {
                try {
                    return DriverManager.getConnection(jdbcUrl, properties);
                } catch (SQLException e) {
                    throw Redaction.mask(e, secrets);
                }
            };
            this.offlineDialect = () -> {
                try {
                    return Dialects.forUrl(jdbcUrl);
                } catch (IllegalArgumentException e) {
                    throw new UnsupportedDatabaseException("Cannot write SQL for this database", e);
                }
            };
            return this;
        }

        public Builder dataSource(DataSource dataSource) {
            Objects.requireNonNull(dataSource, "dataSource");
            this.database = "the data source";
            this.connections = dataSource::getConnection;
            return this;
        }

        /** Any source of new connections; each command closes the connection it opened. */
        public Builder connections(ConnectionSource connections) {
            this.connections = Objects.requireNonNull(connections, "connections");
            return this;
        }

        /** The versions folder whose {@code *.java} files are read, compiled as they run, and run. */
        public Builder versions(Path versionsFolder) {
            this.versions = Objects.requireNonNull(versionsFolder, "versionsFolder");
            this.source = null;
            return this;
        }

        /** Where compiled classes are cached; defaults to {@code <parent of versions>/.autogen/classes}. */
        public Builder cacheRoot(Path cacheRoot) {
            this.cacheRoot = Objects.requireNonNull(cacheRoot, "cacheRoot");
            return this;
        }

        /** The loader that compiles the versions folder (for a custom compiler or class path). */
        public Builder loader(MigrationLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** Migrations already on the classpath, instead of a versions folder. */
        public Builder migrationClasses(Collection<? extends Class<?>> classes) {
            List<Class<?>> copy = List.copyOf(classes);
            this.versions = null;
            this.source = () -> MigrationLoader.fromClasses("the migration classes", copy);
            return this;
        }

        /** Migrations loaded on first use, for example {@code ClasspathMigrations.load(loader, "com.example.migrations")}. */
        public Builder migrationSource(Supplier<MigrationSet> source) {
            Objects.requireNonNull(source, "source");
            this.versions = null;
            this.source = source;
            return this;
        }

        /** Migrations loaded elsewhere. */
        public Builder migrations(MigrationSet migrations) {
            Objects.requireNonNull(migrations, "migrations");
            this.versions = null;
            this.source = () -> migrations;
            return this;
        }

        /** The same backend for every connection; by default it is chosen from each connection's JDBC URL. */
        public Builder backend(MigrationBackend backend) {
            Objects.requireNonNull(backend, "backend");
            this.backends = connection -> backend;
            return this;
        }

        /** Chooses the backend for each connection, for example from its metadata. */
        public Builder backend(Function<Connection, MigrationBackend> backends) {
            this.backends = Objects.requireNonNull(backends, "backends");
            return this;
        }

        /** The database offline SQL is written for, when no URL says it ({@link #upgradeSql}). */
        public Builder dialect(Dialect dialect) {
            Objects.requireNonNull(dialect, "dialect");
            this.offlineDialect = () -> dialect;
            return this;
        }

        /** One transaction for a whole run instead of one per migration (where DDL is transactional). */
        public Builder transactionPerRun(boolean perRun) {
            this.options = options.withTransactionPerRun(perRun);
            return this;
        }

        /** How long to wait for another run's migration lock (default five minutes). */
        public Builder lockTimeout(Duration timeout) {
            this.options = options.withLockTimeout(timeout);
            return this;
        }

        /**
         * How long one statement waits for a lock another session holds on what it changes (default 5 s; zero leaves
         * the database's own setting), so that the application's queries never queue behind a migration for long.
         */
        public Builder ddlLockTimeout(Duration timeout) {
            this.options = options.withDdlLockTimeout(timeout);
            return this;
        }

        /** How many times a migration whose statement gave up waiting for a lock is tried again (default 3). */
        public Builder ddlRetries(int retries) {
            this.options = options.withDdlRetries(retries);
            return this;
        }

        /**
         * Whether an upgrade first checks that the migrations the database has applied are unchanged, and refuses to
         * run when one changed (default true).
         */
        public Builder validateOnMigrate(boolean validate) {
            this.options = options.withValidateOnMigrate(validate);
            return this;
        }

        /** Another version table name (default {@code autogen_version}). */
        public Builder versionTable(String name) {
            this.versionTable = Objects.requireNonNull(name, "name");
            return this;
        }

        public Migrator build() {
            if (connections == null) {
                throw new IllegalStateException("no database: call url(..), dataSource(..) or connections(..)");
            }
            if (backends == null) {
                backends = MigrationBackend::detect;
            }
            if (source == null) {
                if (versions == null) {
                    throw new IllegalStateException(
                            "no migrations: call versions(..), migrationClasses(..) or migrations(..)");
                }
                Path folder = versions;
                Path cache = cacheRoot != null ? cacheRoot : MigrationLoader.defaultCacheRoot(folder);
                MigrationLoader chosen = loader != null ? loader : new MigrationLoader();
                source = () -> chosen.load(folder, cache);
            }
            return new Migrator(this);
        }
    }
}
