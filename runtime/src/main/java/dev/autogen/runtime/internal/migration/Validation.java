package dev.autogen.runtime.internal.migration;

import java.util.List;
import java.util.Objects;

/**
 * What {@code validate} found: the applied revisions whose migration has changed since it was applied (its checksum,
 * {@link MigrationChecksum}, differs from the one recorded), and those applied that no migration has.
 *
 * @param dialect the dialect the checksums were computed for
 * @param matched how many applied revisions have their recorded checksum
 * @param changed the applied revisions whose migration changed, by id
 * @param missing the revisions the version table holds that no migration has (an applied revision whose file is gone,
 *     or a database a newer version of the application migrated)
 * @param unrecorded the applied revisions with no checksum recorded (the next run that writes records them)
 */
public record Validation(
        String dialect, int matched, List<Changed> changed, List<String> missing, List<String> unrecorded) {

    public Validation {
        Objects.requireNonNull(dialect, "dialect");
        changed = List.copyOf(changed);
        missing = List.copyOf(missing);
        unrecorded = List.copyOf(unrecorded);
    }

    /** Whether every applied revision has its migration, unchanged. */
    public boolean ok() {
        return changed.isEmpty() && missing.isEmpty();
    }

    /**
     * An applied revision whose migration has changed.
     *
     * @param revision the revision id
     * @param origin its file, or its class
     * @param recorded the checksum recorded when it was applied (or accepted)
     * @param current the checksum its migration has now
     */
    public record Changed(String revision, String origin, String recorded, String current) {}
}
