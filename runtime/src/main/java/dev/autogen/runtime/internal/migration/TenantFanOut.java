package dev.autogen.runtime.internal.migration;

import dev.autogen.runtime.internal.fanout.FanOut;
import dev.autogen.runtime.internal.fanout.FanOutReport;
import dev.autogen.runtime.internal.fanout.Target;
import dev.autogen.runtime.internal.fanout.TargetResult;
import dev.autogen.runtime.internal.fanout.Tenants;
import dev.autogen.runtime.internal.migration.error.TargetSelectionException;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The runner's commands on every tenant ({@code Autogen.configure(url).migrations(...).tenants(...)}): the
 * migrations are loaded (and compiled) once and run on each target through its own connections, version table and
 * lock. Each command returns the per-target results; it throws only when the targets cannot be found.
 *
 * <pre>{@code
 * FanOutReport report = Autogen.configure("jdbc:postgresql://db/app", user, password)
 *         .migrations("com.example.app.migrations")
 *         .tenants(Tenants.schemas("tenant_*"))
 *         .parallel(8)
 *         .canary(2)
 *         .upgrade("head");
 * }</pre>
 */
public final class TenantFanOut {

    private final Migrator base;
    private final ConnectionSource server;
    private final Tenants tenants;
    private final List<String> secrets;
    private int parallel = 1;
    private int canary;
    private boolean continueOnError;
    private Consumer<TargetResult> onResult = result -> {};
    private Function<Target, MigrationListener> listeners = target -> MigrationListener.NONE;

    /**
     * @param base the migrator whose migrations and options every target shares
     * @param server connections to the server, in no particular schema, through which schemas are listed and reached
     * @param tenants which targets
     * @param secrets passwords to mask in the results' messages
     */
    public TenantFanOut(Migrator base, ConnectionSource server, Tenants tenants, List<String> secrets) {
        this.base = Objects.requireNonNull(base, "base");
        this.server = Objects.requireNonNull(server, "server");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.secrets = List.copyOf(secrets);
    }

    /** How many targets run at once (default 1). */
    public TenantFanOut parallel(int threads) {
        if (threads < 1) {
            throw new TargetSelectionException("--parallel must be 1 or more, not " + threads);
        }
        this.parallel = threads;
        return this;
    }

    /** How many targets go first; a failure among them stops the run (default 0). */
    public TenantFanOut canary(int targets) {
        if (targets < 0) {
            throw new TargetSelectionException("--canary must be 0 or more, not " + targets);
        }
        this.canary = targets;
        return this;
    }

    /** Whether a failed target lets the others go on (default false: the run stops, running targets finish). */
    public TenantFanOut continueOnError(boolean goOn) {
        this.continueOnError = goOn;
        return this;
    }

    /** Hears each target's result as it finishes, one at a time. */
    public TenantFanOut onResult(Consumer<TargetResult> results) {
        this.onResult = Objects.requireNonNull(results, "results");
        return this;
    }

    /** The listener of each target's steps (default none). */
    public TenantFanOut listener(Function<Target, MigrationListener> perTarget) {
        this.listeners = Objects.requireNonNull(perTarget, "perTarget");
        return this;
    }

    /** The targets, found now. */
    public List<Target> targets() {
        return tenants.resolve(server::open, secrets);
    }

    public FanOutReport upgrade(String revision) {
        return run(FanOutTasks.upgrade(this::migrator, revision, listeners));
    }

    public FanOutReport downgrade(String revision) {
        return run(FanOutTasks.downgrade(this::migrator, revision, listeners));
    }

    public FanOutReport current() {
        return run(FanOutTasks.current(this::migrator));
    }

    public FanOutReport validate() {
        return run(FanOutTasks.validate(this::migrator));
    }

    private Migrator migrator(Target target) {
        return base.on(target.connections()::open, target.name());
    }

    private FanOutReport run(FanOut.Task task) {
        List<Target> targets = targets();
        base.migrations(); // read (and check) the revision graph once, before any target
        return new FanOut(new FanOut.Options(parallel, canary, continueOnError)).run(targets, task, onResult);
    }
}
