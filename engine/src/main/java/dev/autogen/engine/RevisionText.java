package dev.autogen.engine;

import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import dev.autogen.runtime.internal.migration.version.AppliedRevision;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How revisions read in listings, in Alembic's two forms: one line
 * ({@code b1 -> b2 (left) (head) (current), add phones}) and the verbose block of {@code show} and {@code --verbose}.
 */
final class RevisionText {

    private final RevisionGraph graph;
    private final Set<String> current;
    private final Map<String, AppliedRevision> applied;

    /** @param current the database's version-table rows, marked {@code (current)}; empty when not known */
    RevisionText(RevisionGraph graph, Collection<String> current) {
        this(graph, current, Map.of());
    }

    /** @param applied the history table's rows, shown in blocks; empty when not known */
    RevisionText(RevisionGraph graph, Collection<String> current, Map<String, AppliedRevision> applied) {
        this.graph = graph;
        this.current = Set.copyOf(current);
        this.applied = Map.copyOf(applied);
    }

    /**
     * {@code parents (depends-on) -> id (labels) (head) (current) (branchpoint) (mergepoint), message}; without the
     * parents part when {@code withParents} is false.
     */
    String line(RevisionNode node, boolean withParents) {
        return line(node, withParents, true);
    }

    /** Like {@link #line(RevisionNode, boolean)}; without {@code (branchpoint)} and {@code (mergepoint)} unless {@code tree}. */
    String line(RevisionNode node, boolean withParents, boolean tree) {
        StringBuilder text = new StringBuilder();
        if (withParents) {
            text.append(node.isBase() ? "<base>" : String.join(", ", node.parents()));
            if (!node.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", node.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(node.id()).append(markers(node, tree));
        String message = TerminalText.escape(firstLine(node.message()));
        return message.isEmpty()
                ? text.toString()
                : text.append(", ").append(message).toString();
    }

    /** The verbose form: one field a line, then the message indented. */
    List<String> block(RevisionNode node) {
        List<String> lines = new ArrayList<>();
        lines.add("Rev: " + node.id() + markers(node, true));
        if (node.isMerge()) {
            lines.add("Merges: " + String.join(", ", node.parents()));
        } else {
            lines.add("Parent: " + (node.isBase() ? "<base>" : node.parents().get(0)));
        }
        if (!node.dependsOn().isEmpty()) {
            lines.add("Also depends on: " + String.join(", ", node.dependsOn()));
        }
        if (graph.isBranchPoint(node.id())) {
            lines.add("Branches into: "
                    + String.join(
                            ", ",
                            graph.children(node.id()).stream()
                                    .map(RevisionNode::id)
                                    .toList()));
        }
        Set<String> labels = graph.branchLabelsOf(node.id());
        if (!labels.isEmpty()) {
            lines.add("Branch names: " + String.join(", ", labels));
        }
        lines.add("Path: " + TerminalText.escape(node.origin()));
        if (!node.created().isEmpty()) {
            lines.add("Created: " + node.created());
        }
        AppliedRevision row = applied.get(node.id());
        if (row != null) {
            lines.add("Applied: " + applied(row));
            if (row.checksum() != null) {
                lines.add("Checksum: " + row.checksum());
            }
        }
        if (!node.message().isBlank()) {
            lines.add("");
            node.message()
                    .strip()
                    .lines()
                    .forEach(l -> lines.add(l.isBlank() ? "" : "    " + TerminalText.escape(l.stripTrailing())));
        }
        return lines;
    }

    /** {@code 2026-12-05 10:00:00.123 by app, took 0.4 s}, or what of it is known. */
    private static String applied(AppliedRevision row) {
        StringBuilder text = new StringBuilder(
                row.appliedAt() == null ? "time unknown (recorded after it was applied)" : row.appliedAt());
        if (row.appliedBy() != null) {
            text.append(" by ").append(TerminalText.escape(row.appliedBy()));
        }
        if (row.durationMillis() != null) {
            text.append(String.format(java.util.Locale.ROOT, ", took %.1f s", row.durationMillis() / 1000.0));
        }
        return text.toString();
    }

    /** The node as a report's row: parents, message, origin, branch labels and the marks {@link #line} shows. */
    dev.autogen.engine.report.RevisionRow row(RevisionNode node) {
        List<String> marks = new java.util.ArrayList<>();
        if (graph.children(node.id()).isEmpty()) {
            marks.add("head");
        }
        if (current.contains(node.id())) {
            marks.add("current");
        }
        if (graph.isBranchPoint(node.id())) {
            marks.add("branchpoint");
        }
        if (node.isMerge()) {
            marks.add("mergepoint");
        }
        return new dev.autogen.engine.report.RevisionRow(
                node.id(),
                node.parents(),
                node.message() == null ? null : TerminalText.escape(firstLine(node.message())),
                node.origin() == null ? null : TerminalText.escape(node.origin()),
                List.copyOf(new java.util.TreeSet<>(graph.branchLabelsOf(node.id()))),
                marks);
    }

    private String markers(RevisionNode node, boolean tree) {
        StringBuilder text = new StringBuilder();
        Set<String> labels = graph.branchLabelsOf(node.id());
        if (!labels.isEmpty()) {
            text.append(" (").append(String.join(", ", labels)).append(')');
        }
        if (graph.children(node.id()).isEmpty()) {
            text.append(" (head)");
        }
        if (current.contains(node.id())) {
            text.append(" (current)");
        }
        if (tree && graph.isBranchPoint(node.id())) {
            text.append(" (branchpoint)");
        }
        if (tree && node.isMerge()) {
            text.append(" (mergepoint)");
        }
        return text.toString();
    }

    private static String firstLine(String message) {
        return message.strip().lines().findFirst().orElse("").strip();
    }
}
