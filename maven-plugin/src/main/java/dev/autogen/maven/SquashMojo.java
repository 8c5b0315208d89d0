package dev.autogen.maven;

import dev.autogen.engine.Squasher;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code autogen squash}: writes one migration that replaces a linear range of revisions from base
 * ({@code base:REV}), built from the schema the range builds, with their raw SQL carried over, and logs its path. The
 * replaced files stay until every database is past them. With {@code verify}, the old range and the squashed migration
 * are each run in a scratch space and compared; differences fail the build.
 */
@Mojo(name = "squash", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SquashMojo extends AbstractAutogenMojo {

    /** {@code base:REV}, the revisions to replace ({@code REV} alone means {@code base:REV}). */
    @Parameter(property = "autogen.range", required = true)
    private String range;

    /** What the squashed migration is; also names its file. */
    @Parameter(property = "autogen.message", required = true)
    private String message;

    /** The id to give the squashed migration; default: a random one. */
    @Parameter(property = "autogen.revId")
    private String revId;

    /**
     * The database the history is replayed for: {@code postgresql}, {@code mariadb}, {@code mysql}, {@code sqlite} or
     * {@code h2}; default: the one the URL names.
     */
    @Parameter(property = "autogen.dialect")
    private String dialect;

    /**
     * Whether to run the old range and the squashed migration each in a scratch space (in memory for SQLite and H2, a
     * scratch schema or database on the URL's server otherwise) and compare the two, failing the build on differences.
     */
    @Parameter(property = "autogen.verify", defaultValue = "false")
    private boolean verify;

    /** Where to write the squashed migration; default: the versions folder. */
    @Parameter(property = "autogen.squashOutput")
    private File squashOutput;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        range = given.string("range", range);
        message = given.string("message", message);
        revId = given.string("revId", revId);
        dialect = given.string("dialect", dialect);
        verify = given.bool("verify", verify);
        squashOutput = given.file("squashOutput", squashOutput, project().getBasedir());
    }

    @Override
    String goal() {
        return "squash";
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException {
        if (blankToNull(range) == null) {
            throw new MojoExecutionException(
                    "squash needs the revisions to replace: set range (-Dautogen.range=base:REV)");
        }
        if (blankToNull(message) == null) {
            throw new MojoExecutionException("squash needs a message: set message (-Dautogen.message=\"...\")");
        }
        versions();
        Squasher.Result result = engine(List.of())
                .squash(
                        range.strip(),
                        message,
                        blankToNull(revId),
                        blankToNull(dialect),
                        squashOutput == null ? null : squashOutput.toPath(),
                        verify);
        getLog().info("Wrote " + result.written());
        if (!verify) {
            return;
        }
        List<String> lines = result.verifyLines();
        if (result.differences().isEmpty()) {
            print(lines);
            return;
        }
        lines.forEach(getLog()::error);
        throw new MojoFailureException(lines.size() + " difference(s) between the squashed migration and the "
                + result.replaces().size() + " revisions it replaces (listed above); " + result.written()
                + " is left for you to fix or delete");
    }
}
