package dev.autogen.cli.command;

import dev.autogen.cli.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "downgrade",
        mixinStandardHelpOptions = true,
        description = "Revert migrations down to a target revision.")
final class DowngradeCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Parameters(
            arity = "1",
            paramLabel = "TARGET",
            description = "A revision id or unique prefix, -N, base, branch@-N, branch@base or rev-N; with --sql"
                    + " FROM:TO (e.g. head:base).")
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

    @Override
    public Integer call() {
        var out = root.spec.commandLine().getOut();
        Project app = root.autogen();
        var whole = reports.whole(root, app.workingDir());
        if (whole != null && !fanOut.active()) {
            throw new dev.autogen.cli.UserError("--format and --output report the results over a set of targets"
                    + " (--tenant-schemas, --tenant-query, --targets); one database's %s prints its steps as text"
                            .formatted("downgrade"));
        }
        if (run.sql && fanOut.active()) {
            throw new dev.autogen.cli.UserError("--sql writes one script and connects to nothing; it takes no targets");
        }
        if (run.sql) {
            out.print(app.downgradeSql(target, run.options(app.settings())));
            out.flush();
            return 0;
        }
        if (fanOut.active()) {
            return fanOut.on(app, out, whole).downgrade(target, run.options(app.settings()));
        }
        app.downgrade(target, run.options(app.settings()), quiet ? line -> {} : out::println);
        return 0;
    }
}
