package dev.autogen.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one command reports, whatever the format: its text (the lines {@code text} prints), whether it fails, its
 * findings and the revisions it lists.
 *
 * @param command the command ({@code check}, {@code lint}, ...)
 * @param failed whether the command fails (exits 1) on what it found
 * @param summary the verdict in one line
 * @param text the text report, one line each, as {@code --format text} prints it
 * @param rules the kinds of finding the command can report (SARIF lists them); the findings' own rules are added
 * @param findings what was found, in order
 * @param revisions the revisions listed ({@code history}, {@code heads}, {@code current}), in order
 * @param notes what could not be checked, one line each
 * @param details command-specific fields of the JSON report ({@code plan}, {@code counts}, {@code dialect})
 */
public record Report(
        String command,
        boolean failed,
        String summary,
        List<String> text,
        List<Rule> rules,
        List<Finding> findings,
        List<RevisionRow> revisions,
        List<String> notes,
        ObjectNode details) {

    public Report {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(summary, "summary");
        text = List.copyOf(text);
        findings = List.copyOf(findings);
        revisions = List.copyOf(revisions);
        notes = List.copyOf(notes);
        Map<String, Rule> all = new LinkedHashMap<>();
        rules.forEach(r -> all.putIfAbsent(r.id(), r));
        findings.forEach(f -> all.putIfAbsent(f.rule().id(), f.rule()));
        rules = List.copyOf(all.values());
        details = details == null ? JsonNodeFactory.instance.objectNode() : details.deepCopy();
    }

    /** A report of text and findings only; its summary is the last line of the text. */
    public static Report of(String command, boolean failed, List<String> text, List<Finding> findings) {
        return new Report(command, failed, lastLine(text), text, List.of(), findings, List.of(), List.of(), null);
    }

    /** A listing of revisions ({@code history}, {@code heads}, {@code current}); it fails with failing findings. */
    public static Report listing(
            String command, List<String> text, List<RevisionRow> revisions, List<Finding> findings) {
        boolean failed = findings.stream().anyMatch(Finding::failing);
        String summary = findings.stream()
                .filter(Finding::failing)
                .map(Finding::message)
                .findFirst()
                .orElse(revisions.size() + (revisions.size() == 1 ? " revision" : " revisions"));
        return new Report(command, failed, summary, text, List.of(), findings, revisions, List.of(), null);
    }

    /** This report with more command-specific JSON fields. */
    public Report withDetails(ObjectNode more) {
        ObjectNode merged = details.deepCopy();
        merged.setAll(more);
        return new Report(command, failed, summary, text, rules, findings, revisions, notes, merged);
    }

    /** This report with these rules listed first (in SARIF), whether or not a finding names them. */
    public Report withRules(List<Rule> first) {
        List<Rule> all = new ArrayList<>(first);
        all.addAll(rules);
        return new Report(command, failed, summary, text, all, findings, revisions, notes, details);
    }

    /** This report with these notes. */
    public Report withNotes(List<String> more) {
        List<String> all = new ArrayList<>(notes);
        all.addAll(more);
        return new Report(command, failed, summary, text, rules, findings, revisions, all, details);
    }

    /** The findings no one silenced. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    private static String lastLine(List<String> text) {
        return text.isEmpty() ? "" : text.get(text.size() - 1);
    }
}
