package dev.autogen.runtime.internal.migration.error;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An upgrade refused to run: migrations the database has applied have changed since (their checksum differs from the
 * one recorded when they were applied).
 */
public final class ChecksumMismatchException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final List<String> revisions;

    /** @param changed each changed revision, in order, with its file (or class) */
    public ChecksumMismatchException(Map<String, String> changed) {
        super(message(changed));
        this.revisions = List.copyOf(changed.keySet());
    }

    /** The applied revisions whose migration changed. */
    public List<String> revisions() {
        return revisions;
    }

    private static String message(Map<String, String> changed) {
        String which = changed.entrySet().stream()
                .map(c -> c.getKey() + " (" + c.getValue() + ")")
                .collect(Collectors.joining(", "));
        String ids = String.join(" ", changed.keySet());
        boolean one = changed.size() == 1;
        return oneLine("Applied migration" + (one ? " " : "s ") + which + (one ? " has" : " have")
                + " changed since " + (one ? "it was" : "they were") + " applied (the operations "
                + (one ? "it records differ" : "they record differ") + " from the checksum recorded then), so the"
                + " upgrade did not run: restore " + (one ? "it" : "them") + ", or, if the change is intended,"
                + " record the new checksum (autogen repair --accept " + ids + "; autogen validate lists every"
                + " change; --no-validate or validate-on-migrate=false skips this check)");
    }
}
