package dev.autogen.cli;

import dev.autogen.engine.CheckReport;
import dev.autogen.engine.CheckResult;
import dev.autogen.engine.CommandReports;
import dev.autogen.engine.DatabaseConnector;
import dev.autogen.engine.FailOn;
import dev.autogen.engine.TerminalText;
import dev.autogen.engine.report.Report;
import dev.autogen.runtime.internal.fanout.FanOut;
import dev.autogen.runtime.internal.fanout.FanOutReport;
import dev.autogen.runtime.internal.fanout.Target;
import dev.autogen.runtime.internal.fanout.TargetResult;
import dev.autogen.runtime.internal.fanout.TargetStatus;
import dev.autogen.runtime.internal.fanout.Tenants;
import dev.autogen.runtime.internal.migration.FanOutTasks;
import dev.autogen.runtime.internal.migration.MigrationListener;
import dev.autogen.runtime.internal.migration.Migrator;
import dev.autogen.runtime.internal.migration.RunOptions;
import dev.autogen.runtime.internal.secret.Redaction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command on many targets ({@code --tenant-schemas}, {@code --tenant-query}, {@code --targets}): finds them, runs the
 * command on each through {@link FanOut} (each target with its own connections, version table and lock; the migrations
 * compiled once), prints a line per target as it finishes and a summary line, and exits 0 when every target is fine, 1
 * when one differs ({@code check}, {@code validate}), 2 with one line naming how many failed and the first.
 */
public final class TenantRun {

