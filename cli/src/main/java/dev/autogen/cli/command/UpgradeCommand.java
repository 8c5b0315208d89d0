package dev.autogen.cli.command;

import dev.autogen.cli.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "upgrade", mixinStandardHelpOptions = true, description = "Apply migrations up to a target revision.")
final class UpgradeCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(
            arity = "0..1",
            paramLabel = "TARGET",
            defaultValue = "head",
            description = "head (default), heads, a revision id or unique prefix, +N, branch@head, branch@+N or rev+N;"
                    + " with --sql also FROM:TO.")
    String target;

    @Option(
            names = {"-q", "--quiet"},
            description = "Do not print each step.")
    boolean quiet;

    @Mixin
    RunOptionsMixin run;

    @Mixin
    FanOutOptions fanOut;

    @Mixin
    ReportOptions reports;

    @Option(
            names = "--validate",
            negatable = true,
            description = "First check that the migrations the database has applied are unchanged since (their"
                    + " checksums), and refuse to run when one changed (env AUTOGEN_VALIDATE_ON_MIGRATE; key"
                    + " 'validate-on-migrate'; default: on).")
    Boolean validate;

    @Override
    public Integer call() {
        var out = root.spec.commandLine().getOut();
        Project app = root.autogen();
        var whole = reports.whole(root, app.workingDir());
        if (whole != null && !fanOut.active()) {
            throw new dev.autogen.cli.UserError("--format and --output report the results over a set of targets"
                    + " (--tenant-schemas, --tenant-query, --targets); one database's %s prints its steps as text"
                            .formatted("upgrade"));
        }
        if (run.sql && fanOut.active()) {
            throw new dev.autogen.cli.UserError("--sql writes one script and connects to nothing; it takes no targets");
        }
        if (run.sql) {
            out.print(app.upgradeSql(target, run.options(app.settings())));
            out.flush();
            return 0;
        }
        Boolean configured = app.settings().validateOnMigrate();
        boolean validating = validate != null ? validate : configured == null || configured;
        if (fanOut.active()) {
            return fanOut.on(app, out, whole)
                    .upgrade(target, run.options(app.settings()).withValidateOnMigrate(validating));
        }
        app.upgrade(
                target,
                run.options(app.settings()).withValidateOnMigrate(validating),
                quiet ? line -> {} : out::println);
        return 0;
    }
}
