package dev.autogen.maven;

import dev.autogen.engine.Against;
import dev.autogen.engine.Autogenerate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The goals that compare the entities with a schema ({@code check}, {@code diff}, {@code revision}): {@code against}
 * and {@code dialect}, which choose what that schema is. With no URL set, the schema the migrations build (the
 * history) is the default, so none of them needs a database.
 */
public abstract class AbstractComparingMojo extends AbstractAutogenMojo {

    /**
     * What the entities are compared with: {@code database}, {@code history} (the schema the migrations build,
     * replayed for {@code dialect} without a database) or {@code scratch} (the migrations run in a scratch schema or
     * database and read back). Default: {@code database} where a URL is set, else {@code history}.
     */
    @Parameter(property = "autogen.against")
    private String against;

    /**
     * The database the history is replayed for, with {@code against} history or scratch: {@code postgresql},
     * {@code mariadb}, {@code mysql}, {@code sqlite} or {@code h2}; default: the one the URL names.
     */
    @Parameter(property = "autogen.dialect")
    private String dialect;

    @Override
    void commandLine(CommandLineProperties given) {
        super.commandLine(given);
        against = given.string("against", against);
        dialect = given.string("dialect", dialect);
    }

    /** Whether this run compares at all (an empty revision does not): only then is the default history announced. */
    boolean compares() {
        return true;
    }

    @Override
    Autogenerate.Builder compared(Autogenerate.Builder builder) throws MojoExecutionException {
        Against what;
        if (against == null || against.isBlank()) {
            what = database().url() == null ? Against.HISTORY : Against.DATABASE;
        } else {
            what = Against.parse(against)
                    .orElseThrow(() -> new MojoExecutionException("against (-Dautogen.against) is database, history or"
                            + " scratch, not '" + against.strip() + "'"));
        }
        if (what == Against.HISTORY && database().url() == null && compares()) {
            getLog().info("No URL is set: comparing the entities with the schema the migrations build (history)");
        }
        return builder.against(what)
                .dialect(dialect == null || dialect.isBlank() ? null : dialect.strip())
                .warnings(getLog()::warn);
    }
}
