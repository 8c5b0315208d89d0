package dev.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Logs the newest revision(s), with their branch labels. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends AbstractAutogenMojo {

    /** One block a revision instead of one line. */
    @Parameter(property = "autogen.verbose", defaultValue = "false")
    private boolean verbose;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        verbose = given.bool("verbose", verbose);
    }

    @Override
    String goal() {
        return "heads";
    }

    @Override
    void run() throws MojoExecutionException {
        print(listing().heads(verbose));
    }
}
