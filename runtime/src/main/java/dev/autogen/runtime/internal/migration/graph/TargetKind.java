package dev.autogen.runtime.internal.migration.graph;

/** The forms a {@link RevisionTarget} takes. */
public enum TargetKind {
    /** {@code head} or {@code branch@head}: the single newest revision (of the branch), optionally {@code head-N}. */
    HEAD,
    /** {@code heads}: every head. */
    HEADS,
    /** {@code base} or {@code branch@base}: before the first revision (of the branch), optionally {@code base+N}. */
    BASE,
    /**
     * A full revision id, a unique prefix of one or a branch label, optionally {@code branch@rev} and {@code rev+N} /
     * {@code rev-N}.
     */
    REVISION,
    /** {@code +N}, {@code -N} or {@code branch@+N}: N revisions above or below what the database is at. */
    RELATIVE
}
