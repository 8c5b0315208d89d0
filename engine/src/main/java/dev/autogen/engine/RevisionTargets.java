package dev.autogen.engine;

import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionTarget;
import dev.autogen.runtime.internal.migration.graph.TargetKind;
import java.util.List;
import java.util.Set;

/**
 * The revisions an absolute target names where a revision is written or shown ({@code --head}, {@code --depends-on},
 * {@code merge}, {@code show}): a revision id or prefix, {@code head}, {@code branch@head}; never one relative to the
 * database.
 */
public final class RevisionTargets {

    private RevisionTargets() {}

    /**
     * Exactly one revision, or none for {@code base} where {@code baseAllowed}.
     *
     * @param what how the target was given, for the message ({@code --head}, {@code show})
     * @throws RevisionException when the target is relative, names no revision (and must), or names several
     */
    public static Set<String> one(RevisionGraph graph, String text, String what, boolean baseAllowed) {
        return select(graph, text, what, baseAllowed, false);
    }

    /** Like {@link #one}, but several revisions ({@code heads}) are allowed. */
    static Set<String> some(RevisionGraph graph, String text, String what) {
        return select(graph, text, what, false, true);
    }

    private static Set<String> select(RevisionGraph graph, String text, String what, boolean baseAllowed, boolean several) {
        RevisionTarget target = RevisionTarget.parse(text);
        if (target.kind() == TargetKind.RELATIVE) {
            throw new RevisionException(what + " " + text + " is relative to the database; name the revision (an id, prefix,"
                    + " head or branch@head)");
        }
        Set<String> ids = graph.select(target, List.of());
        if (ids.isEmpty() && !baseAllowed) {
            throw new RevisionException(what + " " + text + " names no revision; name one (an id, prefix, head or branch@head)");
        }
        if (ids.size() > 1 && !several) {
            throw new RevisionException(what + " " + text + " names " + ids.size() + " revisions (" + String.join(", ", ids)
                    + "); name one of them");
        }
        return ids;
    }
}
