package dev.autogen.engine;

import dev.autogen.core.ops.MigrationPlan;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A revision the engine wrote.
 *
 * @param id its revision id
 * @param file the {@code .java} file written into the versions folder
 * @param plan the operations it holds (empty for an empty revision or a merge)
 */
public record WrittenRevision(String id, Path file, MigrationPlan plan) {

    public WrittenRevision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(plan, "plan");
    }
}
