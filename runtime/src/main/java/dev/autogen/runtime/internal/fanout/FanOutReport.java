package dev.autogen.runtime.internal.fanout;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a fan-out did: each target's result, in the order the targets were given, and the wall time.
 *
 * @param results one per target
 * @param seconds the wall time of the whole run
 */
public record FanOutReport(List<TargetResult> results, double seconds) {

    public FanOutReport {
        results = List.copyOf(results);
    }

    /** How many targets ended in each status. */
    public Map<TargetStatus, Integer> counts() {
        Map<TargetStatus, Integer> counts = new EnumMap<>(TargetStatus.class);
        for (TargetResult result : results) {
            counts.merge(result.status(), 1, Integer::sum);
        }
        return counts;
    }

    public int count(TargetStatus status) {
        return counts().getOrDefault(status, 0);
    }

    /** The first target (in the order given) that failed. */
    public Optional<TargetResult> firstFailure() {
        return results.stream().filter(TargetResult::failed).findFirst();
    }

    /** The first target that differs (drift, changed checksums). */
    public Optional<TargetResult> firstDifference() {
        return results.stream().filter(r -> r.status() == TargetStatus.DIFFERS).findFirst();
    }

    /** Whether any target failed or was not run. */
    public boolean incomplete() {
        return count(TargetStatus.FAILED) > 0 || count(TargetStatus.NOT_RUN) > 0;
    }

    /**
     * The summary line: {@code 20 targets in 3.2 s: 17 ok, 2 skipped, 1 failed} (only the statuses that occurred).
     */
    public String summary() {
        StringBuilder line = new StringBuilder()
                .append(results.size())
                .append(results.size() == 1 ? " target" : " targets")
                .append(" in ")
                .append(FanOut.formatSeconds(seconds))
                .append(" s");
        String sep = ": ";
        for (Map.Entry<TargetStatus, Integer> entry : counts().entrySet()) {
            line.append(sep)
                    .append(entry.getValue())
                    .append(' ')
                    .append(entry.getKey().label());
            sep = ", ";
        }
        return line.toString();
    }
}
