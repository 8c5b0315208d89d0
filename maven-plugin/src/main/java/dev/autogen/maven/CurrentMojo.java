package dev.autogen.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;

@Mojo(name = "current", threadSafe = true)
public final class CurrentMojo extends AbstractMojo {
    @Override
    public void execute() {
        getLog().info("x");
    }
}
