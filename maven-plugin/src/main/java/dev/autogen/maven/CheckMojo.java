package dev.autogen.maven;

import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.diff.PlanDescriber;
import dev.autogen.engine.CheckResult;
import dev.autogen.engine.Comparison;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build when the project's entities and the database disagree, listing the differences; bound in
 * {@code <executions>}, it runs in the {@code verify} phase. With {@code failOn}, only changes of that class or a worse
 * one fail it.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends AbstractAutogenMojo {

    /** What fails the build: {@code drift} (any change, the default), {@code any}, {@code data-dependent}, {@code destructive}. */
    @Parameter(property = "autogen.failOn", defaultValue = "drift")
    private String failOn;

    /** Renames to make, keeping the data, instead of a drop and an add: {@code users=people}, {@code users.name=full_name}. */
    @Parameter(property = "autogen.renames")
    private List<String> renames;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        failOn = given.string("failOn", failOn);
        renames = given.list("renames", renames);
    }

    @Override
    String goal() {
        return "check";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        requireCompiledClasses();
        FailOn threshold = FailOn.parse(failOn);
        CheckResult result = engine(renames).check();
        Comparison found = result.comparison();
        MigrationPlan plan = found.plan();
        if (result.broken()) {
            getLog().error("Broken: the application cannot use the database as it is:");
            found.problems().forEach(line -> getLog().error("  " + line));
        }
        if (plan.isEmpty()) {
            if (result.broken()) {
                throw new MojoFailureException("the application cannot use the database as it is (listed above)");
            }
            getLog().info("No changes: the database matches the entities.");
            return;
        }
        long failing =
                result.broken() ? 1 : result.changesAtLeast(threshold.least()).size();
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Drift: " + plan.operations().size() + " change(s) between the entities and the database"
                + (result.destructive() ? ", some of which can lose data:" : ":"));
        PlanDescriber.describe(plan).forEach(line -> lines.add("  " + line));
        found.renameHints().forEach(line -> lines.add("  " + line));
        lines.add("Run 'mvn autogen:revision -Dautogen.message=\"...\"' to write a migration for them.");
        if (failing == 0) {
            lines.forEach(getLog()::warn);
            getLog().info("Passing: no change is " + threshold.classes() + " (failOn " + threshold + ").");
            return;
        }
        lines.forEach(getLog()::error);
        throw new MojoFailureException(
                threshold.least() == dev.autogen.core.ops.Safety.SAFE || result.broken()
                        ? "the database does not match the entities: "
                                + plan.operations().size() + " change(s)" + " (listed above)"
                        : failing + " change(s) are " + threshold.classes() + " (failOn " + threshold
                                + ", listed above)");
    }
}
