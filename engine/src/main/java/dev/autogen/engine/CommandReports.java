package dev.autogen.engine;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.core.ops.Operation;
import dev.autogen.core.ops.Safety;
import dev.autogen.diff.PlanDescriber;
import dev.autogen.diff.PlanJson;
import dev.autogen.engine.report.Finding;
import dev.autogen.engine.report.Level;
import dev.autogen.engine.report.Report;
import dev.autogen.engine.report.Rule;
import dev.autogen.runtime.internal.migration.Validation;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link Report}s of {@code check}, {@code diff} and {@code validate}: their text as the command line prints it,
 * and a finding per difference, problem, changed or missing migration.
 */
public final class CommandReports {

    /** A difference between the entities and the database; its level and whether it fails depend on the command. */
    public static final Rule DRIFT = new Rule(
            "drift",
            "drift",
            "The entities and the database differ",
            "write a migration for the change (autogen revision --autogenerate -m \"...\") and apply it",
            Level.ERROR);

    /** A problem no schema change fixes: the application cannot use the database as it is. */
    public static final Rule BROKEN = new Rule(
            "broken",
            "broken",
            "The application cannot use the database as it is, whatever the schema changes",
            null,
            Level.ERROR);

    /** An applied migration that records other operations now. */
    public static final Rule CHECKSUM_CHANGED = new Rule(
            "checksum-changed",
            "checksum-changed",
            "An applied migration has changed since it was applied",
            "restore the migration, or record an intended change with 'autogen repair --accept REV'",
            Level.ERROR);

    /** A revision the database has applied that no migration has. */
    public static final Rule MIGRATION_MISSING = new Rule(
            "migration-missing",
            "migration-missing",
            "The database has applied a revision no migration has",
            "restore the missing migration file",
            Level.ERROR);

    /** A target of a fan-out that failed, or was not run after a failure. */
    public static final Rule TARGET_FAILED = new Rule(
            "target-failed",
            "target-failed",
            "A target of the fan-out failed, or was not run after a failure",
            "fix what the message names and run the command again: the targets already done are skipped",
            Level.ERROR);

    /** A target of a fan-out whose schema or checksums differ ({@code check}, {@code validate}). */
    public static final Rule TARGET_DIFFERS = new Rule(
            "target-differs",
            "target-differs",
            "A target of the fan-out differs from the migrations or the entities",
            null,
            Level.ERROR);

    private CommandReports() {}

    /**
     * A command run on a set of targets ({@code --tenant-schemas}, {@code --targets}): a finding per target that
     * failed, was not run or differs, and each target's result as the JSON field {@code targets}.
     *
     * @param text the lines the text report prints: one per target, then the summary
     */
    public static Report fanOut(
            String command, dev.autogen.runtime.internal.fanout.FanOutReport report, List<String> text) {
        List<Finding> findings = new ArrayList<>();
        ArrayNode targets = JsonNodeFactory.instance.arrayNode();
        for (dev.autogen.runtime.internal.fanout.TargetResult r : report.results()) {
            ObjectNode target = targets.addObject();
            target.put("target", r.target());
            target.put("status", r.status().label());
            r.from().forEach(target.putArray("from")::add);
            r.to().forEach(target.putArray("to")::add);
            target.put("seconds", r.seconds());
            target.put("error", r.error());
            switch (r.status()) {
                case FAILED, NOT_RUN ->
                    findings.add(Finding.of(
                            TARGET_FAILED,
                            null,
                            null,
                            r.target() + ": " + r.status().label() + (r.error() == null ? "" : ": " + r.error()),
                            true));
                case DIFFERS ->
                    findings.add(Finding.of(
                            TARGET_DIFFERS,
                            null,
                            null,
                            r.target() + ": " + (r.error() == null ? "differs" : r.error()),
                            true));
                default -> {
                    // ok, skipped: nothing to report
                }
            }
        }
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.set("targets", targets);
        details.put("seconds", report.seconds());
        return new Report(
                command,
                !findings.isEmpty(),
                report.summary(),
                text,
                List.of(TARGET_FAILED, TARGET_DIFFERS),
                findings,
                List.of(),
                List.of(),
                details);
    }

    /**
     * {@code check}: each problem a failing {@code broken} finding, each change a {@code drift} finding (an error,
     * failing, where it reaches {@code failOn}; else a warning), and the plan as the JSON field {@code plan}.
     *
     * @param text the report's lines ({@link CheckReport#lines()}, plus any the caller adds)
     * @param failed whether the command fails
     * @param failOn the threshold, or null to fail on any difference
     */
    public static Report check(CheckResult result, List<String> text, boolean failed, FailOn failOn) {
        return check(result, text, failed, failOn, null);
    }

