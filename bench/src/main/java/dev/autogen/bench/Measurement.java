package dev.autogen.bench;

import java.util.Map;

/**
 * One timed process.
 *
 * @param wallMs wall time from start to exit, in milliseconds
 * @param cpuMs user plus system CPU time, in milliseconds; NaN if unknown
 * @param peakRssKb the process tree's peak resident set (GNU time's maximum resident set size), in KiB; -1 if unknown
 * @param exitCode the exit status
 * @param stdout what it printed
 * @param stderr what it printed on stderr
 * @param phases the phase timings {@code autogen --timings} printed, in milliseconds, by phase name
 */
record Measurement(
        double wallMs,
        double cpuMs,
        long peakRssKb,
        int exitCode,
        String stdout,
        String stderr,
        Map<String, Double> phases) {

    Measurement {
        phases = Map.copyOf(phases);
    }
}
