package dev.autogen.maven;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.diff.PlanDescriber;
import dev.autogen.diff.PlanJson;
import dev.autogen.engine.Comparison;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lists the operations that would bring the database in line with the entities; never fails on drift. Without a URL,
 * or with {@code against}, it compares with the schema the migrations build ({@code dialect} names the database).
 */
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DiffMojo extends AbstractComparingMojo {

    /** {@code text} (the default) or {@code json}. */
    @Parameter(property = "autogen.format", defaultValue = "text")
    private String format;

    /** Renames to make, keeping the data, instead of a drop and an add: {@code users=people}, {@code users.name=full_name}. */
    @Parameter(property = "autogen.renames")
    private List<String> renames;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        format = given.string("format", format);
        renames = given.list("renames", renames);
    }

    @Override
    String goal() {
        return "diff";
    }

    @Override
    void run() throws MojoExecutionException {
        requireCompiledClasses();
        boolean json = "json".equalsIgnoreCase(format.strip());
        if (!json && !"text".equalsIgnoreCase(format.strip())) {
            throw new MojoExecutionException("format (-Dautogen.format) is text or json, not '" + format + "'");
        }
        Comparison found = engine(renames).compare();
        MigrationPlan plan = found.plan();
        if (json) {
            getLog().info(PlanJson.render(plan, found.possibleRenames()));
            return;
        }
        if (plan.isEmpty()) {
            getLog().info("No changes.");
        } else {
            print(PlanDescriber.describe(plan));
            print(found.renameHints());
        }
        print(found.problems());
    }
}
