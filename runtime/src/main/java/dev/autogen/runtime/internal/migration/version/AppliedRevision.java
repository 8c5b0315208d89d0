package dev.autogen.runtime.internal.migration.version;

import java.util.Objects;

/**
 * One row of the history table ({@link HistoryTable}): a revision the database has applied, with the checksum of its
 * migration as it was applied.
 *
 * @param revision the revision id
 * @param checksum the migration's checksum then ({@link dev.autogen.runtime.internal.migration.MigrationChecksum}), or
 *     null where none could be recorded
 * @param appliedAt when it was applied, as the database shows its timestamp; null where unknown (a row recorded for a
 *     revision applied before the table existed)
 * @param appliedBy the database user that applied it (the operating-system user where the database has none), or null
 *     where unknown
 * @param durationMillis how long its migration took, or null where unknown (stamped, recorded later, or applied by an
 *     offline script)
 */
public record AppliedRevision(
        String revision, String checksum, String appliedAt, String appliedBy, Long durationMillis, String sourceHash) {

    public AppliedRevision {
        Objects.requireNonNull(revision, "revision");
    }
}
