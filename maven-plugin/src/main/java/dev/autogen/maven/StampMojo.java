package dev.autogen.maven;

import dev.autogen.engine.ProgressLines;
import dev.autogen.engine.TerminalText;
import dev.autogen.runtime.internal.migration.Stamp;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Writes the version table as if the database were at the target, running nothing. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends AbstractAutogenMojo {

    /** The revision(s) to record: {@code head}, a revision id, {@code base}; comma-separated for several. */
    @Parameter(property = "autogen.target", required = true)
    private List<String> target;

    /** Empties the version table first, also of revisions the versions folder does not know. */
    @Parameter(property = "autogen.purge", defaultValue = "false")
    private boolean purge;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        target = given.list("target", target);
        purge = given.bool("purge", purge);
    }

    @Override
    String goal() {
        return "stamp";
    }

    @Override
    void run() throws MojoExecutionException {
        database().requireUrl();
        Stamp stamp = migrator().build().stamp(list(target), purge, new ProgressLines(getLog()::info));
        getLog().info("Running " + TerminalText.escape(stamp.describe()));
    }
}
