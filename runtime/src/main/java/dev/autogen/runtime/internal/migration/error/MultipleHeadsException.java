package dev.autogen.runtime.internal.migration.error;

import java.util.List;

/** One head revision is needed, but the history has several. */
public final class MultipleHeadsException extends MigrationException {

    private static final long serialVersionUID = 1L;

    private final List<String> heads;

    /** @param heads each head, described as {@code id (origin)} */
    public MultipleHeadsException(List<String> heads, String location) {
        this(
                "Multiple head revisions in " + location + ": " + String.join(", ", heads)
                        + "; merge them with a migration that revises all of them, or name one revision as the target",
                heads);
    }

    /**
     * @param message the whole message, naming the heads and what to do
     * @param heads the head revisions
     */
    public MultipleHeadsException(String message, List<String> heads) {
        super(message);
        this.heads = List.copyOf(heads);
    }

    public List<String> heads() {
        return heads;
    }
}
