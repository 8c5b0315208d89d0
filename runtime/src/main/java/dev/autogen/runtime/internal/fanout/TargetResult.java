package dev.autogen.runtime.internal.fanout;

import java.util.List;
import java.util.Objects;

/**
 * One target's result, the model every output format renders.
 *
 * @param target the target's name ({@link Target#name()})
 * @param status what became of it
 * @param from the revisions it was at before (empty for base, or when it was not reached)
 * @param to the revisions it is at after (the same as {@code from} for the commands that change nothing)
 * @param seconds how long it took (0 when it did not run)
 * @param error one line: why it failed, what differs, or why it was not run; null when ok or skipped
 */
public record TargetResult(
        String target, TargetStatus status, List<String> from, List<String> to, double seconds, String error) {

    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        from = from == null ? List.of() : List.copyOf(from);
        to = to == null ? List.of() : List.copyOf(to);
    }

    /** Whether the target failed (an error, not a difference). */
    public boolean failed() {
        return status == TargetStatus.FAILED;
    }
}
