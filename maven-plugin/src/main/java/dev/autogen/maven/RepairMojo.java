package dev.autogen.maven;

import dev.autogen.engine.ProgressLines;
import dev.autogen.engine.ValidationReport;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records the checksum applied migrations have now, accepting a change made to them after they were applied, so that
 * {@code autogen:validate} and {@code autogen:upgrade} pass again.
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RepairMojo extends AbstractAutogenMojo {

    /** The applied revision(s) whose checksum to record: ids, prefixes or branch labels, comma-separated. */
    @Parameter(property = "autogen.accept", required = true)
    private List<String> accept;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        accept = given.list("accept", accept);
    }

    @Override
    String goal() {
        return "repair";
    }

    @Override
    void run() throws MojoExecutionException {
        database().requireUrl();
        List<String> revisions = list(accept);
        if (revisions.isEmpty()) {
            throw new MojoExecutionException("autogen:repair needs the revisions to accept: -Dautogen.accept=REV");
        }
        print(ValidationReport.accepted(migrator().build().accept(revisions, new ProgressLines(getLog()::info))));
    }
}
