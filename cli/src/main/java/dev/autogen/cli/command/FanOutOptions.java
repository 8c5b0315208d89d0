package dev.autogen.cli.command;

import dev.autogen.cli.Project;
import dev.autogen.cli.TenantRun;
import dev.autogen.cli.UserError;
import dev.autogen.engine.report.Report;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The targets of a fan-out, for {@code upgrade}, {@code downgrade}, {@code current}, {@code check} and
 * {@code validate}: many schemas of one server, or many databases, each with its own version table and lock.
 */
final class FanOutOptions {

    @Option(
            names = "--tenant-schemas",
            paramLabel = "GLOB",
            description = "Run on every schema of the server whose name matches GLOB (* and ?; on MariaDB and MySQL,"
                    + " every database), each with its own version table and lock.")
    String tenantSchemas;

    @Option(
            names = "--tenant-query",
            paramLabel = "SQL",
            description = "Run on the schemas whose names SQL returns in its first column.")
    String tenantQuery;

    @Option(
            names = "--targets",
            paramLabel = "FILE",
            description = "Run on the databases FILE lists, one JDBC URL a line (# comments); ${VAR} is replaced by"
                    + " the environment's value; user and password from --user/--password (AUTOGEN_USER,"
                    + " AUTOGEN_PASSWORD) unless the URL names them.")
    Path targets;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            defaultValue = "1",
            description = "With a set of targets: how many run at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(
            names = "--canary",
            paramLabel = "K",
            defaultValue = "0",
            description = "With a set of targets: run the first K first; when one fails, run no other.")
    int canary;

    @Option(
            names = "--continue-on-error",
            description = "With a set of targets: go on after a target fails (default: stop; the running ones"
                    + " finish), and exit 2 at the end.")
    boolean continueOnError;

    /** Whether a set of targets was given; without one, the fan-out flags are an error. */
    boolean active() {
        boolean targeted = tenantSchemas != null || tenantQuery != null || targets != null;
        if (!targeted && (parallel != 1 || canary != 0 || continueOnError)) {
            throw new UserError("--parallel, --canary and --continue-on-error need a set of targets: --tenant-schemas,"
                    + " --tenant-query or --targets");
        }
        return targeted;
    }

    TenantRun on(Project project, java.io.PrintWriter out) {
        return on(project, out, null);
    }

    /** With {@code reports} ({@link ReportOptions#whole}) the results go there as one report at the end. */
    TenantRun on(Project project, java.io.PrintWriter out, java.util.function.Consumer<Report> reports) {
        return new TenantRun(
                project,
                new TenantRun.Selection(tenantSchemas, tenantQuery, targets, parallel, canary, continueOnError),
                out,
                reports);
    }
}
