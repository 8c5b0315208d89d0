package dev.autogen.cli;

import dev.autogen.cli.config.Settings;
import dev.autogen.cli.config.SettingsResolver;
import dev.autogen.core.database.Dialect;
import dev.autogen.diff.rename.Rename;
import dev.autogen.engine.Autogenerate;
import dev.autogen.engine.CheckResult;
import dev.autogen.engine.Comparison;
import dev.autogen.engine.DatabaseConnector;
import dev.autogen.engine.MigrationsFolderException;
import dev.autogen.engine.ProgressLines;
import dev.autogen.engine.RenameDecision;
import dev.autogen.engine.RevisionListing;
import dev.autogen.engine.RevisionRequest;
import dev.autogen.engine.TerminalText;
import dev.autogen.engine.WorkFolders;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.runtime.internal.migration.MigrationListener;
import dev.autogen.runtime.internal.migration.MigrationRunner;
import dev.autogen.runtime.internal.migration.MigrationStep;
import dev.autogen.runtime.internal.migration.Migrator;
import dev.autogen.runtime.internal.migration.OfflineRange;
import dev.autogen.runtime.internal.migration.RunOptions;
import dev.autogen.runtime.internal.migration.Stamp;
import dev.autogen.runtime.internal.migration.Validation;
import dev.autogen.runtime.internal.secret.Redaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What each command does, for the picocli commands, which only parse and print: autogenerate through the
 * {@link Autogenerate} engine, running migrations through the runtime's {@link Migrator}, listings through
 * {@link RevisionListing} and {@code init} through {@link Scaffold}. Every method either returns its result or throws
 * an exception whose message is one line naming the problem and what to do.
 */
public final class Project {

    /** Creates the application for the settings the command line gave. */
    @FunctionalInterface
    public interface Factory {
        Project create(SettingsResolver.Flags flags);
    }

    private final Settings settings;
    private final Path workingDir;
    private final DatabaseConnector database;
    private Migrator migrator;
    private List<Rename> renames = List.of();
    private RenamePrompt renamePrompt;
    private dev.autogen.engine.Against against = dev.autogen.engine.Against.DATABASE;
    private String dialect;
    private java.util.function.Consumer<String> warnings = warning -> {};
    private java.util.Map<String, String> environment = java.util.Map.of();
    /** For a fan-out target ({@link #on}): the project whose migrations it shares; null for the project itself. */
    private Project shared;

    /** @param workingDir the folder relative paths on the command line (and {@code init}'s files) resolve against */
    public Project(Settings settings, Path workingDir) {
        this.settings = settings;
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.database = DatabaseConnector.of(settings.url(), settings.user(), settings.password(), settings.schema())
                .withNames(CliSettingNames.INSTANCE);
    }

    private Project(Project base, DatabaseConnector database) {
        this.settings = base.settings;
        this.workingDir = base.workingDir;
        this.database = database.withNames(CliSettingNames.INSTANCE);
        this.renames = base.renames;
        this.against = base.against;
        this.dialect = base.dialect;
        this.warnings = base.warnings;
        this.environment = base.environment;
        this.shared = base.shared != null ? base.shared : base;
    }

    public Settings settings() {
        return settings;
    }

    /**
     * This project on another database, for one target of a fan-out: the same settings, renames and migrations (loaded
     * and compiled once, shared), other connections.
     */
    public Project on(DatabaseConnector target) {
        return new Project(this, target);
    }

    /** The environment the command line was run in, for the {@code ${VAR}}s of a targets file. */
    public Project withEnvironment(java.util.Map<String, String> env) {
        this.environment = java.util.Map.copyOf(env);
        return this;
    }

    public java.util.Map<String, String> environment() {
        return environment;
    }

    /** How this project connects ({@code url}, {@code user}, {@code password}, {@code schema}). */
    public DatabaseConnector database() {
        return database;
    }

    /** The folder relative paths resolve against; reports name files relative to it. */
    public Path workingDir() {
        return workingDir;
    }

    /** The renames ({@code --rename}) that autogenerate, {@code check} and {@code diff} apply. */
    public Project withRenames(List<Rename> newRenames) {
        this.renames = List.copyOf(newRenames);
        return this;
    }

    /** Where autogenerate asks about possible renames when no {@code --rename} is given; null not to ask. */
    public Project withRenamePrompt(RenamePrompt prompt) {
        this.renamePrompt = prompt;
        return this;
    }

    /**
     * What {@code check}, {@code diff} and autogenerate compare the entities with ({@code --against}), the dialect the history is
     * replayed for ({@code --dialect}, null for the URL's) and where the replay's warnings go.
     */
    public Project withAgainst(
            dev.autogen.engine.Against what, String dialectName, java.util.function.Consumer<String> warningSink) {
        this.against = what;
        this.dialect = dialectName;
        this.warnings = warningSink;
        return this;
    }

    /** What {@code check}, {@code diff} and autogenerate compare the entities with. */
    public dev.autogen.engine.Against against() {
        return against;
    }

