package dev.autogen.cli.command;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
        name = "revision",
        mixinStandardHelpOptions = true,
        description =
                "Write a new migration file; with --autogenerate, fill it from the differences between entities and database.")
final class RevisionCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(
            names = {"-m", "--message"},
            required = true,
            paramLabel = "MSG",
            description = "What the migration does.")
    String message;

    @Option(names = "--autogenerate", description = "Compare entities with the database and write the operations.")
    boolean autogenerate;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
    String revId;

    @Option(
            names = "--head",
            paramLabel = "REV",
            description = "The parent: a revision (to start a branch), branch@head, or base for a new base.")
    String head;

    @Option(
            names = "--depends-on",
            paramLabel = "REV",
            description = "A revision that must be applied first without being the parent; repeatable.")
    List<String> dependsOn;

    @Option(
            names = "--branch-label",
            paramLabel = "LABEL",
            description = "A branch label for the new revision (target it as LABEL@head); repeatable.")
    List<String> branchLabels;

    @Mixin
    RenameOptions renames;

    @Mixin
    AgainstOptions against;

    @Override
    public Integer call() {
        Path written = against.apply(
                        renames.apply(root.autogen()), root.spec.commandLine().getErr())
                .revision(
                        message,
                        autogenerate,
                        revId,
                        head,
                        dependsOn == null ? List.of() : dependsOn,
                        branchLabels == null ? List.of() : branchLabels);
        root.spec.commandLine().getOut().println(written);
        return 0;
    }

    static int write(RootCommand root, String message, boolean autogenerate, String revId, RenameOptions renames) {
        Path written = renames.apply(root.autogen()).revision(message, autogenerate, revId, null, List.of(), List.of());
        root.spec.commandLine().getOut().println(written);
        return 0;
    }
}
