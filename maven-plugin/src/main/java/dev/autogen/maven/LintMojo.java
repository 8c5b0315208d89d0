package dev.autogen.maven;

import dev.autogen.engine.lint.LintFailOn;
import dev.autogen.engine.lint.LintFinding;
import dev.autogen.engine.lint.LintFormat;
import dev.autogen.engine.lint.LintReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen lint}: fails the build when a migration blocks writes to a table that holds rows, drops what the
 * project's entities still map or, with {@code lintFailOn=warning}, can lose data (rules {@code AG101} to
 * {@code AG302}, see the README). Needs no database where {@code dialect} is given; bound in {@code <executions>}, it
 * runs in the {@code verify} phase. The findings are logged; with {@code lintFormat} json or sarif they are also
 * written to {@code lintOutput} (default {@code target/autogen/lint.json} or {@code lint.sarif}).
 */
@Mojo(
        name = "lint",
        defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class LintMojo extends AbstractAutogenMojo {

    /**
     * The migrations: {@code TO} (from base) or {@code FROM:TO}, or {@code current:TO} for those the database has not
     * run (needs the URL); default every migration, {@code base:heads}.
     */
    @Parameter(property = "autogen.lintRange")
    private String lintRange;

    /** {@code postgresql}, {@code mariadb}, {@code mysql}, {@code sqlite} or {@code h2}; default the URL's database. */
    @Parameter(property = "autogen.dialect")
    private String dialect;

    /** What fails the build: {@code error} (the default), {@code warning} or {@code none}. */
    @Parameter(property = "autogen.lintFailOn", defaultValue = "error")
    private String lintFailOn;

    /** {@code text} (the default: the log only), {@code json} or {@code sarif}, also written to {@code lintOutput}. */
    @Parameter(property = "autogen.lintFormat", defaultValue = "text")
    private String lintFormat;

    /** The report's file for json and sarif; default {@code target/autogen/lint.json} or {@code lint.sarif}. */
    @Parameter(property = "autogen.lintOutput")
    private File lintOutput;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        lintRange = given.string("lintRange", lintRange);
        dialect = given.string("dialect", dialect);
        lintFailOn = given.string("lintFailOn", lintFailOn);
        lintFormat = given.string("lintFormat", lintFormat);
        lintOutput = given.file("lintOutput", lintOutput, project().getBasedir());
    }

    @Override
    String goal() {
        return "lint";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        LintFailOn failOn = LintFailOn.parse(lintFailOn)
                .orElseThrow(() -> new MojoExecutionException(
                        "lintFailOn (-Dautogen.lintFailOn) is error, warning or none, not '" + lintFailOn + "'"));
        LintFormat format = LintFormat.parse(lintFormat)
                .orElseThrow(() -> new MojoExecutionException(
                        "lintFormat (-Dautogen.lintFormat) is text, json or sarif, not '" + lintFormat + "'"));
        requireCompiledClasses();
        LintReport report = engine(List.of()).lint(lintRange, dialect);
        Path base = project().getBasedir().toPath();
        String threshold = "lintFailOn=" + failOn;
        boolean fails = report.fails(failOn);
        for (String line : LintFormat.textLines(report, failOn, threshold, base)) {
            if (fails) {
                getLog().error(line);
            } else {
                getLog().info(line);
            }
        }
        if (format != LintFormat.TEXT) {
            File output = lintOutput != null
                    ? lintOutput
                    : new File(project().getBuild().getDirectory(), "autogen/lint." + format);
            try {
                Files.createDirectories(output.toPath().toAbsolutePath().getParent());
                Files.writeString(
                        output.toPath(), format.render(report, failOn, threshold, base), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + output + ": " + e.getMessage());
            }
            getLog().info("Wrote the lint report (" + format + ") to " + output);
        }
        if (fails) {
            List<LintFinding> failing = report.failing(failOn);
            throw new MojoFailureException(failing.size() + " lint finding(s) reach " + threshold + " (listed above)");
        }
    }
}
