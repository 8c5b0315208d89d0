package dev.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Reverts migrations down to the target, logging {@code Running downgrade B -> A, message}. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends AbstractRunMojo {

    /** The revision to downgrade to: a revision id or prefix, {@code -N}, {@code base}; required. */
    @Parameter(property = "autogen.target", required = true)
    private String target;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        target = given.string("target", target);
    }

    @Override
    String goal() {
        return "downgrade";
    }

    @Override
    void run() throws MojoExecutionException {
        if (runner(target).downgrade(target, progress()).isEmpty()) {
            getLog().info("Nothing to downgrade: the database is at " + target);
        }
    }
}
