package dev.autogen.cli.command;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.diff.PlanDescriber;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Exit 1 and list the differences when the entities and the database disagree; exit 0 when they match.")
final class CheckCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Override
    public Integer call() {
        MigrationPlan plan = root.autogen().compare();
        var out = root.spec.commandLine().getOut();
        if (plan.isEmpty()) {
            out.println("No changes: the database matches the entities.");
            return 0;
        }
        out.println("Drift: " + plan.operations().size() + " change(s) between the entities and the database"
                + (plan.destructive() ? ", some of which can lose data:" : ":"));
        PlanDescriber.describe(plan).forEach(line -> out.println("  " + line));
        out.println("Run 'autogen revision --autogenerate -m \"...\"' to write a migration for them.");
        return 1;
    }
}
