package dev.autogen.cli;

import dev.autogen.cli.compare.AllSchemasComparer;
import dev.autogen.cli.compare.Comparer;
import dev.autogen.cli.compare.Comparison;
import dev.autogen.cli.compare.StoredComments;
import dev.autogen.cli.compare.RenamePrompt;
import dev.autogen.cli.config.Settings;
import dev.autogen.cli.config.SettingsResolver;
import dev.autogen.codegen.MigrationWriter;
import dev.autogen.codegen.RevisionInfo;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.diff.rename.Rename;
import dev.autogen.runtime.dialect.Dialect;
import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.migration.MigrationListener;
import dev.autogen.runtime.migration.MigrationStep;
import dev.autogen.runtime.migration.Migrator;
import dev.autogen.runtime.migration.OfflineRange;
import dev.autogen.runtime.migration.RunOptions;
import dev.autogen.runtime.migration.Stamp;
import dev.autogen.runtime.migration.graph.RevisionGraph;
import dev.autogen.runtime.migration.graph.RevisionNode;
import dev.autogen.runtime.migration.graph.RevisionTarget;
import dev.autogen.runtime.migration.graph.TargetKind;
import dev.autogen.runtime.secret.Redaction;
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
import java.util.function.Function;

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
    /** The dialect of the server, once read ({@link #serverDialect}). */
    private Dialect serverDialect;
    private List<Rename> renames = List.of();
    private RenamePrompt renamePrompt;

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

    /** {@code autogen init}: the migrations folder, its template and a settings file. */
    public List<String> init(Path dir) {
        return init(dir, null, null, List.of());
    }

    /**
     * {@code autogen init} with the {@code --url}, {@code --entities} and {@code --package} given on its command line,
     * which the new settings file records in place of its examples. A URL that holds a password is refused: the file
     * is meant to be committed.
     */
    public List<String> init(Path dir, String url, String entities, List<String> packages) {
        if (url != null && !Redaction.passwordsIn(url).isEmpty()) {
            throw new UserError("init does not write a password into " + SettingsResolver.DEFAULT_CONFIG
                    + ": give --url without it, and the password as AUTOGEN_PASSWORD or in a file named by password-file=");
        }
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
                        "url=" + propertyValue(url == null ? "jdbc:sqlite:app.db" : url),
                        "#user=",
                        "# the password: prefer AUTOGEN_PASSWORD or a file holding it to writing it here",
                        "#password-file=",
                        "#schema=",
                        "migrations=" + rel.toString().replace('\\', '/'),
                        "entities=" + propertyValue(entities == null ? "target/classes" : entities),
                        packages == null || packages.isEmpty() ? "#package=com.example.model"
                                : "package=" + propertyValue(String.join(",", packages)),
                        "# tables other tools own, never compared (globs, comma-separated); or name yours with include=",
                        "#exclude=flyway_*, qrtz_*",
                        "# compare through a scratch copy of the entities' schema (default: on for SQLite and H2)",
                        "#scratch=true",
                        "# compare every schema the entities name (@Table(schema = ...)), not only 'schema'",
                        "#all-schemas=true",
                        ""), StandardCharsets.UTF_8);
                done.add("Created " + config + " (set url, entities and package)");
            }
        } catch (IOException e) {
            throw new UserError("cannot create " + migrations + ": " + IoReasons.of(e) + "; check that its parent folder exists and is writable");
        }
        return done;
    }

    /** A value as a properties file reads it back: backslashes doubled, line breaks and a leading blank escaped. */
    private static String propertyValue(String value) {
        String escaped = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        return escaped.startsWith(" ") ? "\\" + escaped : escaped;
    }

    /** {@code autogen revision}: writes a migration on the single head and returns its path. */
    public Path revision(String message, boolean autogenerate, String revId) {
        return revision(message, autogenerate, revId, null, List.of(), List.of());
    }

    /**
     * {@code autogen revision}: writes a migration and returns its path.
     *
     * @param head the parent (a revision, {@code branch@head}, or {@code base} for a new base); null for the single head
     * @param dependsOn revisions the new one depends on
     * @param branchLabels branch labels the new one declares
     */
    public Path revision(String message, boolean autogenerate, String revId, String head, List<String> dependsOn,
            List<String> branchLabels) {
        requireVersions();
        return VersionsLock.hold(settings.versions(), () -> revisionLocked(message, autogenerate, revId, head, dependsOn,
                branchLabels));
    }

    private Path revisionLocked(String message, boolean autogenerate, String revId, String head, List<String> dependsOn,
            List<String> branchLabels) {
        Migrator m = migrator();
        RevisionGraph graph = m.graph();
        List<String> revises;
        if (head == null) {
            List<RevisionNode> heads = m.heads();
            if (heads.size() > 1) {
                throw new UserError("the migrations have " + heads.size() + " heads (" + ids(heads) + "); merge them with"
                        + " 'autogen merge -m MSG heads', or name the parent with --head REV");
            }
            revises = heads.isEmpty() ? List.of() : List.of(heads.get(0).id());
        } else {
            revises = List.copyOf(pick(graph, head, "--head", true));
        }
        List<String> dependencies = new ArrayList<>();
        for (String dependency : split(dependsOn)) {
            String id = pick(graph, dependency, "--depends-on", false).iterator().next();
            if (!dependencies.contains(id)) {
                dependencies.add(id);
            }
        }
        List<String> labels = split(branchLabels);
        String id = newId(graph, revId, labels);
        MigrationPlan plan = MigrationPlan.empty();
        if (autogenerate) {
            List<String> current = m.current();
            List<String> builtOn = new ArrayList<>(revises);
            dependencies.stream().filter(d -> !builtOn.contains(d)).forEach(builtOn::add);
            if (!graph.ancestors(current).equals(graph.ancestors(builtOn))) {
                if (head == null && dependencies.isEmpty()) {
                    throw new UserError("the database is not up to date (at " + (current.isEmpty() ? "base" : String.join(", ", current))
                            + ", head is " + (revises.isEmpty() ? "base" : revises.get(0)) + "); run 'autogen upgrade head' first");
                }
                throw new UserError("the database is at " + RevisionGraph.describe(current) + ", not at "
                        + RevisionGraph.describe(builtOn) + " that the new revision builds on; upgrade or downgrade it"
                        + " there first (autogenerate compares the entities with the database as it is)");
            }
            Comparison found = comparison(true);
            plan = found.plan();
            Dialect dialect = serverDialect();
            return write(id, revises, dependencies, labels, message, plan, op -> {
                List<String> notes = new ArrayList<>(found.notes(op));
                notes.addAll(StoredComments.notes(op, dialect));
                return notes;
            });
        }
        return write(id, revises, dependencies, labels, message, plan);
    }

    /** {@code autogen merge}: writes an empty migration that revises the given revisions, and returns its path. */
    public Path merge(List<String> revisions, String message, String revId, List<String> branchLabels) {
        requireVersions();
        return VersionsLock.hold(settings.versions(), () -> mergeLocked(revisions, message, revId, branchLabels));
    }

    private Path mergeLocked(List<String> revisions, String message, String revId, List<String> branchLabels) {
        RevisionGraph graph = migrator().graph();
        List<String> parents = new ArrayList<>();
        for (String revision : revisions) {
            for (String id : pick(graph, revision, "merge", false, true)) {
                if (!parents.contains(id)) {
                    parents.add(id);
                }
            }
        }
        if (parents.size() < 2) {
            throw new UserError("merge needs two or more revisions, but " + String.join(" ", revisions) + " name"
                    + (revisions.size() == 1 ? "s" : "") + " only " + RevisionGraph.describe(parents)
                    + "; name the heads to merge, or use 'heads' (run 'autogen heads' to list them)");
        }
        for (String a : parents) {
            for (String b : parents) {
                if (!a.equals(b) && graph.ancestors(List.of(b)).contains(a)) {
                    throw new UserError("cannot merge " + a + " with " + b + ": " + b + " already builds on " + a
                            + "; merge only revisions on separate branches, such as the heads");
                }
            }
        }
        List<String> labels = split(branchLabels);
        return write(newId(graph, revId, labels), parents, List.of(), labels, message, MigrationPlan.empty());
    }

    private String newId(RevisionGraph graph, String revId, List<String> labels) {
        String id = revId == null ? MigrationWriter.newRevisionId() : revId;
        // checked before writing: a file with an id the loader refuses would stop every later command
        String problem = dev.autogen.runtime.migration.graph.RevisionIds.problem(id);
        if (problem == null && !id.matches("[A-Za-z0-9_]+")) {
            problem = "holds characters other than letters, digits and _ (it becomes part of the file and class name)";
        }
        if (problem != null) {
            throw new UserError("--rev-id " + id + " " + problem + "; use a short hexadecimal id such as 3f2a9c1d7e4b, or"
                    + " leave --rev-id out");
        }
        if (graph.find(id).isPresent()) {
            throw new UserError("revision id " + id + " already exists; choose another --rev-id");
        }
        if (graph.branchLabels().containsKey(id)) {
            throw new UserError("revision id " + id + " is already a branch label; choose another --rev-id");
        }
        for (String label : labels) {
            if (graph.branchLabels().containsKey(label)) {
                throw new UserError("branch label " + label + " is already declared by revision "
                        + graph.branchLabels().get(label) + "; choose another --branch-label");
            }
            if (graph.find(label).isPresent() || label.equals(id)) {
                throw new UserError("branch label " + label + " is also a revision id; choose another --branch-label");
            }
            if (label.equals("head") || label.equals("heads") || label.equals("base")) {
                throw new UserError("branch label " + label + " is reserved for targets; choose another --branch-label");
            }
        }
        return id;
    }

    private Path write(String id, List<String> revises, List<String> dependsOn, List<String> branchLabels,
            String message, MigrationPlan plan) {
        return write(id, revises, dependsOn, branchLabels, message, plan, op -> List.of());
    }

    private Path write(String id, List<String> revises, List<String> dependsOn, List<String> branchLabels,
            String message, MigrationPlan plan, Function<Operation, List<String>> notes) {
        RevisionInfo info;
        try {
            info = new RevisionInfo(id, revises, dependsOn, branchLabels, message,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS));
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try {
            long started = System.nanoTime();
            Path written = new MigrationWriter(settings.migrations()).write(settings.versions(), info, plan, notes);
            Timings.record("codegen", started);
            return written;
        } catch (IOException e) {
            throw new UserError("cannot write the migration into " + settings.versions() + ": " + IoReasons.of(e)
                    + "; check that the folder is writable");
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /**
     * The revisions an absolute target names on the command line ({@code --head}, {@code --depends-on}, {@code merge},
     * {@code show}): exactly one, or none for {@code base} where {@code baseAllowed}.
     */
    private static Set<String> pick(RevisionGraph graph, String text, String what, boolean baseAllowed) {
        return pick(graph, text, what, baseAllowed, false);
    }

    private static Set<String> pick(RevisionGraph graph, String text, String what, boolean baseAllowed, boolean several) {
        RevisionTarget target = RevisionTarget.parse(text);
        if (target.kind() == TargetKind.RELATIVE) {
            throw new UserError(what + " " + text + " is relative to the database; name the revision (an id, prefix,"
                    + " head or branch@head)");
        }
        Set<String> ids = graph.select(target, List.of());
        if (ids.isEmpty() && !baseAllowed) {
            throw new UserError(what + " " + text + " names no revision; name one (an id, prefix, head or branch@head)");
        }
        if (ids.size() > 1 && !several) {
            throw new UserError(what + " " + text + " names " + ids.size() + " revisions (" + String.join(", ", ids)
                    + "); name one of them");
        }
        return ids;
    }

    /** Values given repeatedly or comma-separated. */
    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank() && !out.contains(part.strip())) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /** {@code autogen upgrade}: applies migrations, reporting each step. */
    public List<MigrationStep> upgrade(String target, Consumer<String> progress) {
        return upgrade(target, RunOptions.defaults(), progress);
    }

    /** {@code autogen upgrade} with {@code --transaction-per-run} or {@code --lock-timeout}. */
    public List<MigrationStep> upgrade(String target, RunOptions options, Consumer<String> progress) {
        onlineTarget(target);
        Migrator m = migrator(options);
        Timings.time("headers", m::migrations);
        return Timings.time("execute", () -> m.upgrade(target, printing(progress)));
    }

    /** {@code autogen downgrade}: reverts migrations, reporting each step. */
    public List<MigrationStep> downgrade(String target, Consumer<String> progress) {
        return downgrade(target, RunOptions.defaults(), progress);
    }

    /** {@code autogen downgrade} with {@code --transaction-per-run} or {@code --lock-timeout}. */
    public List<MigrationStep> downgrade(String target, RunOptions options, Consumer<String> progress) {
        onlineTarget(target);
        return migrator(options).downgrade(target, printing(progress));
    }

    /**
     * Prints {@code Running <step>} before each step, and where a step resumes a migration an interrupted run left
     * part-way, which statements it does not run again.
     */
    private static MigrationListener printing(Consumer<String> progress) {
        return new MigrationListener() {
            @Override
            public void compiled(int migrations, java.time.Duration elapsed) {
                Timings.record("compile", System.nanoTime() - elapsed.toNanos());
            }

            @Override
            public void starting(MigrationStep step) {
                progress.accept("Running " + TerminalText.escape(step.describe()));
            }

            @Override
            public void resuming(MigrationStep step, int applied, String lastStatement) {
                progress.accept("  Resuming after statement " + applied + ", where an earlier run stopped: "
                        + (applied == 1 ? "it is" : "statements 1-" + applied + " are") + " not run again (the last: `"
                        + TerminalText.escape(lastStatement.strip().replaceAll("\\s+", " ")) + "`)");
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
    private Migrator migrator(RunOptions options) {
        Migrator base = migrator();
        return Migrator.builder().connections(this::connect).migrationSource(base::migrations)
                .transactionPerRun(options.transactionPerRun()).lockTimeout(options.lockTimeout()).build();
    }

    /** A migrator for offline SQL: the dialect from the URL, no connection. */
    private Migrator offlineMigrator(RunOptions options) {
        String url = requireUrl();
        Dialect dialect;
        try {
            dialect = Dialects.forUrl(url);
        } catch (IllegalArgumentException e) {
            throw new UserError(Secrets.mask(e.getMessage(), settings.secrets()) + "; --sql writes SQL for the database"
                    + " kind the URL names");
        }
        if (!Files.isDirectory(settings.versions())) {
            throw new UserError("no migrations folder at " + settings.versions() + "; run 'autogen init' or pass --migrations");
        }
        return Migrator.builder().connections(() -> {
            throw new IllegalStateException("--sql connects to no database");
        }).versions(settings.versions()).dialect(dialect)
                .transactionPerRun(options.transactionPerRun()).lockTimeout(options.lockTimeout()).build();
    }

    /** {@code autogen current}: the revision(s) the database is at. */
    public List<String> current() {
        List<String> current = migrator().current();
        // a database ahead of this checkout, or another project's folder: every upgrade would fail, so say it now
        migrator().graph().requireKnown(current);
        List<String> out = new ArrayList<>();
        if (current.isEmpty()) {
            out.add("base (no migration applied)");
        } else {
            Set<String> heads = Set.copyOf(migrator().heads().stream().map(RevisionNode::id).toList());
            current.forEach(id -> out.add(id + (heads.contains(id) ? " (head)" : "")));
        }
        migrator().interrupted().ifPresent(p -> out.add("plus " + p.applied() + " statement"
                + (p.applied() == 1 ? "" : "s") + " of an unfinished " + p.direction() + " of " + p.revision()
                + " (the last: `" + TerminalText.escape(p.lastStatement().strip().replaceAll("\\s+", " ")) + "`); the next " + p.direction()
                + " through " + p.revision() + " resumes after " + (p.applied() == 1 ? "it" : "them")));
        return out;
    }

    /** {@code autogen history}: every revision, newest first. */
    public List<String> history() {
        return history(null, false);
    }

    /**
     * {@code autogen history}: newest first, as {@code parent -> id (head), message}, or as blocks with
     * {@code verbose}. Revisions the database is at are marked {@code (current)} when a database URL is set.
     *
     * @param range {@code A:B}, {@code A:} or {@code :B} (each end a target, or {@code current}); null for all
     */
    public List<String> history(String range, boolean verbose) {
        Migrator m = migrator();
        RevisionGraph graph = m.graph();
        List<String> current = settings.url() == null ? List.of() : m.current();
        List<RevisionNode> nodes = graph.history();
        if (range != null) {
            int colon = range.indexOf(':');
            if (colon < 0) {
                throw new UserError("-r " + range + " is not a range; use A:B, A: or :B, for example -r base:head or -r current:");
            }
            String lower = range.substring(0, colon).strip();
            String upper = range.substring(colon + 1).strip();
            Set<String> from = lower.isEmpty() ? Set.of() : end(graph, lower, current);
            Set<String> to = upper.isEmpty() ? Set.of() : end(graph, upper, current);
            nodes = !upper.isEmpty() && to.isEmpty() ? List.of() : graph.history(from, to);
        }
        return describe(graph, current, nodes, verbose, true);
    }

    private Set<String> end(RevisionGraph graph, String text, List<String> current) {
        if (text.equals("current")) {
            if (settings.url() == null) {
                throw new UserError("-r current needs the database; pass --url, set AUTOGEN_URL or DATABASE_URL, or set 'url' in "
                        + SettingsResolver.DEFAULT_CONFIG);
            }
            return Set.copyOf(current);
        }
        return graph.select(RevisionTarget.parse(text), current);
    }

    /** {@code autogen heads}: each head, with its branch labels; blocks with {@code verbose}. */
    public List<String> heads(boolean verbose) {
        RevisionGraph graph = migrator().graph();
        return describe(graph, List.of(), graph.heads(), verbose, false);
    }

    /** {@code autogen heads}. */
    public List<String> heads() {
        return heads(false);
    }

    /** {@code autogen branches}: each branch point and the revisions it branches into. */
    public List<String> branches(boolean verbose) {
        RevisionGraph graph = migrator().graph();
        RevisionText text = new RevisionText(graph, List.of());
        List<String> lines = new ArrayList<>();
        for (RevisionNode point : graph.history()) {
            if (!graph.isBranchPoint(point.id())) {
                continue;
            }
            if (!lines.isEmpty()) {
                lines.add("");
            }
            if (verbose) {
                lines.addAll(text.block(point));
            } else {
                lines.add(text.line(point, false));
            }
            String indent = " ".repeat(point.id().length());
            graph.children(point.id()).forEach(child -> lines.add(indent + " -> " + text.line(child, false)));
        }
        return lines;
    }

    /** {@code autogen show REV}: the revision's details, then its source file. */
    public List<String> show(String revision) {
        Migrator m = migrator();
        RevisionGraph graph = m.graph();
        String id = pick(graph, revision, "show", false).iterator().next();
        List<String> current = settings.url() == null ? List.of() : m.current();
        RevisionNode node = graph.get(id);
        List<String> lines = new ArrayList<>(new RevisionText(graph, current).block(node));
        Path file = Path.of(node.origin());
        if (Files.isRegularFile(file)) {
            lines.add("");
            try {
                lines.addAll(Files.readString(file, StandardCharsets.UTF_8).stripTrailing().lines().map(TerminalText::escape).toList());
            } catch (IOException e) {
                throw new UserError("cannot read " + file + ": " + IoReasons.of(e));
            }
        }
        return lines;
    }

    /** {@code autogen stamp}: writes the version table without running migrations. */
    public Stamp stamp(List<String> revisions, boolean purge, Consumer<String> progress) {
        Stamp stamp = migrator().stamp(revisions, purge);
        progress.accept("Running " + TerminalText.escape(stamp.describe()));
        return stamp;
    }

    private static List<String> describe(RevisionGraph graph, List<String> current, List<RevisionNode> nodes,
            boolean verbose, boolean withParents) {
        RevisionText text = new RevisionText(graph, current);
        List<String> lines = new ArrayList<>();
        for (RevisionNode node : nodes) {
            if (verbose) {
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                lines.addAll(text.block(node));
            } else {
                lines.add(text.line(node, withParents, withParents));
            }
        }
        return lines;
    }

    /** The plan that would bring the database in line with the entities. */
    public MigrationPlan compare() {
        return comparison(false).plan();
    }

    /**
     * What {@code check} and {@code diff} show: the plan that would bring the database in line with the entities, with
     * the renames given and the possible ones. Never asks.
     */
    public Comparison comparison() {
        return comparison(false);
    }

    private Comparison comparison(boolean ask) {
        Dialect dialect = serverDialect();
        RenamePrompt prompt = ask ? renamePrompt : null;
        if (settings.allSchemas()) {
            return new AllSchemasComparer(settings, dialect, this::connect).compare(renames, prompt);
        }
        return new Comparer(settings, dialect, this::connect).compare(renames, prompt);
    }

    /**
     * The dialect of the server the URL leads to, read once from a connection: the URL's scheme does not always decide
     * it (a {@code mysql://} URL may reach a MariaDB server), and the application's Hibernate goes by the server.
     */
    private Dialect serverDialect() {
        if (serverDialect == null) {
            Dialect named = dialect();
            try (Connection connection = connect()) {
                serverDialect = named.forServer(connection.getMetaData());
            } catch (SQLException e) {
                throw new UserError("cannot read what database this is: " + Secrets.mask(e.getMessage(), settings.secrets()));
            }
        }
        return serverDialect;
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
            throw new UserError(Secrets.mask(e.getMessage(), settings.secrets()));
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
            throw new UserError("cannot connect to " + Secrets.mask(url, settings.secrets()) + ": " + Secrets.mask(reason, settings.secrets())
                    + "; check the URL, user and password, and that the database is running", e);
        }
        if (settings.schema() != null) {
            useSchema(connection, settings.schema());
        }
        return connection;
    }

    /**
     * Makes {@code schema} the connection's current one, so that migrations and the version table go there too. Where
     * a database is a JDBC catalog and there are no schemas (MariaDB, MySQL), the schema is that database.
     */
    private static void useSchema(Connection connection, String schema) {
        try {
            boolean hasSchemas = connection.getSchema() != null; // SQLite has none, and ignores setSchema
            if (!hasSchemas && connection.getCatalog() != null) {
                if (!catalogExists(connection, schema)) {
                    throw new UserError("schema " + schema + " does not exist in the database; create it or fix --schema");
                }
                connection.setCatalog(schema);
                return;
            }
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

    private static boolean catalogExists(Connection connection, String name) throws SQLException {
        try (java.sql.ResultSet catalogs = connection.getMetaData().getCatalogs()) {
            while (catalogs.next()) {
                if (name.equals(catalogs.getString(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void requireVersions() {
        if (!Files.isDirectory(settings.versions())) {
            throw new UserError("no migrations folder at " + settings.versions() + "; run 'autogen init' or pass --migrations");
        }
    }

    private Migrator migrator() {
        if (migrator == null) {
            requireVersions();
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
