package dev.autogen.maven;

import dev.autogen.core.database.Dialect;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.runtime.internal.migration.Migrator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the SQL script of an upgrade or a downgrade over a range of revisions, for the database kind the URL names;
 * connects to nothing.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SqlMojo extends AbstractAutogenMojo {

    /**
     * The revisions: {@code FROM:TO}, or {@code TO} for an upgrade from base ({@code head}, {@code 9d1c0b7a2e55:head});
     * a downgrade always names where it starts ({@code head:9d1c0b7a2e55}).
     */
    @Parameter(property = "autogen.range", defaultValue = "head")
    private String range;

    /** {@code upgrade} (the default) or {@code downgrade}. */
    @Parameter(property = "autogen.direction", defaultValue = "upgrade")
    private String direction;

    /** The script's file; default {@code target/autogen/upgrade.sql} or {@code target/autogen/downgrade.sql}. */
    @Parameter(property = "autogen.output")
    private File output;

    /** One transaction for the whole script instead of one per migration. */
    @Parameter(property = "autogen.transactionPerRun", defaultValue = "false")
    private boolean transactionPerRun;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        range = given.string("range", range);
        direction = given.string("direction", direction);
        output = given.file("output", output, project().getBasedir());
        transactionPerRun = given.bool("transactionPerRun", transactionPerRun);
    }

    @Override
    String goal() {
        return "sql";
    }

    @Override
    void run() throws MojoExecutionException {
        boolean down = "downgrade".equalsIgnoreCase(direction.strip());
        if (!down && !"upgrade".equalsIgnoreCase(direction.strip())) {
            throw new MojoExecutionException(
                    "direction (-Dautogen.direction) is upgrade or downgrade, not '" + direction + "'");
        }
        Dialect dialect;
        try {
            dialect = Dialects.forUrl(database().requireUrl());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(
                    e.getMessage() + "; autogen:sql writes SQL for the database kind the URL names");
        }
        Path versions = versions();
        Migrator offline = Migrator.builder()
                .connections(() -> {
                    throw new IllegalStateException("autogen:sql connects to no database");
                })
                .versions(versions)
                .cacheRoot(compiledClasses(versions))
                .dialect(dialect)
                .transactionPerRun(transactionPerRun)
                .lockTimeout(Duration.ofMinutes(5))
                .build();
        String script = down ? offline.downgradeSql(range) : offline.upgradeSql(range);
        File output = this.output != null
                ? this.output
                : new File(project().getBuild().getDirectory(), "autogen/" + (down ? "downgrade" : "upgrade") + ".sql");
        try {
            Files.createDirectories(output.toPath().toAbsolutePath().getParent());
            Files.writeString(output.toPath(), script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + output + ": " + e.getMessage());
        }
        getLog().info("Wrote the " + (down ? "downgrade" : "upgrade") + " script for " + range + " to " + output);
    }
}
