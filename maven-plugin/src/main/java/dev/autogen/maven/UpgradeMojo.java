package dev.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Applies migrations up to the target ({@code head} by default), logging {@code Running upgrade A -> B, message}. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends AbstractRunMojo {

    /** The revision to upgrade to: {@code head}, {@code heads}, a revision id or prefix, {@code branch@head}, {@code +N}. */
    @Parameter(property = "autogen.target", defaultValue = "head")
    private String target;

    /**
     * First checks that the migrations the database has applied are unchanged since (their checksums), and fails
     * without running anything when one changed.
     */
    @Parameter(property = "autogen.validateOnMigrate", defaultValue = "true")
    private boolean validateOnMigrate;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        target = given.string("target", target);
        validateOnMigrate = given.bool("validateOnMigrate", validateOnMigrate);
    }

    @Override
    String goal() {
        return "upgrade";
    }

    @Override
    void run() throws MojoExecutionException {
        if (runner(target, validateOnMigrate).upgrade(target, progress()).isEmpty()) {
            getLog().info("Nothing to upgrade: the database is at " + target);
        }
    }
}