    /**
     * {@code check --lint}: as {@link #check(CheckResult, List, boolean, FailOn)}, plus the lint report's findings,
     * rules and notes, and its JSON fields under {@code lint}.
     *
     * @param lint the lint report of the pending migrations, or null
     */
    public static Report check(CheckResult result, List<String> text, boolean failed, FailOn failOn, Report lint) {
        Comparison found = result.comparison();
        List<Finding> findings = new ArrayList<>();
        found.problems().forEach(p -> findings.add(Finding.of(BROKEN, null, null, p, true)));
        Safety least = failOn == null ? Safety.SAFE : failOn.least();
        findings.addAll(changes(found.plan(), op -> op.safety().ordinal() >= least.ordinal(), true));
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("fail_on", failOn == null ? "any" : failOn.toString());
        putPlan(details, found);
        List<Rule> rules = new ArrayList<>(List.of(DRIFT));
        List<String> notes = new ArrayList<>(notes(found));
        if (lint != null) {
            findings.addAll(lint.findings());
            rules.addAll(lint.rules());
            notes.addAll(lint.notes());
            details.set("lint", lint.details());
        }
        // the verdict: the check's Failing:/Passing: line, else its first line; then the lint's
        List<String> own = lint == null
                ? text
                : text.subList(0, Math.max(0, text.size() - lint.text().size()));
        String summary = own.stream()
                        .filter(line -> line.startsWith("Failing:") || line.startsWith("Passing:"))
                        .findFirst()
                        .orElse(own.isEmpty() ? "" : own.get(0).replaceFirst(":$", "."))
                + (lint == null ? "" : " Lint: " + lint.summary());
        return new Report("check", failed, summary, text, rules, findings, List.of(), notes, details);
    }

    /** {@code diff}: each change a {@code drift} note (a warning where it can lose data), none failing. */
    public static Report diff(Comparison found, List<String> text) {
        return diff(found, text, Against.DATABASE);
    }

    /** {@code diff}, naming what the entities were compared with. */
    public static Report diff(Comparison found, List<String> text, Against against) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        putPlan(details, found);
        List<Finding> findings = new ArrayList<>(changes(found.plan(), op -> false, false));
        found.problems().forEach(p -> findings.add(Finding.of(BROKEN, null, null, p, false)));
        String summary = found.plan().isEmpty()
                ? "No changes."
                : found.plan().operations().size() + " change(s) between the entities and " + against.compared();
        return new Report("diff", false, summary, text, List.of(DRIFT), findings, List.of(), notes(found), details);
    }

    /** {@code validate}: each changed or missing applied migration a failing finding. */
    public static Report validate(Validation validation, List<String> text) {
        List<Finding> findings = new ArrayList<>();
        for (Validation.Changed c : validation.changed()) {
            findings.add(new Finding(
                    CHECKSUM_CHANGED,
                    Level.ERROR,
                    c.revision(),
                    null,
                    file(c.origin()),
                    TerminalText.escape(c.origin()),
                    null,
                    "records other operations than when it was applied (checksum " + c.recorded() + " recorded, "
                            + c.current() + " now)",
                    CHECKSUM_CHANGED.help().replace("REV", c.revision()),
                    false,
                    true));
        }
        for (String id : validation.missing()) {
            findings.add(Finding.of(
                    MIGRATION_MISSING,
                    id,
                    null,
                    "the database has applied it, but no migration has this revision",
                    true));
        }
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        details.put("dialect", validation.dialect());
        details.put("matched", validation.matched());
        validation.unrecorded().forEach(details.putArray("unrecorded")::add);
        return new Report(
                "validate",
                !validation.ok(),
                summary(text),
                text,
                List.of(CHECKSUM_CHANGED, MIGRATION_MISSING),
                findings,
                List.of(),
                List.of(),
                details);
    }

    private static List<Finding> changes(
            MigrationPlan plan, java.util.function.Predicate<Operation> failing, boolean errors) {
        List<String> lines = PlanDescriber.describe(plan);
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < plan.operations().size(); i++) {
            Operation op = plan.operations().get(i);
            boolean fails = failing.test(op);
            Level level = errors && fails
                    ? Level.ERROR
                    : op.safety() == Safety.SAFE ? (errors ? Level.WARNING : Level.NOTE) : Level.WARNING;
            String line = lines.get(i)
                    .replaceFirst("^[-+~*] ", "")
                    .replaceFirst("\\s+\\[[a-z-]+\\]$", "")
                    .strip();
            findings.add(new Finding(
                    DRIFT,
                    level,
                    null,
                    null,
                    null,
                    null,
                    op.table(),
                    op.safety() == Safety.SAFE
                            ? line
                            : line + " ("
                                    + op.safety()
                                            .name()
                                            .toLowerCase(Locale.ROOT)
                                            .replace('_', '-') + ")",
                    DRIFT.help(),
                    false,
                    fails));
        }
        return findings;
    }

    /** The plan as {@link PlanJson} writes it. */
    private static void putPlan(ObjectNode details, Comparison found) {
        details.set("plan", PlanJson.tree(found.plan(), found.possibleRenames()));
    }

    private static List<String> notes(Comparison found) {
        return found.renameHints().stream().map(String::strip).toList();
    }

    private static String summary(List<String> text) {
        return text.isEmpty() ? "" : text.get(text.size() - 1);
    }

    private static Path file(String origin) {
        Objects.requireNonNull(origin, "origin");
        try {
            Path path = Path.of(origin);
            return Files.isRegularFile(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
