package dev.autogen.runtime.internal.migration.error;

import dev.autogen.runtime.internal.migration.Validation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An upgrade refused to run: migrations the database has applied have changed since (their checksum differs from the
 * one recorded when they were applied).
 */
public final class ChecksumMismatchException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final transient List<Validation.Changed> changed;

    public ChecksumMismatchException(List<Validation.Changed> changed) {
        super(message(changed));
        this.changed = List.copyOf(changed);
    }

    /** The applied revisions whose migration changed. */
    public List<Validation.Changed> changed() {
        return changed;
    }

    private static String message(List<Validation.Changed> changed) {
        String which = changed.stream()
                .map(c -> c.revision() + " (" + c.origin() + ")")
                .collect(Collectors.joining(", "));
        String ids = changed.stream().map(Validation.Changed::revision).collect(Collectors.joining(" "));
        boolean one = changed.size() == 1;
        return oneLine("Applied migration" + (one ? " " : "s ") + which + (one ? " has" : " have")
                + " changed since " + (one ? "it was" : "they were") + " applied (the operations "
                + (one ? "it records differ" : "they record differ") + " from the checksum recorded then), so the"
                + " upgrade did not run: restore " + (one ? "it" : "them") + ", or if the change is intended record"
                + " the new checksum with repair --accept " + ids + " (validate lists every change; turning"
                + " validation off skips this check)");
    }
}
