package dev.autogen.engine;

import dev.autogen.engine.report.Finding;
import dev.autogen.engine.report.Level;
import dev.autogen.engine.report.Report;
import dev.autogen.engine.report.RevisionRow;
import dev.autogen.engine.report.Rule;
import dev.autogen.runtime.internal.migration.Migrator;
import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import dev.autogen.runtime.internal.migration.graph.RevisionTarget;
import dev.autogen.runtime.internal.migration.version.AppliedRevision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The history as {@code current}, {@code history}, {@code heads}, {@code branches} and {@code show} print it, one
 * string a line, in the forms of {@link RevisionText} (Alembic's), with text from the migrations made safe for a
 * terminal ({@link TerminalText}). The command line and the build plugin print these lines as they are. Failures are
 * {@link EngineException}s whose messages name the settings as the caller's {@link SettingNames} do.
 */
public final class RevisionListing {

    private final Migrator migrator;
    private final boolean hasDatabase;
    private final SettingNames names;

    /**
     * @param hasDatabase whether a database URL is set: then the revisions it is at are marked {@code (current)}
     * @param names how messages name the settings ({@code -r}, {@code --url})
     */
    public RevisionListing(Migrator migrator, boolean hasDatabase, SettingNames names) {
        this.migrator = migrator;
        this.hasDatabase = hasDatabase;
        this.names = names;
    }

    /** {@code current}: the revision(s) the database is at. */
    public List<String> current() {
        return currentReport().text();
    }

    /**
     * {@code current} as a report: a row per revision the database is at, and an unfinished step as a warning
     * ({@code interrupted}) that does not fail it.
     */
    public Report currentReport() {
        // the database is read while the graph is (each is about half of the command); its failure is reported first
        BackgroundTask<DatabaseState> database = BackgroundTask.start(
                "autogen-database-read",
                () -> new DatabaseState(
                        migrator.current(), migrator.interrupted().orElse(null)));
        RevisionGraph graph;
        try {
            graph = migrator.graph();
        } catch (RuntimeException | Error e) {
            database.join(); // the database's failure first, as always; and the read ends before this does
            throw e;
        }
        DatabaseState state = database.join();
        List<String> current = state.current();
        // a database ahead of this checkout, or another project's folder: every upgrade would fail, so say it now
        graph.requireKnown(current);
        List<String> out = new ArrayList<>();
        RevisionText text = new RevisionText(graph, current);
        List<RevisionRow> rows = new ArrayList<>();
        if (current.isEmpty()) {
            out.add("base (no migration applied)");
        } else {
            Set<String> heads =
                    Set.copyOf(migrator.heads().stream().map(RevisionNode::id).toList());
            current.forEach(id -> out.add(id + (heads.contains(id) ? " (head)" : "")));
            current.forEach(id -> graph.find(id).map(text::row).ifPresent(rows::add));
        }
        List<Finding> findings = new ArrayList<>();
        if (state.interrupted() != null) {
            out.add(interrupted(state.interrupted()));
            findings.add(Finding.of(
                    INTERRUPTED, state.interrupted().revision(), null, interrupted(state.interrupted()), false));
        }
        return Report.listing("current", out, rows, findings);
    }

    private static final Rule INTERRUPTED = new Rule(
            "interrupted",
            "interrupted",
            "A step of an upgrade or downgrade did not finish",
            "run the same upgrade or downgrade again: it finds out what completed and goes on",
            Level.WARNING);

    private static final Rule MULTIPLE_HEADS = new Rule(
            "multiple-heads",
            "multiple-heads",
            "The migrations have more than one head",
            "merge the heads into one with 'autogen merge heads -m \"merge\"'",
            Level.ERROR);

    /** What {@code current} reads from the database: the revisions it is at, and an unfinished step (or null). */
    private record DatabaseState(
            List<String> current, dev.autogen.runtime.internal.migration.version.StatementProgress interrupted) {}

    /** An unfinished step's progress, in one line: what completed, and the DDL statement left in doubt, if any. */
    private static String interrupted(dev.autogen.runtime.internal.migration.version.StatementProgress p) {
        String pending = p.pending() == null ? null : "`" + oneLine(p.pending()) + "`";
        if (p.applied() == 0) {
            return "an unfinished " + p.direction() + " of " + p.revision() + " started "
                    + (pending == null ? "nothing" : pending) + "; the next " + p.direction() + " through "
                    + p.revision() + " finds out whether it completed and goes on";
        }
        return "plus " + p.applied() + " statement" + (p.applied() == 1 ? "" : "s") + " of an unfinished "
                + p.direction()
                + " of " + p.revision() + " (the last: `" + oneLine(p.lastStatement()) + "`)"
                + (pending == null
                        ? ""
                        : ", and " + pending + " started after " + (p.applied() == 1 ? "it" : "them")
                                + " (the next run finds out whether it completed)")
                + "; the next " + p.direction() + " through " + p.revision() + " resumes after "
                + (p.applied() == 1 ? "it" : "them");
    }

    private static String oneLine(String statement) {
        return TerminalText.escape(statement.strip().replaceAll("\\s+", " "));
    }

    /**
     * {@code history}: newest first, as {@code parent -> id (head), message}, or as blocks with
     * {@code verbose}. Revisions the database is at are marked {@code (current)} when a database URL is set.
     *
     * @param range ({@code -r} on the command line) {@code A:B}, {@code A:} or {@code :B} (each end a target, or {@code current}); null for all
     */
    public List<String> history(String range, boolean verbose) {
        return historyReport(range, verbose).text();
    }

    /** {@code history} as a report: its text, and a row per revision listed. */
    public Report historyReport(String range, boolean verbose) {
        // the database is read while the graph is; the graph's failure is reported first
        BackgroundTask<List<String>> database =
                hasDatabase ? BackgroundTask.start("autogen-database-read", migrator::current) : null;
        RevisionGraph graph;
        try {
            graph = migrator.graph();
        } catch (RuntimeException | Error e) {
            // the read ends before this does (it may be creating an SQLite file), whatever it finds
            if (database != null) {
                try {
                    database.join();
                } catch (RuntimeException | Error ignored) {
                    // the graph's failure is the one to report
                }
            }
            throw e;
        }
        List<String> current = database == null ? List.of() : database.join();
        Map<String, AppliedRevision> applied = verbose && hasDatabase ? migrator.appliedRevisions() : Map.of();
        List<RevisionNode> nodes = graph.history();
        if (range != null) {
            int colon = range.indexOf(':');
            if (colon < 0) {
                throw new ConfigurationException(names.assignment(SettingNames.Setting.RANGE, range)
                        + " is not a range; use A:B, A: or :B, for example "
                        + names.assignment(SettingNames.Setting.RANGE, "base:head") + " or "
                        + names.assignment(SettingNames.Setting.RANGE, "current:"));
            }
            String lower = range.substring(0, colon).strip();
            String upper = range.substring(colon + 1).strip();
            Set<String> from = lower.isEmpty() ? Set.of() : end(graph, lower, current);
            Set<String> to = upper.isEmpty() ? Set.of() : end(graph, upper, current);
            nodes = !upper.isEmpty() && to.isEmpty() ? List.of() : graph.history(from, to);
        }
        RevisionText text = new RevisionText(graph, current, applied);
        return Report.listing(
                "history",
                describe(text, nodes, verbose, true),
                nodes.stream().map(text::row).toList(),
                List.of());
    }

    private Set<String> end(RevisionGraph graph, String text, List<String> current) {
        if (text.equals("current")) {
            if (!hasDatabase) {
                throw new ConfigurationException(names.assignment(SettingNames.Setting.RANGE, "current")
                        + " needs the database; pass " + names.name(SettingNames.Setting.URL)
                        + names.elsewhere(SettingNames.Setting.URL, null));
            }
            return Set.copyOf(current);
        }
        return graph.select(RevisionTarget.parse(text), current);
    }

    /** {@code heads}: each head, with its branch labels; blocks with {@code verbose}. */
    public List<String> heads(boolean verbose) {
        return headsReport(verbose, false).text();
    }

    /**
     * {@code heads} as a report: a row per head; with {@code check}, more than one head is a failing
     * {@code multiple-heads} finding, and a last line says so.
     */
    public Report headsReport(boolean verbose, boolean check) {
        RevisionGraph graph = migrator.graph();
        RevisionText text = new RevisionText(graph, List.of());
        List<RevisionNode> heads = graph.heads();
        List<String> lines = new ArrayList<>(describe(text, heads, verbose, false));
        List<Finding> findings = new ArrayList<>();
        if (check && heads.size() > 1) {
            String message = heads.size() + " heads ("
                    + String.join(", ", heads.stream().map(RevisionNode::id).toList()) + "): merge them into one";
            lines.add("Failing: " + message + " with 'autogen merge heads -m \"merge\"'.");
            findings.add(Finding.of(MULTIPLE_HEADS, null, null, message, true));
        }
        return Report.listing("heads", lines, heads.stream().map(text::row).toList(), findings);
    }

    /** {@code branches}: each branch point and the revisions it branches into. */
    public List<String> branches(boolean verbose) {
        RevisionGraph graph = migrator.graph();
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

    /** {@code show REV}: the revision's details, then its source file. */
    public List<String> show(String revision) {
        RevisionGraph graph = migrator.graph();
        String id =
                RevisionTargets.one(graph, revision, "show", false).iterator().next();
        List<String> current = hasDatabase ? migrator.current() : List.of();
        RevisionNode node = graph.get(id);
        List<String> lines = new ArrayList<>(new RevisionText(graph, current).block(node));
        Path file = Path.of(node.origin());
        if (Files.isRegularFile(file)) {
            lines.add("");
            try {
                lines.addAll(Files.readString(file, StandardCharsets.UTF_8)
                        .stripTrailing()
                        .lines()
                        .map(TerminalText::escape)
                        .toList());
            } catch (IOException e) {
                throw new MigrationsFolderException("cannot read " + file + ": " + IoReasons.of(e), e);
            }
        }
        return lines;
    }

    private static List<String> describe(
            RevisionText text, List<RevisionNode> nodes, boolean verbose, boolean withParents) {
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
}
