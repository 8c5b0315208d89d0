package dev.autogen.cli.command;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.diff.PlanDescriber;
import dev.autogen.engine.CheckResult;
import dev.autogen.engine.Comparison;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Exit 1 and list the differences when the entities and the database disagree; exit 0 when they match.",
            "With --fail-on, exit 1 only when a change of that class (or a worse one) is among them."
        })
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Mixin
    RenameOptions renames;

    @Option(
            names = "--fail-on",
            paramLabel = "CLASS",
            converter = FailOn.Converter.class,
            description =
                    "destructive, data-dependent (data-dependent or destructive) or any (the default: every change).")
    FailOn failOn;

    @Override
    public Integer call() {
        CheckResult result = renames.apply(root.autogen()).check();
        Comparison found = result.comparison();
        MigrationPlan plan = found.plan();
        var out = root.spec.commandLine().getOut();
        if (result.broken()) {
            out.println("Broken: the application cannot use the database as it is:");
            found.problems().forEach(line -> out.println("  " + line));
        }
        if (plan.isEmpty()) {
            if (result.broken()) {
                return 1;
            }
            out.println("No changes: the database matches the entities.");
            return 0;
        }
        out.println("Drift: " + plan.operations().size() + " change(s) between the entities and the database"
                + (result.destructive() ? ", some of which can lose data:" : ":"));
        PlanDescriber.describe(plan).forEach(line -> out.println("  " + line));
        found.renameHints().forEach(line -> out.println("  " + line));
        out.println("Run 'autogen revision --autogenerate -m \"...\"' to write a migration for them.");
        if (failOn == null || result.broken()) {
            return 1;
        }
        long failing = result.changesAtLeast(failOn.least()).size();
        if (failing == 0) {
            out.println("Passing: no change is " + failOn.classes() + " (--fail-on " + failOn + ").");
            return 0;
        }
        out.println("Failing: " + failing + " change(s) "
                + (failOn == FailOn.ANY ? "" : "are " + failOn.classes() + " ") + "(--fail-on " + failOn + ").");
        return 1;
    }
}
