package dev.autogen.runtime.internal.migration;

import dev.autogen.core.database.MigrationSession;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * While a step runs, tells the listener every 10 s that it still does, and what its statement has done so far where
 * the database tells ({@link MigrationSession#progress}), read on a second connection opened the first time it is
 * needed. A step shorter than that costs a scheduled task, cancelled: one thread beats for every runner of the process.
 */
final class Heartbeat implements AutoCloseable {

    /** For tests: {@code -Dautogen.test.heartbeatMillis=100} beats more often than every 10 s. */
    static final String INTERVAL_PROPERTY = "autogen.test.heartbeatMillis";

    private static final Heartbeat NONE = new Heartbeat(null, null, null, null);

    private static ScheduledExecutorService beats; // guarded by Heartbeat.class

    private final MigrationStep step;
    private final MigrationSession session;
    private final ConnectionSource watchers;
    private final MigrationListener listener;
    private final long started = System.nanoTime();
    private ScheduledFuture<?> next; // guarded by this
    private Connection watcher; // guarded by this
    private boolean done; // guarded by this

    private Heartbeat(
            MigrationStep step, MigrationSession session, ConnectionSource watchers, MigrationListener listener) {
        this.step = step;
        this.session = session;
        this.watchers = watchers;
        this.listener = listener;
    }

    /** Starts beating for {@code step}; nothing where there is no way to open a second connection. */
    static Heartbeat start(
            MigrationStep step, MigrationSession session, ConnectionSource watchers, MigrationListener listener) {
        if (watchers == null) {
            return NONE;
        }
        Heartbeat heartbeat = new Heartbeat(step, session, watchers, listener);
        heartbeat.schedule();
        return heartbeat;
    }

    private static synchronized ScheduledExecutorService beats() {
        if (beats == null) {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "autogen-heartbeat");
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
            beats = executor;
        }
        return beats;
    }

    private synchronized void schedule() {
        if (!done) {
            next = beats().schedule(this::beat, Long.getLong(INTERVAL_PROPERTY, 10_000), TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void beat() {
        if (done) {
            return;
        }
        String progress = "";
        try {
            if (watcher == null) {
                watcher = watchers.open();
            }
            progress = session.progress(watcher).orElse("");
        } catch (SQLException | RuntimeException e) {
            // progress is a courtesy: the beat still says how long the step has run
        }
        listener.stillRunning(step, Duration.ofNanos(System.nanoTime() - started), progress);
        schedule();
    }

    /** Stops beating: no beat is told after this returns. */
    @Override
    public synchronized void close() {
        if (this == NONE || done) {
            return;
        }
        done = true;
        if (next != null) {
            next.cancel(false);
        }
        if (watcher != null) {
            try {
                watcher.close();
            } catch (SQLException e) {
                // it was only read from
            }
        }
    }
}
