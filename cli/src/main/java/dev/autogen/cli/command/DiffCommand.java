package dev.autogen.cli.command;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.diff.PlanDescriber;
import dev.autogen.diff.PlanJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Print the operations that would bring the database in line with the entities.")
final class DiffCommand implements Callable<Integer> {
    enum Format { text, json }

    @ParentCommand
    RootCommand root;

    @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
    Format format;

    @Override
    public Integer call() {
        MigrationPlan plan = root.autogen().compare();
        var out = root.spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(PlanJson.render(plan));
        } else if (plan.isEmpty()) {
            out.println("No changes.");
        } else {
            PlanDescriber.describe(plan).forEach(out::println);
        }
        return 0;
    }
}
