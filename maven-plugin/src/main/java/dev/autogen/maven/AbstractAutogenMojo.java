package dev.autogen.maven;

import dev.autogen.core.database.LiveReadException;
import dev.autogen.diff.rename.Rename;
import dev.autogen.engine.Autogenerate;
import dev.autogen.engine.DatabaseConnector;
import dev.autogen.engine.EngineException;
import dev.autogen.engine.MigrationsFolderException;
import dev.autogen.engine.RevisionListing;
import dev.autogen.engine.WorkFolders;
import dev.autogen.introspect.entity.EntityModels;
import dev.autogen.introspect.entity.EntityReadException;
import dev.autogen.runtime.internal.migration.Migrator;
import dev.autogen.runtime.internal.migration.error.MigrationException;
import dev.autogen.runtime.internal.secret.Redaction;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.eclipse.aether.RepositorySystem;

/**
 * What every goal shares: the parameters, each also a {@code -Dautogen.*} property; {@code skip}; the credentials
 * from {@code settings.xml}; the project's class path ({@link ProjectClassPath}); and the engine's one-line failures
 * turned into Maven's, without a stack trace (with {@code -X}, the cause is kept for Maven's trace).
 */
public abstract class AbstractAutogenMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${settings}", readonly = true)
    private Settings settings;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Component
    private SettingsDecrypter decrypter;

    @Component
    private RepositorySystem repositories;

    /** The JDBC URL of the database ({@code jdbc:postgresql://host/db}, {@code jdbc:sqlite:target/app.db}). */
    @Parameter(property = "autogen.url")
    private String url;

    /** The database user; where {@code serverId} is set too, this one wins. */
    @Parameter(property = "autogen.user")
    private String user;

    /** The database password (never printed); prefer {@code serverId}, which keeps it out of the POM. */
    @Parameter(property = "autogen.password")
    private String password;

    /** The id of a {@code <server>} in {@code settings.xml} whose username and password (decrypted) are used. */
    @Parameter(property = "autogen.serverId")
    private String serverId;

    /** The schema to compare and migrate; default: the connection's. */
    @Parameter(property = "autogen.schema")
    private String schema;

    /** Packages to scan for {@code @Entity} classes; default: all of the project's classes. */
    @Parameter(property = "autogen.packages")
    private List<String> packages;

    /** The migrations folder, holding {@code versions/} and the template new revisions are written with. */
    @Parameter(property = "autogen.migrations", defaultValue = "${project.basedir}/migrations")
    private File migrations;

    /**
     * The package of the project's sources ({@code com.example.db.migrations}) that revisions are written into, as
     * sources the build compiles (the runtime's annotation processor indexes them for the application), and that the
     * other goals read and run the migrations from; default: none, the versions folder of {@code migrations}.
     */
    @Parameter(property = "autogen.migrationsPackage")
    private String migrationsPackage;

    /** The source root {@code migrationsPackage} is in. */
    @Parameter(property = "autogen.sourceRoot", defaultValue = "${project.build.sourceDirectory}")
    private File sourceRoot;

    /** The Spring profile(s) whose {@code application-PROFILE.properties}/{@code .yml} the entities are read with. */
    @Parameter(property = "autogen.springProfile")
    private String springProfile;

    /**
     * Hibernate settings the entities are read with, as the application's Hibernate has them
     * ({@code hibernate.physical_naming_strategy}, ...); on the command line,
     * {@code -Dautogen.hibernateProperties=key=value,key=value}.
     */
    @Parameter
    private Map<String, String> hibernateProperties;

    /** Glob patterns of the only tables to compare; default: all. */
    @Parameter(property = "autogen.include")
    private List<String> include;

    /** Glob patterns of tables other tools own, never compared nor touched. */
    @Parameter(property = "autogen.exclude")
    private List<String> exclude;

    /** Whether to compare through a scratch copy of the entities' schema; default: on for SQLite and H2 only. */
    @Parameter(property = "autogen.scratch")
    private Boolean scratch;

    /**
     * How {@code revision} writes changes to tables that already exist: {@code auto}, in the forms that do not block
     * writes ({@code op.online()}); {@code off}, in the plain ones. Default: auto for PostgreSQL, MariaDB and MySQL.
     */
    @Parameter(property = "autogen.online")
    private String online;

    /** Whether to compare every schema the entities name besides {@code schema}. */
    @Parameter(property = "autogen.allSchemas", defaultValue = "false")
    private boolean allSchemas;

    /** Skips the goal. */
    @Parameter(property = "autogen.skip", defaultValue = "false")
    private boolean skip;

    private DatabaseConnector database;
    private ProjectClassPath classPath;
    private EntityModels entityModels;

    /** The goal's work, with the project's class path open. */
    abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The goal's name, for the skip message. */
    abstract String goal();

    /**
     * Takes the {@code -Dautogen.*} properties of the command line over the POM's configuration; a goal with
     * parameters of its own overrides this, calling it first.
     */
    void commandLine(CommandLineProperties given) {
        url = given.string("url", url);
        user = given.string("user", user);
        password = given.string("password", password);
        serverId = given.string("serverId", serverId);
        schema = given.string("schema", schema);
        packages = given.list("packages", packages);
        migrations = given.file("migrations", migrations, project.getBasedir());
        migrationsPackage = given.string("migrationsPackage", migrationsPackage);
        sourceRoot = given.file("sourceRoot", sourceRoot, project.getBasedir());
        springProfile = given.string("springProfile", springProfile);
        include = given.list("include", include);
        exclude = given.list("exclude", exclude);
        scratch = given.optionalBool("scratch", scratch);
        allSchemas = given.bool("allSchemas", allSchemas);
        online = given.string("online", online);
        skip = given.bool("skip", skip);
        hibernateProperties = given.map("hibernateProperties", hibernateProperties);
    }

    /** {@code online} as the engine takes it: null when not given. */
    private Boolean onlineMode() throws MojoExecutionException {
        if (online == null || online.isBlank()) {
            return null;
        }
        return switch (online.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> Boolean.TRUE;
            case "off" -> Boolean.FALSE;
            default ->
                throw new MojoExecutionException("<online>" + online.strip() + "</online> is neither auto nor"
                        + " off; give auto (changes to existing tables in the forms that do not block writes) or off");
        };
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            commandLine(new CommandLineProperties(session.getUserProperties()));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        if (skip) {
            getLog().info("Skipping autogen:" + goal() + " (autogen.skip)");
            return;
        }
        String[] credentials = credentials();
        database = DatabaseConnector.of(blankToNull(url), credentials[0], credentials[1], blankToNull(schema))
                .withNames(PluginSettingNames.INSTANCE);
        try (ProjectClassPath opened = ProjectClassPath.open(runtimeClasspath())) {
            classPath = opened;
            run();
        } catch (EngineException
                | MigrationException
                | EntityReadException
                | LiveReadException
                | IllegalArgumentException
                | IllegalStateException e) {
            throw failure(e);
        } finally {
            classPath = null;
        }
    }

    /**
     * A one-line failure: the message with passwords masked; the cause only with {@code -X}, where Maven prints it. A
     * broken class path or an unexpected state is an execution error; anything the user can fix by changing a setting,
     * the history or the database, a build failure.
     */
    private MojoExecutionException failure(RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = Redaction.mask(message.lines().findFirst().orElse(""), database.secrets());
        return getLog().isDebugEnabled() ? new MojoExecutionException(message, e) : new MojoExecutionException(message);
    }

    /** The user and password: the parameters, else the {@code serverId}'s in {@code settings.xml}, decrypted. */
    private String[] credentials() throws MojoExecutionException {
        String name = blankToNull(user);
        String secret = password;
        if (serverId != null && !serverId.isBlank()) {
            Server server = settings == null ? null : settings.getServer(serverId);
            if (server == null) {
                throw new MojoExecutionException("no <server> with id '" + serverId + "' in settings.xml; add one with"
                        + " <username> and <password>, or fix serverId (-Dautogen.serverId)");
            }
            SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : decrypted.getProblems()) {
                if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                    throw new MojoExecutionException("cannot decrypt the password of <server> '" + serverId
                            + "' in settings.xml: " + problem.getMessage() + "; check settings-security.xml");
                }
            }
            Server plain = decrypted.getServer() == null ? server : decrypted.getServer();
            if (name == null) {
                name = blankToNull(plain.getUsername());
            }
            if (secret == null) {
                secret = plain.getPassword();
            }
        }
        return new String[] {name, secret};
    }

    private List<String> runtimeClasspath() throws MojoExecutionException {
        try {
            return project.getRuntimeClasspathElements();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the project's run-time dependencies are not resolved: " + e.getMessage());
        }
    }

    /** The project the goal runs in. */
    MavenProject project() {
        return project;
    }

    /** Where the database is reached, with the settings' names in its messages. */
    DatabaseConnector database() {
        return database;
    }

    /** The engine over the project's classes, the migrations folder and the table filters, with these renames. */
    Autogenerate engine(List<String> renames) throws MojoExecutionException {
        return compared(Autogenerate.builder())
                .database(database)
                .entities(classPath.entries())
                .packages(list(packages))
                .migrations(migrations.toPath())
                .migrationsPackage(sourceRoot.toPath(), inPackage() ? migrationsPackage.strip() : null)
                .springProfile(blankToNull(springProfile))
                .include(list(include))
                .exclude(list(exclude))
                .scratch(scratch)
                .allSchemas(allSchemas)
                .online(onlineMode())
                .hibernateProperties(hibernateProperties == null ? Map.of() : hibernateProperties)
                .entityModels(entityModels())
                .renames(parseRenames(renames))
                .settingNames(PluginSettingNames.INSTANCE)
                .build();
    }

    /** What the goal compares the entities with ({@link Autogenerate.Builder#against}): the database, by default. */
    Autogenerate.Builder compared(Autogenerate.Builder builder) throws MojoExecutionException {
        return builder;
    }

    /** The Hibernate ORM that reads the entities: the project's own ({@link ProjectHibernate}), chosen once. */
    private EntityModels entityModels() throws MojoExecutionException {
        if (entityModels == null) {
            entityModels = ProjectHibernate.choose(project, repositories, session.getRepositorySession(), getLog());
        }
        return entityModels;
    }

    /** Fails where the project has no compiled classes yet, which the goals that read the entities need. */
    void requireCompiledClasses() throws MojoExecutionException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        if (!Files.isDirectory(classes)) {
            throw new MojoExecutionException("no compiled classes in " + classes + " to read the entities from; compile"
                    + " first (mvn compile autogen:" + goal() + "), or bind the goal to a phase after compile");
        }
    }

    private static List<Rename> parseRenames(List<String> specs) throws MojoExecutionException {
        List<Rename> renames = new ArrayList<>();
        for (String spec : list(specs)) {
            try {
                renames.add(Rename.parse(spec));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException(e.getMessage() + " (renames, -Dautogen.renames)");
            }
        }
        return renames;
    }

    /** Whether migrations are sources of the project, in {@code migrationsPackage}. */
    boolean inPackage() {
        return migrationsPackage != null && !migrationsPackage.isBlank();
    }

    /** The folder of the migration sources: the versions folder, or the migrations package's folder. */
    Path sources() {
        return inPackage()
                ? sourceRoot.toPath().resolve(migrationsPackage.strip().replace('.', '/'))
                : migrations.toPath().resolve("versions");
    }

    /** The folder of the migration sources, which must exist. */
    Path versions() throws MojoExecutionException {
        Path versions = sources();
        if (inPackage() && !Files.isDirectory(versions)) {
            throw new MojoExecutionException("no migrations in package " + migrationsPackage + " (no folder " + versions
                    + "); write the first with autogen:revision, or fix migrationsPackage (-Dautogen.migrationsPackage)"
                    + " or sourceRoot");
        }
        if (!Files.isDirectory(versions)) {
            throw MigrationsFolderException.missing(versions, PluginSettingNames.INSTANCE);
        }
        return versions;
    }

    /**
     * The runtime's migrator over the migration sources, connecting through {@link #database()}; what it compiles is
     * kept in their work folder ({@link WorkFolders}), never among the project's sources.
     */
    Migrator.Builder migrator() throws MojoExecutionException {
        Path versions = versions();
        if (database.url() != null) {
            database.dialect(); // fail fast on an unsupported database; listing the history needs no database
        }
        return Migrator.builder()
                .connections(database::connect)
                .versions(versions)
                .cacheRoot(compiledClasses(versions));
    }

    /** Where the migrations compiled from {@code versions} are kept: their work folder's class cache. */
    Path compiledClasses(Path versions) {
        return WorkFolders.classes(WorkFolders.of(versions, migrations.toPath(), inPackage()));
    }

    /** The history as the command line lists it. */
    RevisionListing listing() throws MojoExecutionException {
        return new RevisionListing(migrator().build(), database.url() != null, PluginSettingNames.INSTANCE);
    }

    /** Logs each line at info level. */
    void print(List<String> lines) {
        lines.forEach(getLog()::info);
    }

    static List<String> list(List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                out.add(value.strip());
            }
        }
        return out;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
