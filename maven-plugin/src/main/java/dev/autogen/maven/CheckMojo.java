package dev.autogen.maven;

import dev.autogen.engine.Against;
import dev.autogen.engine.Autogenerate;
import dev.autogen.engine.CheckReport;
import dev.autogen.engine.FailOn;
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
 * one fail it. Without a URL, it compares with the schema the migrations build ({@code against}, {@code dialect}).
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class CheckMojo extends AbstractComparingMojo {

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
        FailOn threshold = threshold();
        Autogenerate engine = engine(renames);
        CheckReport report = CheckReport.of(engine.check(), threshold, PluginSettingNames.INSTANCE, engine.against());
        if (!report.fails()) {
            report.lines().forEach(getLog()::info);
            return;
        }
        report.lines().forEach(getLog()::error);
        String last = report.lines().get(report.lines().size() - 1);
        throw new MojoFailureException(
                last.startsWith("Failing: ")
                        ? last.substring("Failing: ".length())
                        : engine.against() == Against.DATABASE
                                ? "the database does not match the entities (listed above)"
                                : "the migrations do not build what the entities map (listed above)");
    }

    /** {@code failOn}: null for {@code drift}, which fails on any change as a check without a threshold does. */
    private FailOn threshold() throws MojoExecutionException {
        if (failOn == null || failOn.isBlank() || failOn.strip().equalsIgnoreCase("drift")) {
            return null;
        }
        return FailOn.parse(failOn)
                .orElseThrow(() -> new MojoExecutionException(
                        "failOn (-Dautogen.failOn) is drift, any, data-dependent or destructive, not '" + failOn
                                + "'"));
    }
}
