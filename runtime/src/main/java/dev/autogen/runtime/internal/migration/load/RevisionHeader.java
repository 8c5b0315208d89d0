package dev.autogen.runtime.internal.migration.load;

import dev.autogen.runtime.Revision;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import java.util.List;
import java.util.Objects;

/**
 * What a migration's {@code @Revision} declares, with the class that carries it: read from the source text by
 * {@link RevisionHeaderReader}, or from a compiled class.
 *
 * @param className the binary name of the migration class, package included ({@code AddUsers_3f2a9c1d7e4b})
 * @param id the revision id
 * @param revises the parents
 * @param dependsOn the revisions it depends on
 * @param branchLabels the branch labels it declares
 * @param message the message, possibly empty
 * @param created when it was created, possibly empty
 */
public record RevisionHeader(
        String className,
        String id,
        List<String> revises,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        String created,
        List<String> replaces) {

    public RevisionHeader(
            String className,
            String id,
            List<String> revises,
            List<String> dependsOn,
            List<String> branchLabels,
            String message,
            String created) {
        this(className, id, revises, dependsOn, branchLabels, message, created, List.of());
    }

    public RevisionHeader {
        replaces = List.copyOf(replaces);
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(id, "id");
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        message = message == null ? "" : message;
        created = created == null ? "" : created;
    }

    // equals and hashCode written out: a record's own are linked on their first call, a cost that a command comparing a
    // thousand headers in a new JVM (the header index) notices

    @Override
    public boolean equals(Object other) {
        return other instanceof RevisionHeader that
                && className.equals(that.className)
                && id.equals(that.id)
                && revises.equals(that.revises)
                && dependsOn.equals(that.dependsOn)
                && branchLabels.equals(that.branchLabels)
                && message.equals(that.message)
                && created.equals(that.created)
                && replaces.equals(that.replaces);
    }

    @Override
    public int hashCode() {
        return Objects.hash(className, id, revises, dependsOn, branchLabels, message, created, replaces);
    }

    /** The header of a compiled class's annotation. */
    static RevisionHeader of(Class<?> type, Revision revision) {
        return new RevisionHeader(
                type.getName(),
                revision.id(),
                List.of(revision.revises()),
                List.of(revision.dependsOn()),
                List.of(revision.branchLabels()),
                revision.message(),
                revision.created(),
                List.of(revision.replaces()));
    }

    /** The graph node of this revision, coming from {@code origin}. */
    public RevisionNode node(String origin) {
        return new RevisionNode(id, revises, dependsOn, branchLabels, message, created, origin, replaces);
    }
}
