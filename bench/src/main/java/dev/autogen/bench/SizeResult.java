package dev.autogen.bench;

import java.util.List;
import java.util.Map;

/**
 * The measurements for one model size.
 *
 * @param size the number of entities
 * @param perturbations the differences made in the database
 * @param runs the timed runs of each tool, in the order they were run
 * @param found how many perturbations each tool reported (in its last run)
 * @param falsePositives report lines of {@code check} that match no perturbation (in its last run)
 */
record SizeResult(
        int size,
        List<Perturbation> perturbations,
        Map<Tool, List<Measurement>> runs,
        Map<Tool, Integer> found,
        List<String> falsePositives) {

    List<Measurement> runs(Tool tool) {
        return runs.getOrDefault(tool, List.of());
    }
}
