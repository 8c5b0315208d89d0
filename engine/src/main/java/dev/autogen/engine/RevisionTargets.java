package dev.autogen.engine;

import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionTarget;
import dev.autogen.runtime.internal.migration.graph.TargetKind;
import java.util.List;
import java.util.Set;

/**
 * The revisions an absolute target names where a revision is written or shown (the {@code head} and {@code dependsOn}
 * of a {@link RevisionRequest}, {@code merge}, {@code show}): a revision id or prefix, {@code head}, {@code branch@head};
 * never one relative to the database.
 */
public final class RevisionTargets {

    private RevisionTargets() {}

    /**
     * Exactly one revision, or none for {@code base} where {@code baseAllowed}.
     *
     * @param what how the target was given, for the message ({@code show})
     * @throws RevisionException when the target is relative, names no revision (and must), or names several
     */
    public static Set<String> one(RevisionGraph graph, String text, String what, boolean baseAllowed) {
        return select(graph, text, what + " " + text, baseAllowed, false);
    }

    /**
     * Like {@link #one(RevisionGraph, String, String, boolean)} for a target given as a setting ({@code head},
     * {@code dependsOn}), which the message names as {@code names} does ({@code --head REV}).
     */
    public static Set<String> one(
            RevisionGraph graph, String text, SettingNames.Setting setting, SettingNames names, boolean baseAllowed) {
        return select(graph, text, names.assignment(setting, text), baseAllowed, false);
    }

    /** Like {@link #one(RevisionGraph, String, String, boolean)}, but several revisions ({@code heads}) are allowed. */
    static Set<String> some(RevisionGraph graph, String text, String what) {
        return select(graph, text, what + " " + text, false, true);
    }

    /** @param given how the target was given, for the message ({@code --head REV}, {@code show REV}) */
    private static Set<String> select(
            RevisionGraph graph, String text, String given, boolean baseAllowed, boolean several) {
        RevisionTarget target = RevisionTarget.parse(text);
        if (target.kind() == TargetKind.RELATIVE) {
            throw new RevisionException(given + " is relative to the database; name the revision (an id, prefix,"
                    + " head or branch@head)");
        }
        Set<String> ids = graph.select(target, List.of());
        if (ids.isEmpty() && !baseAllowed) {
            throw new RevisionException(given + " names no revision; name one (an id, prefix, head or branch@head)");
        }
        if (ids.size() > 1 && !several) {
            throw new RevisionException(
                    given + " names " + ids.size() + " revisions (" + String.join(", ", ids) + "); name one of them");
        }
        return ids;
    }
}
