package dev.autogen.cli.command;

import dev.autogen.cli.Project;
import dev.autogen.cli.UserError;
import dev.autogen.diff.rename.Rename;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rename OLD=NEW}: for the commands that compare entities with the database. */
final class RenameOptions {

    @Option(
            names = "--rename",
            paramLabel = "OLD=NEW",
            description = "A renamed table (OLD=NEW) or column (TABLE.OLD=NEW): rename it and keep its data instead of"
                    + " dropping and adding; repeatable.")
    List<String> specs = new ArrayList<>();

    /** The project, told about the renames. */
    Project apply(Project project) {
        List<Rename> renames = new ArrayList<>();
        for (String spec : specs) {
            try {
                renames.add(Rename.parse(spec));
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
        return project.withRenames(renames);
    }
}
