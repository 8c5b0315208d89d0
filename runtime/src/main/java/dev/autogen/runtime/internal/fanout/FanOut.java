package dev.autogen.runtime.internal.fanout;

import dev.autogen.runtime.internal.secret.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs one task on many targets through a bounded pool of {@link Options#parallel()} threads. The first
 * {@link Options#canary()} targets go first, all of them; when one of them fails, no other target is run. After them, a failure
 * stops the run (the targets already running finish; the others are {@link TargetStatus#NOT_RUN}) unless
 * {@link Options#continueOnError()}. Each target works through its own connections, so its own version table and
 * migration lock; the task shares whatever it was built with (the migrations, compiled once).
 */
public final class FanOut {

    /**
     * How a fan-out runs.
     *
     * @param parallel how many targets run at once, 1 or more
     * @param canary how many targets go first, alone; 0 for none
     * @param continueOnError whether a failed target lets the others go on
     */
    public record Options(int parallel, int canary, boolean continueOnError) {

        public Options {
            if (parallel < 1) {
                throw new IllegalArgumentException("--parallel must be 1 or more, not " + parallel);
            }
            if (canary < 0) {
                throw new IllegalArgumentException("--canary must be 0 or more, not " + canary);
            }
        }

        /** One target at a time, no canary, stopping at the first failure. */
        public static Options sequential() {
            return new Options(1, 0, false);
        }
    }

    /**
     * What a task found on a target that it could run on.
     *
     * @param status {@link TargetStatus#OK}, {@link TargetStatus#SKIPPED} or {@link TargetStatus#DIFFERS}
     * @param from the revisions before
     * @param to the revisions after
     * @param detail for {@code DIFFERS}, one line saying what differs; else null
     */
    public record Outcome(TargetStatus status, List<String> from, List<String> to, String detail) {

        public static Outcome ok(List<String> from, List<String> to) {
            return new Outcome(TargetStatus.OK, from, to, null);
        }

        public static Outcome skipped(List<String> at) {
            return new Outcome(TargetStatus.SKIPPED, at, at, null);
        }
    }

    /** The command run on one target; an exception marks the target failed, with its message. */
    @FunctionalInterface
    public interface Task {
        Outcome run(Target target) throws Exception;
    }

    private final Options options;

    public FanOut(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Runs {@code task} on every target and returns each one's result, in the order given.
     *
     * @param finished hears each result as its target finishes (from the pool's threads, one at a time)
     */
    public FanOutReport run(List<Target> targets, Task task, Consumer<TargetResult> finished) {
        long started = System.nanoTime();
        TargetResult[] results = new TargetResult[targets.size()];
        AtomicBoolean stop = new AtomicBoolean();
        Consumer<TargetResult> heard = result -> {
            synchronized (this) {
                finished.accept(result);
            }
        };
        int canaries = Math.min(options.canary(), targets.size());
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "autogen-fanout-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService pool =
                Executors.newFixedThreadPool(Math.min(options.parallel(), Math.max(1, targets.size())), threads);
        try {
            // canaries: a failure among them stops everything, whatever continueOnError says
            runAll(pool, targets, 0, canaries, task, results, stop, true, heard);
            if (!stop.get()) {
                runAll(pool, targets, canaries, targets.size(), task, results, stop, false, heard);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = notRun(targets.get(i), "the run was interrupted");
                heard.accept(results[i]);
            }
        }
        return new FanOutReport(List.of(results), (System.nanoTime() - started) / 1e9);
    }

    private void runAll(
            ExecutorService pool,
            List<Target> targets,
            int from,
            int to,
            Task task,
            TargetResult[] results,
            AtomicBoolean stop,
            boolean canaryPhase,
            Consumer<TargetResult> heard) {
        boolean stopOnFailure = canaryPhase || !options.continueOnError();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int index = i;
            Target target = targets.get(i);
            futures.add(pool.submit(() -> {
                // every canary runs, whichever of them fails first: which ones ran must not depend on timing
                if ((stop.get() && !canaryPhase) || Thread.currentThread().isInterrupted()) {
                    results[index] = notRun(target, stop.get() ? stopReason(canaryPhase) : "the run was interrupted");
                    heard.accept(results[index]);
                    return;
                }
                TargetResult result = runOne(target, task);
                results[index] = result;
                if (result.failed() && stopOnFailure) {
                    stop.set(true);
                }
                heard.accept(result);
            }));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                stop.set(true);
                pool.shutdownNow();
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // runOne catches what the task throws; an Error here is the pool's own
                throw new IllegalStateException(e.getCause());
            }
        }
        if (canaryPhase && stop.get()) {
            for (int i = to; i < targets.size(); i++) {
                results[i] = notRun(targets.get(i), "a canary failed");
                heard.accept(results[i]);
            }
        }
    }

    private static String stopReason(boolean canaryPhase) {
        return canaryPhase ? "a canary failed" : "another target failed (see --continue-on-error)";
    }

    private static TargetResult runOne(Target target, Task task) {
        long started = System.nanoTime();
        try {
            Outcome outcome = task.run(target);
            double seconds = (System.nanoTime() - started) / 1e9;
            return new TargetResult(
                    target.name(),
                    outcome.status(),
                    outcome.from(),
                    outcome.to(),
                    seconds,
                    outcome.detail() == null ? null : oneLine(outcome.detail(), target));
        } catch (Exception | LinkageError | AssertionError e) {
            double seconds = (System.nanoTime() - started) / 1e9;
            return new TargetResult(target.name(), TargetStatus.FAILED, null, null, seconds, message(e, target));
        }
    }

    private static TargetResult notRun(Target target, String why) {
        return new TargetResult(target.name(), TargetStatus.NOT_RUN, null, null, 0, why);
    }

    /** The exception's message, one line, passwords masked; its class name when it has none. */
    static String message(Throwable e, Target target) {
        String text = e.getMessage();
        if (text == null || text.isBlank()) {
            Throwable cause = e.getCause();
            text = cause != null && cause.getMessage() != null
                    ? cause.getMessage()
                    : e.getClass().getSimpleName();
        }
        return oneLine(text, target);
    }

    private static String oneLine(String text, Target target) {
        String first = text.strip().lines().findFirst().orElse("");
        return Redaction.mask(first, target.secrets());
    }

    /** Seconds with one decimal below 100 and none above: {@code 0.4}, {@code 12.3}, {@code 245}. */
    public static String formatSeconds(double seconds) {
        return seconds < 100
                ? String.format(Locale.ROOT, "%.1f", seconds)
                : String.format(Locale.ROOT, "%.0f", seconds);
    }
}
