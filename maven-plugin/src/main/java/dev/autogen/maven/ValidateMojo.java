package dev.autogen.maven;

import dev.autogen.engine.ValidationReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails the build, naming each revision, when a migration the database has applied has changed since (its checksum over
 * the operations it records differs from the one recorded then) or is missing.
 */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ValidateMojo extends AbstractAutogenMojo {

    @Override
    String goal() {
        return "validate";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        database().requireUrl();
        ValidationReport report = ValidationReport.of(migrator().build().validate(), PluginSettingNames.INSTANCE);
        if (!report.fails()) {
            report.lines().forEach(getLog()::info);
            return;
        }
        report.lines().forEach(getLog()::error);
        throw new MojoFailureException(report.lines().get(report.lines().size() - 1));
    }
}
