package dev.autogen.runtime.internal.fanout;

/** What became of one target of a fan-out. */
public enum TargetStatus {
    /** The command ran and changed or reported what it had to (an upgrade applied migrations). */
    OK("ok"),
    /** Already at the target revision: nothing to do (a rerun skips these). */
    SKIPPED("skipped"),
    /** The command ran and found something wrong but did not fail: drift ({@code check}), changed checksums. */
    DIFFERS("differs"),
    /** The command failed on this target; {@link TargetResult#error()} says why. */
    FAILED("failed"),
    /** Not run: a canary failed, or a target failed without {@code --continue-on-error}, or the run was interrupted. */
    NOT_RUN("not run");

    private final String label;

    TargetStatus(String label) {
        this.label = label;
    }

    /** The word the text output prints: {@code ok}, {@code skipped}, {@code differs}, {@code failed}, {@code not run}. */
    public String label() {
        return label;
    }
}