    /** The autogenerate engine for these settings, renames and prompt; its phases go to {@code --timings}. */
    private Autogenerate engine() {
        RenamePrompt prompt = renamePrompt;
        return Autogenerate.builder()
                .database(database)
                .entities(settings.entities())
                .packages(settings.packages())
                .migrations(settings.migrations())
                .migrationsPackage(settings.sourceRoot(), settings.migrationsPackage())
                .include(settings.include())
                .exclude(settings.exclude())
                .scratch(settings.scratch())
                .allSchemas(settings.allSchemas())
                .online(settings.online())
                .hibernateProperties(settings.hibernateProperties())
                .springProfile(settings.springProfile())
                .renames(renames)
                .against(against)
                .dialect(dialect)
                .warnings(warnings)
                .renameDecision(prompt == null ? RenameDecision.NEVER : possible -> prompt.confirm(possible.question()))
                .listener(Timings.listener())
                .settingNames(CliSettingNames.INSTANCE)
                .build();
    }

    /**
     * {@code autogen init} with the {@code --url}, {@code --entities} and {@code --package} given on its command line,
     * which the new settings file records in place of its examples.
     *
     * @param dir the migrations folder to create; null for the settings' one
     */
    public List<String> init(Path dir, String url, String entities, List<String> packages) {
        Path migrations =
                dir == null ? settings.migrations() : workingDir.resolve(dir).normalize();
        return Scaffold.init(
                workingDir,
                migrations,
                url,
                entities,
                packages,
                settings.inPackage() ? settings.migrationsPackage() : null,
                settings.sourceRoot());
    }

    /**
     * {@code autogen revision}: writes a migration and returns its path.
     *
     * @param head the parent (a revision, {@code branch@head}, or {@code base} for a new base); null for the single head
     * @param dependsOn revisions the new one depends on
     * @param branchLabels branch labels the new one declares
     */
    public Path revision(
            String message,
            boolean autogenerate,
            String revId,
            String head,
            List<String> dependsOn,
            List<String> branchLabels) {
        return engine().writeRevision(new RevisionRequest(message, autogenerate, revId, head, dependsOn, branchLabels))
                .file();
    }

    /** {@code autogen merge}: writes an empty migration that revises the given revisions, and returns its path. */
    public Path merge(List<String> revisions, String message, String revId, List<String> branchLabels) {
        return engine().merge(revisions, message, revId, branchLabels).file();
    }

    /** {@code autogen squash}: writes the squashed migration into {@code outputDir} (relative to the working folder; null: the versions folder). */
    public dev.autogen.engine.Squasher.Result squash(
            String range, String message, String revId, String dialect, Path outputDir, boolean verify) {
        return engine().squash(
                        range,
                        message,
                        revId,
                        dialect,
                        outputDir == null ? null : workingDir.resolve(outputDir),
                        verify);
    }

    /**
     * What {@code diff} shows: the plan that would bring the database in line with the entities, with the renames
     * given and the possible ones. Never asks.
     */
    public Comparison comparison() {
        return engine().compare();
    }

    /** What {@code check} shows: {@link #comparison()} with its verdict. */
    public CheckResult check() {
        return engine().check();
    }

    /**
     * {@code autogen lint}: the findings of the migrations of {@code range} (null: every one) for the named database
     * (null: the URL's); see {@link Autogenerate#lint}.
     */
    public dev.autogen.engine.lint.LintReport lint(String range, String dialect) {
        return engine().lint(range, dialect);
    }

    /** {@code autogen upgrade} with {@code --transaction-per-run} or {@code --lock-timeout}, reporting each step. */
    public List<MigrationStep> upgrade(String target, RunOptions options, Consumer<String> progress) {
        onlineTarget(target);
        Migrator m = migrator(options);
        Timings.time("headers", m::migrations);
        return Timings.time("execute", () -> m.upgrade(target, printing(progress)));
    }

    /** {@code autogen downgrade} with {@code --transaction-per-run} or {@code --lock-timeout}, reporting each step. */
    public List<MigrationStep> downgrade(String target, RunOptions options, Consumer<String> progress) {
        onlineTarget(target);
        return migrator(options).downgrade(target, printing(progress));
    }

    /** {@link ProgressLines}, with the compile time recorded for {@code --timings}. */
    private static MigrationListener printing(Consumer<String> progress) {
        return new ProgressLines(progress) {
            @Override
            public void compiled(int migrations, java.time.Duration elapsed) {
                Timings.record("compile", System.nanoTime() - elapsed.toNanos());
            }
        };
    }

    /** {@code autogen upgrade --sql}: the script over {@code TO} (from base) or {@code FROM:TO}; connects to nothing. */
    public String upgradeSql(String range, RunOptions options) {
        return offlineMigrator(options).upgradeSql(range);
    }

    /** {@code autogen downgrade --sql}: the script over {@code FROM:TO}; connects to nothing. */
    public String downgradeSql(String range, RunOptions options) {
        return offlineMigrator(options).downgradeSql(range);
    }

