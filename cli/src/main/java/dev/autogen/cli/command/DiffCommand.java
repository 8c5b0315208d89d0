package dev.autogen.cli.command;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.diff.PlanDescriber;
import dev.autogen.diff.PlanJson;
import dev.autogen.engine.Comparison;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = "Print the operations that would bring the database in line with the entities.")
final class DiffCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    @ParentCommand
    RootCommand root;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Mixin
    RenameOptions renames;

    @Override
    public Integer call() {
        Comparison found = renames.apply(root.autogen()).comparison();
        MigrationPlan plan = found.plan();
        var out = root.spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(PlanJson.render(plan, found.possibleRenames()));
        } else if (plan.isEmpty()) {
            out.println("No changes.");
        } else {
            PlanDescriber.describe(plan).forEach(out::println);
            found.renameHints().forEach(out::println);
        }
        if (format != Format.json) {
            found.problems().forEach(out::println);
        }
        return 0;
    }
}
