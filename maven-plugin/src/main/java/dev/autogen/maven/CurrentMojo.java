package dev.autogen.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Logs the revision(s) the database is at. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CurrentMojo extends AbstractAutogenMojo {

    @Override
    String goal() {
        return "current";
    }

    @Override
    void run() throws MojoExecutionException {
        database().requireUrl();
        print(listing().current());
    }
}
