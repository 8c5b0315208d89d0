package dev.autogen.cli;

import dev.autogen.cli.config.Settings;
import dev.autogen.cli.config.SettingsResolver;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.codegen.RevisionInfo;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.introspect.entity.EntityReader;
import dev.autogen.introspect.entity.EntitySource;
import dev.autogen.introspect.live.LiveReadOptions;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.migration.MigrationStep;
import dev.autogen.runtime.migration.Migrator;
import dev.autogen.runtime.migration.graph.RevisionNode;
import dev.autogen.templates.MigrationTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What each command does, as an API: the picocli commands only parse and print. Every method either returns its
 * result or throws an exception whose message is one line naming the problem and what to do.
 */
public final class Project {

    /** Creates the application for the settings the command line gave. */
    @FunctionalInterface
    public interface Factory {
        Project create(SettingsResolver.Flags flags);
    }

    private final Settings settings;
    private final Path workingDir;
    private Migrator migrator;

    public Project(Settings settings, Map<String, String> env) {
        this(settings, env, Path.of("").toAbsolutePath());
    }

    /** @param workingDir the folder relative paths on the command line (and {@code init}'s files) resolve against */
    public Project(Settings settings, Map<String, String> env, Path workingDir) {
        this.settings = settings;
        this.workingDir = workingDir.toAbsolutePath().normalize();
    }

    public Settings settings() {
        return settings;
    }

    /** {@code autogen init}: the migrations folder, its template and a settings file. */
    public List<String> init(Path dir) {
        Path migrations = dir == null ? settings.migrations() : workingDir.resolve(dir).normalize();
        List<String> done = new ArrayList<>();
        try {
            if (Files.isDirectory(migrations.resolve("versions"))) {
                throw new UserError(migrations + " already holds a versions folder; pick another folder or keep using this one");
            }
            Files.createDirectories(migrations.resolve("versions"));
            done.add("Created " + migrations.resolve("versions"));
            Path template = migrations.resolve(MigrationTemplates.USER_TEMPLATE);
            try (InputStream in = MigrationTemplates.class.getClassLoader().getResourceAsStream(MigrationTemplates.DEFAULT_TEMPLATE)) {
                if (in == null) {
                    throw new IllegalStateException("the default template is missing from the class path");
                }
                Files.copy(in, template);
            }
            done.add("Created " + template + " (edit it to change how new migrations look)");
            Path config = workingDir.resolve(SettingsResolver.DEFAULT_CONFIG);
            if (!Files.exists(config)) {
                Path rel = config.getParent().relativize(migrations);
                Files.writeString(config, String.join("\n",
                        "# Autogen settings. Every key can be overridden by a flag (--url ...) or an environment variable (AUTOGEN_URL ...).",
                        "# Relative paths are resolved against this file's folder.",
                        "url=jdbc:sqlite:app.db",
                        "#user=",
                        "#password=",
                        "#schema=",
                        "migrations=" + rel.toString().replace('\\', '/'),
                        "entities=target/classes",
                        "#package=com.example.model",
                        ""), StandardCharsets.UTF_8);
                done.add("Created " + config + " (set url, entities and package)");
            }
        } catch (IOException e) {
            throw new UserError("cannot create " + migrations + ": " + e.getMessage());
        }
        return done;
    }

