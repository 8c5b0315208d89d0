package dev.autogen.runtime.migration;

import dev.autogen.runtime.migration.graph.RevisionNode;
import java.util.List;
import java.util.Objects;

/**
 * One migration run in one direction.
 *
 * @param direction upgrade or downgrade
 * @param revision the revision whose migration runs
 * @param from the version-table rows before the step (empty for base)
 * @param to the version-table rows after the step (empty for base)
 */
public record MigrationStep(Direction direction, RevisionNode revision, List<String> from, List<String> to) {

    public MigrationStep {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(revision, "revision");
        from = List.copyOf(from);
        to = List.copyOf(to);
    }

    /**
     * The step as Alembic words it, without the leading {@code Running}: {@code upgrade 9d1c0b7a2e55 -> 3f2a9c1d7e4b,
     * add token usage}. Base is an empty string, as in {@code upgrade  -> 9d1c0b7a2e55, create chats}.
     */
    public String describe() {
        String text = direction.word() + " " + String.join(", ", from) + " -> " + String.join(", ", to);
        return revision.message().isBlank() ? text : text + ", " + revision.message();
    }
}
