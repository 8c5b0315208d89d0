package dev.autogen.cli;

import dev.autogen.engine.EngineListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Phase timings for {@code --timings} (or {@code AUTOGEN_TIMINGS=1}): each phase prints one line on stderr when it
 * ends, {@code autogen: timing: entities 1234.5 ms}. Off by default, and then it costs nothing. Phases: {@code jvm-start}
 * (process start to {@code main}, Linux only), {@code entities} (Hibernate's boot and the entity model),
 * {@code database} (connecting and reading the live schema; it runs at the same time as {@code entities}),
 * {@code compare} (both, as waited for), {@code diff}, {@code codegen}, {@code headers} (reading the migrations'
 * {@code @Revision} headers), {@code compile} (compiling the migrations about to run, when they are not compiled yet;
 * part of {@code execute}), {@code execute} (running them) and {@code total} (from {@code main} to the end of the
 * command). The engine's phases come through {@link #listener()}.
 *
 * <p>One command line runs at a time, so the switch is process-wide; {@link Main} turns it off after each run.
 */
public final class Timings {

    private static volatile PrintWriter out;
    private static volatile long mainStartedNanos;
    private static volatile double jvmStartMillis = Double.NaN;

    private Timings() {}

    /** Called first thing in {@code main}: remembers when the JVM got there. */
    static void mainStarted() {
        mainStartedNanos = System.nanoTime();
        jvmStartMillis = processAgeMillis();
    }

    /** Called when a command line starts running: the start of {@code total} unless {@code main} came first. */
    static void runStarted() {
        if (mainStartedNanos == 0) {
            mainStartedNanos = System.nanoTime();
        }
    }

    /** Turns timings on for this run, printing to {@code err}, and prints how long the JVM took to start. */
    public static void enable(PrintWriter err) {
        if (out == null) {
            out = err;
            if (!Double.isNaN(jvmStartMillis)) {
                print("jvm-start", jvmStartMillis);
            }
        }
    }

    /** Whether timings are on. */
    public static boolean enabled() {
        return out != null;
    }

    /** Prints {@code total} and turns timings off. */
    static void finish() {
        if (out != null && mainStartedNanos != 0) {
            print("total", (System.nanoTime() - mainStartedNanos) / 1e6);
        }
        out = null;
        mainStartedNanos = 0;
        jvmStartMillis = Double.NaN;
    }

    /** The engine's phases, printed as they end while timings are on. */
    static EngineListener listener() {
        return (phase, elapsed) -> {
            if (out != null) {
                print(phase, elapsed.toNanos() / 1e6);
            }
        };
    }

    /** Runs {@code work} as phase {@code name}. */
    public static <T> T time(String name, Supplier<T> work) {
        if (out == null) {
            return work.get();
        }
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            print(name, (System.nanoTime() - start) / 1e6);
        }
    }

    /** Prints phase {@code name} as lasting from {@code startNanos} ({@link System#nanoTime()}) until now. */
    public static void record(String name, long startNanos) {
        if (out != null) {
            print(name, (System.nanoTime() - startNanos) / 1e6);
        }
    }

    private static void print(String name, double millis) {
        PrintWriter w = out;
        if (w != null) {
            synchronized (Timings.class) {
                w.println(String.format(Locale.ROOT, "autogen: timing: %s %.1f ms", name, millis));
                w.flush();
            }
        }
    }

    /** How long ago this process started, from /proc (10 ms resolution); NaN where there is no /proc. */
    private static double processAgeMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[19]); // field 22 of the whole line: starttime, in clock ticks
            double uptimeSeconds =
                    Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            return Math.max(0, uptimeSeconds * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
