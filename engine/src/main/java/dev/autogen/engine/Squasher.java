package dev.autogen.engine;

import dev.autogen.codegen.MigrationWriter;
import dev.autogen.codegen.RevisionInfo;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.LiveReadOptions;
import dev.autogen.core.database.Scratch;
import dev.autogen.core.database.ScratchSpace;
import dev.autogen.core.model.SchemaSnapshot;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.diff.DiffOptions;
import dev.autogen.diff.SchemaDiff;
import dev.autogen.introspect.live.LiveReader;
import dev.autogen.introspect.live.ScratchSpaces;
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.internal.exec.JdbcOperations;
import dev.autogen.runtime.internal.exec.JdbcSqlSink;
import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionIds;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import dev.autogen.runtime.internal.migration.load.LoadedMigration;
import dev.autogen.runtime.internal.migration.load.MigrationCompiler;
import dev.autogen.runtime.internal.migration.load.MigrationLoader;
import dev.autogen.runtime.internal.migration.load.MigrationSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * {@code squash base:REV}: one migration built from the schema the revisions from base to {@code REV} build (replayed
 * into the model for a dialect, as {@code --against history} replays them), with the raw SQL ({@code op.execute}) of
 * those revisions carried over verbatim and in order after the schema operations, and {@code replaces} naming them.
 * It is written into the versions folder, where the graph places it after the replaced revisions
 * ({@code RevisionGraph}). Only a linear range from base is supported. {@link #verify} runs the old range and the
 * written migration, compiled from its file, each in a scratch database, compares the two schemas read back, and checks
 * that the squashed downgrade leaves an empty schema.
 */
public final class Squasher {

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** What was squashed, where the squashed migration was written, and (verified) the differences found. */
    public record Result(String id, List<String> replaces, Path written, int rawStatements, List<String> differences) {
        public Result {
            replaces = List.copyOf(replaces);
            differences = List.copyOf(differences);
        }

        /**
         * What a verified squash reports after the written file's path, one line each, as the command line prints
         * them and the build plugin logs them: {@code differs: ...} per difference (escaped for a terminal), or, with
         * none, {@code verified: ...}.
         */
        public List<String> verifyLines() {
            if (differences.isEmpty()) {
                return List.of(
                        "verified: the squashed migration builds the same schema as " + replaces.size() + " revisions");
            }
            return differences.stream()
                    .map(difference -> "differs: " + TerminalText.escape(difference))
                    .toList();
        }
    }

    private final EngineSettings settings;
    private final Dialect dialect;

    Squasher(EngineSettings settings, Dialect dialect) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    Result squash(MigrationSet set, String range, String message, String revId, Path outputDir, boolean verify) {
        RevisionGraph graph = set.graph();
        List<RevisionNode> path = linearRange(graph, range);
        HistoryReplay.Result replayed = new HistoryReplay(dialect, settings.names()).replay(set, path);
        MigrationPlan plan =
                SchemaDiff.compare(replayed.schema(), SchemaSnapshot.empty(), DiffOptions.defaults(), dialect);
        String id = revId == null ? MigrationWriter.newRevisionId() : revId;
        String problem = RevisionIds.problem(id);
        if (problem == null && !id.matches("[A-Za-z0-9_]+")) {
            problem = "holds characters other than letters, digits and _";
        }
        if (problem != null) {
            throw new RevisionException(settings.names().name(SettingNames.Setting.REV_ID) + " " + id + " " + problem
                    + "; use a short hexadecimal id");
        }
        if (graph.find(id).isPresent()) {
            throw new RevisionException("revision id " + id + " already exists; choose another "
                    + settings.names().name(SettingNames.Setting.REV_ID));
        }
        List<String> replaces = path.stream().map(RevisionNode::id).toList();
        RevisionInfo info;
        try {
            info = new RevisionInfo(
                    id, List.of(), List.of(), List.of(), message, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        } catch (IllegalArgumentException e) {
            throw new RevisionException(e.getMessage(), e);
        }
        MigrationWriter writer = new MigrationWriter(settings.migrations()).inPackage(settings.migrationsPackage());
        String source = writer.render(info, plan);
        source = withReplaces(source, replaces);
        source = withRawSql(source, replayed.raw());
        if (outputDir == null) {
            outputDir = settings.requireVersions();
        }
        Path written;
        try {
            Files.createDirectories(outputDir);
            written = outputDir.resolve(MigrationWriter.fileName(info));
            Files.writeString(written, source);
        } catch (IOException e) {
            throw new MigrationsFolderException(
                    "cannot write the squashed migration into " + outputDir + ": " + IoReasons.of(e), e);
        }
        List<String> differences = verify ? verify(set, path, written) : List.of();
        return new Result(id, replaces, written, replayed.raw().size(), differences);
    }

    /** The revisions from base to {@code range}'s end, in order; refused unless linear (one parent, one child each). */
    static List<RevisionNode> linearRange(RevisionGraph graph, String range) {
        String to = range.strip();
        if (to.startsWith("base:")) {
            to = to.substring("base:".length()).strip();
        } else if (to.contains(":")) {
            throw new RevisionException("squash takes a range from base (base:REV); " + range
                    + " starts elsewhere, which is not supported");
        }
        if (to.isEmpty() || to.equals("base")) {
            throw new RevisionException("squash needs the last revision to replace: base:REV");
        }
        RevisionNode last;
        try {
            last = graph.resolve(to);
        } catch (RuntimeException e) {
            throw new RevisionException("squash: " + HistoryReplay.oneLine(e), e);
        }
        List<RevisionNode> path = new ArrayList<>();
        RevisionNode node = last;
        while (true) {
            if (!node.dependsOn().isEmpty() || node.parents().size() > 1) {
                throw new RevisionException("squash supports only a linear range: " + node.id()
                        + (node.parents().size() > 1
                                ? " merges " + String.join(", ", node.parents())
                                : " depends on " + String.join(", ", node.dependsOn())));
            }
            if (!node.replaces().isEmpty()) {
                throw new RevisionException("squash over an earlier squashed migration (" + node.id()
                        + ") is not supported; squash up to a revision before it");
            }
            if (node != last && graph.children(node.id()).size() > 1) {
                throw new RevisionException("squash supports only a linear range: " + node.id() + " is a branch point");
            }
            path.add(node);
            if (node.parents().isEmpty()) {
                break;
            }
            node = graph.get(node.parents().get(0));
        }
        if (graph.bases().size() > 1) {
            throw new RevisionException("squash supports only a linear range: the history has "
                    + graph.bases().size() + " bases");
        }
        Collections.reverse(path);
        return path;
    }

    private static String withReplaces(String source, List<String> replaces) {
        String marker = "\n        message = ";
        int at = source.indexOf(marker);
        if (at < 0) {
            throw new TemplateException(
                    "the migration template has no 'message = ' element to put replaces before", null);
        }
        StringBuilder list = new StringBuilder("\n        replaces = {");
        for (int i = 0; i < replaces.size(); i++) {
            list.append(i == 0 ? "" : ", ").append(literal(replaces.get(i)));
        }
        list.append("},");
        return source.substring(0, at) + list + source.substring(at);
    }

    private static String withRawSql(String source, List<HistoryReplay.RawStatement> raw) {
        if (raw.isEmpty()) {
            return source;
        }
        String start = "public void upgrade(Operations op) {\n";
        int body = source.indexOf(start);
        int end = body < 0 ? -1 : source.indexOf("\n    }\n", body);
        if (end < 0) {
            throw new TemplateException(
                    "the migration template has no upgrade(Operations op) method to add raw SQL to", null);
        }
        StringBuilder lines = new StringBuilder();
        lines.append(
                "\n        // Raw SQL (op.execute) of the replaced revisions, verbatim and in order, after the schema:");
        String from = null;
        for (HistoryReplay.RawStatement statement : raw) {
            if (!statement.revision().equals(from)) {
                from = statement.revision();
                lines.append("\n        // from revision ").append(from);
            }
            lines.append("\n        op.execute(")
                    .append(literal(statement.sql()))
                    .append(");");
        }
        return source.substring(0, end) + lines + source.substring(end);
    }

    /** A Java string literal. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && !Character.isLetterOrDigit(c) && c != ' ')) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Runs the old range, and the written squashed migration (compiled from its file, as {@code upgrade} would), each
     * in a scratch space (in memory for SQLite and H2, else on the URL's server), and the squashed migration's
     * downgrade after its upgrade in a third; the differences, one a line.
     */
    private List<String> verify(MigrationSet set, List<RevisionNode> path, Path written) {
        ScratchSpace space = ScratchSpaces.forDialect(dialect.name())
                .orElseThrow(() -> new ConfigurationException("no scratch space for " + dialect.name() + " databases"));
        boolean server = !space.inMemory();
        if (server
                && (settings.database().url() == null
                        || !settings.database().serverDialect().name().equals(dialect.name()))) {
            throw new ConfigurationException("verifying a squash on " + dialect.name() + " makes its scratch schemas or"
                    + " databases on the database the URL names: set a URL of a " + dialect.name()
                    + " server, or verify on sqlite or h2");
        }
        Migration squashed = compiled(written);
        String suffix = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        SchemaSnapshot old = scratch(space, server, "autogen_squash_old_" + suffix, connection -> {
            for (RevisionNode node : path) {
                set.migration(node.id()).upgrade(new JdbcOperations(connection, dialect, new JdbcSqlSink(connection)));
            }
        });
        SchemaSnapshot upgraded = scratch(
                space,
                server,
                "autogen_squash_new_" + suffix,
                connection -> squashed.upgrade(new JdbcOperations(connection, dialect, new JdbcSqlSink(connection))));
        SchemaSnapshot undone = scratch(space, server, "autogen_squash_down_" + suffix, connection -> {
            JdbcOperations op = new JdbcOperations(connection, dialect, new JdbcSqlSink(connection));
            squashed.upgrade(op);
            squashed.downgrade(op);
        });
        List<String> lines = new ArrayList<>();
        for (Operation op : SchemaDiff.compare(old, upgraded, DiffOptions.defaults(), dialect)
                .operations()) {
            lines.add(op.kind().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + " " + op.table());
        }
        for (Operation op : SchemaDiff.compare(SchemaSnapshot.empty(), undone, DiffOptions.defaults(), dialect)
                .operations()) {
            lines.add("after the squashed downgrade, still to do: "
                    + op.kind().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + " " + op.table());
        }
        return lines;
    }

    /** The migration in the written file, compiled on its own into a temporary class cache. */
    private static Migration compiled(Path written) {
        Path temp = null;
        try {
            temp = Files.createTempDirectory("autogen-squash-");
            Path versions = Files.createDirectories(temp.resolve("versions"));
            Files.copy(written, versions.resolve(written.getFileName()));
            MigrationSet alone = new MigrationLoader().load(versions, temp.resolve("classes"));
            List<LoadedMigration> migrations = alone.migrations();
            if (migrations.size() != 1) {
                throw new RevisionException(
                        "squash --verify: " + written + " holds " + migrations.size() + " migrations; expected one");
            }
            return migrations.get(0).migration();
        } catch (IOException e) {
            throw new MigrationsFolderException(
                    "squash --verify: cannot copy " + written + " to compile it: " + IoReasons.of(e), e);
        } catch (RuntimeException e) {
            if (e instanceof EngineException) {
                throw e;
            }
            throw new RevisionException(
                    "squash --verify: the written migration " + written + " does not load: " + HistoryReplay.oneLine(e)
                            + "; please report this",
                    e);
        } finally {
            if (temp != null) {
                MigrationCompiler.deleteTree(temp);
            }
        }
    }

    private interface Body {
        void run(Connection connection) throws SQLException;
    }

    private SchemaSnapshot scratch(ScratchSpace space, boolean server, String name, Body body) {
        try (Connection base = server ? settings.database().connect() : null;
                Scratch scratch = space.open(base, name)) {
            Connection connection = scratch.connection();
            try {
                body.run(connection);
            } catch (RuntimeException e) {
                throw new DatabaseReadException(
                        "squash --verify: " + name + " failed: "
                                + settings.database().mask(HistoryReplay.oneLine(e)),
                        e);
            }
            return new LiveReader()
                    .read(connection, dialect, LiveReadOptions.defaults().withSchema(scratch.schema()));
        } catch (SQLException e) {
            throw new DatabaseReadException(
                    "squash --verify: the scratch space " + name + " failed: "
                            + settings.database().mask(e.getMessage()),
                    e);
        }
    }
}
