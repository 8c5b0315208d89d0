package dev.autogen.runtime.internal.migration.error;

import java.util.List;

/** The revises links of some migrations form a cycle. */
public final class RevisionCycleException extends MigrationException {

    private static final long serialVersionUID = 1L;

    /** @param cycle the revisions on the cycle, each revising the one after it; the last revises the first */
    public RevisionCycleException(List<String> cycle, String location) {
        super("Revisions in " + location + " form a cycle: " + String.join(" revises ", cycle) + " revises "
                + cycle.get(0) + "; fix the revises of one of them");
    }

    /**
     * @param chain the cycle as text, each revision followed by how it leads to the next ({@code a revises b depends
     *     on a})
     */
    public RevisionCycleException(String chain, String location) {
        super("Revisions in " + location + " form a cycle: " + chain + "; fix the revises or dependsOn of one of them");
    }
}
