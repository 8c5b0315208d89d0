package dev.autogen.cli.command;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.diff.PlanDescriber;
import dev.autogen.engine.CommandReports;
import dev.autogen.engine.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Print the operations that would bring the database in line with the entities.")
final class DiffCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Mixin
    ReportOptions reports;

    @Mixin
    RenameOptions renames;

    @Mixin
    AgainstOptions against;

    @Override
    public Integer call() {
        var project = against.apply(
                renames.apply(root.autogen()), root.spec.commandLine().getErr());
        Comparison found = project.comparison();
        MigrationPlan plan = found.plan();
        List<String> text = new ArrayList<>();
        if (plan.isEmpty()) {
            text.add("No changes.");
        } else {
            text.addAll(PlanDescriber.describe(plan));
            text.addAll(found.renameHints());
        }
        text.addAll(found.problems());
        reports.emit(root, CommandReports.diff(found, text, project.against()), project.workingDir());
        return 0;
    }
}