    /**
     * Which targets and how to run them, as the command line gave them.
     *
     * @param tenantSchemas a glob of schema names, or null
     * @param tenantQuery SQL returning schema names, or null
     * @param targetsFile a file of JDBC URLs, one a line, or null
     * @param parallel how many at once
     * @param canary how many go first
     * @param continueOnError whether a failure lets the others go on
     */
    public record Selection(
            String tenantSchemas,
            String tenantQuery,
            Path targetsFile,
            int parallel,
            int canary,
            boolean continueOnError) {

        /** Whether a set of targets was given. */
        public boolean active() {
            return tenantSchemas != null || tenantQuery != null || targetsFile != null;
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    private final Project project;
    private final Selection selection;
    private final PrintWriter out;
    private final Consumer<Report> reports;
    private final Map<Target, DatabaseConnector> connectors = new IdentityHashMap<>();

    public TenantRun(Project project, Selection selection, PrintWriter out) {
        this(project, selection, out, null);
    }

    /**
     * @param reports where the whole report goes once every target is done, in another format than the text lines
     *     ({@code --format json}, {@code --output}); null to print the text lines as the targets finish
     */
    public TenantRun(Project project, Selection selection, PrintWriter out, Consumer<Report> reports) {
        this.project = project;
        this.selection = selection;
        this.out = out;
        this.reports = reports;
    }

    /** {@code upgrade --tenant-schemas ...}: each target upgraded to {@code revision}; those already there skipped. */
    public int upgrade(String revision, RunOptions options) {
        return run("upgrade", FanOutTasks.upgrade(migrators(options), revision, t -> MigrationListener.NONE));
    }

    /** {@code downgrade --tenant-schemas ...}. */
    public int downgrade(String revision, RunOptions options) {
        return run("downgrade", FanOutTasks.downgrade(migrators(options), revision, t -> MigrationListener.NONE));
    }

    /** {@code current --tenant-schemas ...}: each target's revisions. */
    public int current() {
        return run("current", FanOutTasks.current(migrators(RunOptions.defaults())));
    }

    /** {@code validate --tenant-schemas ...}: each target's checksums; one whose migrations changed differs. */
    public int validate() {
        return run("validate", FanOutTasks.validate(migrators(RunOptions.defaults())));
    }

    /** {@code check --tenant-schemas ...}: each target compared with the entities; one that drifted differs. */
    public int check(FailOn failOn) {
        return run("check", target -> {
            Project one = project.on(connectors.get(target));
            List<String> at = one.migrator(RunOptions.defaults()).current();
            CheckResult result = one.check();
            CheckReport report = CheckReport.of(result, failOn, CliSettingNames.INSTANCE);
            if (!report.fails()) {
                return FanOut.Outcome.ok(at, at);
            }
            String first = report.lines().isEmpty() ? "differs" : report.lines().get(0);
            return new FanOut.Outcome(TargetStatus.DIFFERS, at, at, first);
        });
    }

    private Function<Target, Migrator> migrators(RunOptions options) {
        return target -> project.on(connectors.get(target)).migrator(options);
    }

    private int run(String command, FanOut.Task task) {
        FanOut.Options options;
        try {
            options = new FanOut.Options(selection.parallel(), selection.canary(), selection.continueOnError());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        List<Target> targets = targets();
        // the revision graph is read, and checked, once before any target; each target shares it
        project.migrator(RunOptions.defaults()).migrations();
        List<String> lines = new java.util.ArrayList<>();
        Consumer<TargetResult> printing = result -> {
            synchronized (lines) {
                lines.add(line(result));
            }
            if (reports == null) {
                out.println(line(result));
                out.flush();
            }
        };
        FanOutReport report = new FanOut(options).run(targets, task, printing);
        if (reports == null) {
            out.println(report.summary());
            out.flush();
        } else {
            lines.add(report.summary());
            reports.accept(CommandReports.fanOut(command, report, lines));
        }
        int failed = report.count(TargetStatus.FAILED);
        if (failed > 0) {
            TargetResult first = report.firstFailure().orElseThrow();
            throw new UserError(failed + " of " + targets.size() + " target" + (targets.size() == 1 ? "" : "s")
                    + " failed, the first " + TerminalText.escape(first.target()) + ": " + first.error());
        }
        if (report.count(TargetStatus.NOT_RUN) > 0) {
            throw new UserError(report.count(TargetStatus.NOT_RUN) + " of " + targets.size()
                    + " targets were not run: "
                    + report.results().stream()
                            .filter(r -> r.status() == TargetStatus.NOT_RUN)
                            .findFirst()
                            .orElseThrow()
                            .error());
        }
        return report.count(TargetStatus.DIFFERS) > 0 ? 1 : 0;
    }

    /**
     * One target's line: {@code tenant_0001  base -> 3f2a9c1d7e4b  ok  0.4 s}, with {@code : why} after a failure, a
     * difference or a target not run; one revision where nothing moved.
     */
    public static String line(TargetResult result) {
        StringBuilder line = new StringBuilder(TerminalText.escape(result.target())).append("  ");
        String from = revisions(result.from());
        String to = revisions(result.to());
        if (result.status() == TargetStatus.FAILED || result.status() == TargetStatus.NOT_RUN) {
            line.append("-");
        } else if (from.equals(to)) {
            line.append(to);
        } else {
            line.append(from).append(" -> ").append(to);
        }
        line.append("  ").append(result.status().label());
        line.append("  ").append(FanOut.formatSeconds(result.seconds())).append(" s");
        if (result.error() != null) {
            line.append(": ").append(TerminalText.escape(result.error()));
        }
        return line.toString();
    }

    private static String revisions(List<String> revisions) {
        return revisions.isEmpty() ? "base" : String.join(",", revisions);
    }

    /** The targets the selection names, each with the connector a target's project works through. */
    private List<Target> targets() {
        var settings = project.settings();
        List<String> secrets = settings.secrets();
        int given = (selection.tenantSchemas() != null ? 1 : 0)
                + (selection.tenantQuery() != null ? 1 : 0)
                + (selection.targetsFile() != null ? 1 : 0);
        if (given > 1) {
            throw new UserError("give one of --tenant-schemas, --tenant-query and --targets, not several");
        }
        if (selection.targetsFile() != null) {
            return fileTargets(selection.targetsFile());
        }
        if (settings.schema() != null) {
            throw new UserError("--schema (or AUTOGEN_SCHEMA, schema=) names one schema and --tenant-schemas or"
                    + " --tenant-query many; give one of them");
        }
        DatabaseConnector server = DatabaseConnector.of(
                        project.database().requireUrl(), settings.user(), settings.password(), null)
                .withNames(CliSettingNames.INSTANCE);
        Tenants tenants = selection.tenantSchemas() != null
                ? Tenants.schemas(selection.tenantSchemas())
                : Tenants.query(selection.tenantQuery());
        List<Target> found = new ArrayList<>();
        for (Target named : tenants.resolve(server::connect, secrets)) {
            DatabaseConnector connector = DatabaseConnector.of(
                            server.url(), settings.user(), settings.password(), named.schema())
                    .withNames(CliSettingNames.INSTANCE);
            Target target = new Target(named.name(), named.schema(), connector::connect, secrets);
            connectors.put(target, connector);
            found.add(target);
        }
        return found;
    }

    /**
     * A targets file: one JDBC URL a line (blank lines and {@code #} comments skipped), {@code ${VAR}} replaced by the
     * environment's value, so that each target's credentials can come from its own variables; otherwise the user and
     * password are the settings' ({@code AUTOGEN_USER}, {@code AUTOGEN_PASSWORD}). A target is named by its line as
     * written, its password masked.
     */
    private List<Target> fileTargets(Path file) {
        var settings = project.settings();
        Path path = project.workingDir().resolve(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(path);
        } catch (IOException | RuntimeException e) {
            throw new UserError("cannot read the --targets file " + file + ": " + reason(e));
        }
        List<Target> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String written = lines.get(i).strip();
            if (written.isEmpty() || written.startsWith("#")) {
                continue;
            }
            String url = expand(written, file, i + 1);
            if (!url.startsWith("jdbc:")) {
                throw new UserError(file + " line " + (i + 1) + " is not a JDBC URL (jdbc:...): "
                        + TerminalText.escape(Redaction.mask(written, settings.secrets())));
            }
            List<String> secrets = new ArrayList<>(settings.secrets());
            secrets.addAll(List.of(Redaction.secrets(url, settings.password())));
            String name = Redaction.mask(written, secrets);
            DatabaseConnector connector = DatabaseConnector.of(
                            url, settings.user(), settings.password(), settings.schema())
                    .withNames(CliSettingNames.INSTANCE);
            Target target = new Target(name, settings.schema(), connector::connect, secrets);
            connectors.put(target, connector);
            found.add(target);
        }
        if (found.isEmpty()) {
            throw new UserError("the --targets file " + file + " lists no JDBC URL");
        }
        return found;
    }

    private String expand(String line, Path file, int number) {
        Matcher m = VARIABLE.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = project.environment().get(m.group(1));
            if (value == null) {
                throw new UserError(
                        file + " line " + number + " names ${" + m.group(1) + "}, which the environment does not set");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
