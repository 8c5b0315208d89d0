package dev.autogen.runtime.migration.graph;

/** The forms a {@link RevisionTarget} takes. */
public enum TargetKind {
    /** {@code head}: the newest revision. */
    HEAD,
    /** {@code base}: before the first revision. */
    BASE,
    /** A full revision id or a unique prefix of one. */
    REVISION,
    /** {@code +N} or {@code -N}: N revisions above or below the current one. */
    RELATIVE
}
