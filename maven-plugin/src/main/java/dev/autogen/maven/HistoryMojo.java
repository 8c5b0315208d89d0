package dev.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Lists the migrations, newest first, marked {@code (head)} and, when a URL is set, {@code (current)}. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends AbstractAutogenMojo {

    /** Only the revisions of this range: {@code A:B}, {@code A:} or {@code :B}; each end a target or {@code current}. */
    @Parameter(property = "autogen.range")
    private String range;

    /** One block a revision instead of one line. */
    @Parameter(property = "autogen.verbose", defaultValue = "false")
    private boolean verbose;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        range = given.string("range", range);
        verbose = given.bool("verbose", verbose);
    }

    @Override
    String goal() {
        return "history";
    }

    @Override
    void run() throws MojoExecutionException {
        print(listing().history(blankToNull(range), verbose));
    }
}
