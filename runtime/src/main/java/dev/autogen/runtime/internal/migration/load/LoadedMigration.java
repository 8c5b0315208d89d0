package dev.autogen.runtime.internal.migration.load;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import java.util.Objects;

/**
 * A migration instance with the revision its {@code @Revision} declares.
 *
 * @param revision the declared revision
 * @param migration the instance to run
 */
public record LoadedMigration(RevisionNode revision, Migration migration) {

    public LoadedMigration {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(migration, "migration");
    }
}