    /** {@code autogen revision}: writes a migration and returns its path. */
    public Path revision(String message, boolean autogenerate, String revId) {
        Migrator m = migrator();
        List<RevisionNode> heads = m.heads();
        if (heads.size() > 1) {
            throw new UserError("the migrations have " + heads.size() + " heads (" + ids(heads) + "); merge them first");
        }
        List<String> revises = heads.isEmpty() ? List.of() : List.of(heads.get(0).id());
        String id = revId == null ? MigrationWriter.newRevisionId() : revId;
        if (m.graph().nodes().stream().anyMatch(n -> n.id().equals(id))) {
            throw new UserError("revision id " + id + " already exists; choose another --rev-id");
        }
        MigrationPlan plan = MigrationPlan.empty();
        if (autogenerate) {
            List<String> current = m.current();
            if (!Set.copyOf(current).equals(Set.copyOf(revises))) {
                throw new UserError("the database is not up to date (at " + (current.isEmpty() ? "base" : String.join(", ", current))
                        + ", head is " + (revises.isEmpty() ? "base" : revises.get(0)) + "); run 'autogen upgrade head' first");
            }
            plan = compare();
        }
        RevisionInfo info;
        try {
            info = new RevisionInfo(id, revises, message, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try {
            return new MigrationWriter(settings.migrations()).write(settings.versions(), info, plan);
        } catch (IOException e) {
            throw new UserError("cannot write the migration into " + settings.versions() + ": " + e.getMessage());
        }
    }

    /** {@code autogen upgrade}: applies migrations, reporting each step. */
    public List<MigrationStep> upgrade(String target, Consumer<String> progress) {
        return migrator().upgrade(target, step -> progress.accept("Running " + step.describe()));
    }

    /** {@code autogen downgrade}: reverts migrations, reporting each step. */
    public List<MigrationStep> downgrade(String target, Consumer<String> progress) {
        return migrator().downgrade(target, step -> progress.accept("Running " + step.describe()));
    }

    /** {@code autogen current}: the revision(s) the database is at. */
    public List<String> current() {
        List<String> current = migrator().current();
        if (current.isEmpty()) {
            return List.of("base (no migration applied)");
        }
        Set<String> heads = Set.copyOf(migrator().heads().stream().map(RevisionNode::id).toList());
        return current.stream().map(id -> id + (heads.contains(id) ? " (head)" : "")).toList();
    }

    /** {@code autogen history}: newest first, as {@code parent -> id (head), message}. */
    public List<String> history() {
        Set<String> heads = Set.copyOf(migrator().heads().stream().map(RevisionNode::id).toList());
        return migrator().history().stream()
                .map(n -> String.join(", ", n.parents()) + " -> " + n.id() + (heads.contains(n.id()) ? " (head)" : "")
                        + ", " + n.message())
                .map(line -> line.startsWith(" ->") ? "<base>" + line : line)
                .toList();
    }

    /** {@code autogen heads}. */
    public List<String> heads() {
        return migrator().heads().stream().map(n -> n.id() + " (head), " + n.message()).toList();
    }

    /** The plan that would bring the database in line with the entities. */
    public MigrationPlan compare() {
        Dialect dialect = dialect();
        if (settings.entities().isEmpty()) {
            throw new UserError("no entity classes given; set --entities (folders or jars of compiled @Entity classes) or 'entities' in "
                    + SettingsResolver.DEFAULT_CONFIG);
        }
        SchemaSnapshot target = new EntityReader().read(new EntitySource(settings.entities(), settings.packages()), dialect);
        SchemaSnapshot current;
        try (Connection connection = connect()) {
            current = new LiveReader().read(connection, dialect, LiveReadOptions.defaults().withSchema(settings.schema()));
        } catch (SQLException e) {
            throw new UserError("reading the database failed: " + e.getMessage());
        }
        return SchemaDiff.compare(target, current, DiffOptions.defaults(), dialect);
    }

    private Dialect dialect() {
        String url = requireUrl();
        try {
            return Dialects.forUrl(url);
        } catch (IllegalArgumentException e) {
            // Connect first, so that a wrong URL, user or password is reported as such, not as an unsupported database.
            try (Connection ignored = connect()) {
                // reachable, but not a database Autogen supports
            } catch (SQLException closeFailed) {
                // the unsupported database is what matters
            }
            throw new UserError(Secrets.mask(e.getMessage(), settings.password()));
        }
    }

    private String requireUrl() {
        if (settings.url() == null) {
            throw new UserError("no database URL; pass --url, set AUTOGEN_URL or DATABASE_URL, or set 'url' in " + SettingsResolver.DEFAULT_CONFIG);
        }
        return settings.url();
    }

    private Connection connect() {
        String url = requireUrl();
        Properties props = new Properties();
        if (settings.user() != null) {
            props.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            props.setProperty("password", settings.password());
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, props);
        } catch (SQLException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            reason = reason.strip().replaceAll("\\.$", "");
            throw new UserError("cannot connect to " + Secrets.mask(url, settings.password()) + ": " + Secrets.mask(reason, settings.password())
                    + "; check the URL, user and password, and that the database is running", e);
        }
        if (settings.schema() != null) {
            useSchema(connection, settings.schema());
        }
        return connection;
    }

    /** Makes {@code schema} the connection's current one, so that migrations and the version table go there too. */
    private static void useSchema(Connection connection, String schema) {
        try {
            boolean hasSchemas = connection.getSchema() != null; // SQLite has none, and ignores setSchema
            connection.setSchema(schema);
            if (hasSchemas && connection.getSchema() == null) {
                throw new UserError("schema " + schema + " does not exist in the database; create it or fix --schema");
            }
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof UserError userError) {
                throw userError;
            }
            throw new UserError("cannot use schema " + schema + ": " + e.getMessage() + "; check --schema", e);
        }
    }

    private Migrator migrator() {
        if (migrator == null) {
            if (!Files.isDirectory(settings.versions())) {
                throw new UserError("no migrations folder at " + settings.versions() + "; run 'autogen init' or pass --migrations");
            }
            if (settings.url() != null) {
                dialect(); // fail fast on an unsupported database; history, heads and revision need no database at all
            }
            migrator = Migrator.builder().connections(this::connect).versions(settings.versions()).build();
        }
        return migrator;
    }

    private static String ids(List<RevisionNode> nodes) {
        return String.join(", ", nodes.stream().map(RevisionNode::id).toList());
    }
}