    private static void onlineTarget(String target) {
        if (OfflineRange.isRange(target)) {
            throw new UserError("a FROM:TO target (" + target + ") is for --sql, where no database says where it is;"
                    + " add --sql, or give only the target revision");
        }
    }

    /** The migrator with these run options, sharing the loaded migrations. */
    public Migrator migrator(RunOptions options) {
        Migrator base = migrator();
        return Migrator.builder()
                .connections(database::connect)
                .migrationSource(base::migrations)
                .transactionPerRun(options.transactionPerRun())
                .lockTimeout(options.lockTimeout())
                .ddlLockTimeout(options.ddlLockTimeout())
                .ddlRetries(options.ddlRetries())
                .validateOnMigrate(options.validateOnMigrate())
                .build();
    }

    /** A migrator for offline SQL: the dialect from the URL, no connection. */
    private Migrator offlineMigrator(RunOptions options) {
        String url = database.requireUrl();
        Dialect dialect;
        try {
            dialect = Dialects.forUrl(url);
        } catch (IllegalArgumentException e) {
            throw new UserError(Redaction.mask(e.getMessage(), settings.secrets())
                    + "; --sql writes SQL for the database" + " kind the URL names");
        }
        requireVersions();
        return Migrator.builder()
                .connections(() -> {
                    throw new IllegalStateException("--sql connects to no database");
                })
                .versions(settings.versions())
                .cacheRoot(cacheRoot())
                .dialect(dialect)
                .transactionPerRun(options.transactionPerRun())
                .lockTimeout(options.lockTimeout())
                .build();
    }

    /** {@code autogen current}: the revision(s) the database is at. */
    public List<String> current() {
        return listing().current();
    }

    /** {@code autogen history}; see {@link RevisionListing#history}. */
    public List<String> history(String range, boolean verbose) {
        return listing().history(range, verbose);
    }

    /** {@code autogen current} as a report. */
    public dev.autogen.engine.report.Report currentReport() {
        return listing().currentReport();
    }

    /** {@code autogen history} as a report. */
    public dev.autogen.engine.report.Report historyReport(String range, boolean verbose) {
        return listing().historyReport(range, verbose);
    }

    /** {@code autogen heads} as a report; with {@code check}, more than one head fails it. */
    public dev.autogen.engine.report.Report headsReport(boolean verbose, boolean check) {
        return listing().headsReport(verbose, check);
    }

    /** {@code autogen heads}: each head, with its branch labels; blocks with {@code verbose}. */
    public List<String> heads(boolean verbose) {
        return listing().heads(verbose);
    }

    /** {@code autogen branches}: each branch point and the revisions it branches into. */
    public List<String> branches(boolean verbose) {
        return listing().branches(verbose);
    }

    /** {@code autogen show REV}: the revision's details, then its source file. */
    public List<String> show(String revision) {
        return listing().show(revision);
    }

    /**
     * {@code autogen validate}: compares the checksums recorded for the applied migrations with those they have now.
     */
    public Validation validate() {
        return migrator().validate();
    }

    /** {@code autogen repair --accept REV}: records the checksums the given applied migrations have now. */
    public List<MigrationRunner.Accepted> accept(List<String> revisions, Consumer<String> progress) {
        return migrator().accept(revisions, new ProgressLines(progress));
    }

    /** {@code autogen stamp}: writes the version table without running migrations. */
    public Stamp stamp(List<String> revisions, boolean purge, Consumer<String> progress) {
        Stamp stamp = migrator().stamp(revisions, purge, new ProgressLines(progress));
        progress.accept("Running " + TerminalText.escape(stamp.describe()));
        return stamp;
    }

    private RevisionListing listing() {
        return new RevisionListing(migrator(), settings.url() != null, CliSettingNames.INSTANCE);
    }

    /** The compiled-class cache of the migration sources, in their work folder ({@link WorkFolders}). */
    private Path cacheRoot() {
        return WorkFolders.classes(WorkFolders.of(settings.versions(), settings.migrations(), settings.inPackage()));
    }

    private void requireVersions() {
        if (settings.inPackage() && !Files.isDirectory(settings.versions())) {
            throw new UserError("no migrations in package " + settings.migrationsPackage() + " (no folder "
                    + settings.versions() + "); write the first with 'autogen revision', or fix --migrations-package"
                    + " or --source-root");
        }
        if (!Files.isDirectory(settings.versions())) {
            throw MigrationsFolderException.missing(settings.versions(), CliSettingNames.INSTANCE);
        }
    }

    private Migrator migrator() {
        if (migrator == null && shared != null) {
            migrator = shared.migrator().on(database::connect, TerminalText.escape(String.valueOf(database.schema())));
        }
        if (migrator == null) {
            requireVersions();
            if (settings.url() != null) {
                database.dialect(); // fail fast on an unsupported database; history, heads and revision need no
                // database at all
            }
            migrator = Migrator.builder()
                    .connections(database::connect)
                    .versions(settings.versions())
                    .cacheRoot(cacheRoot())
                    .build();
        }
        return migrator;
    }
}
