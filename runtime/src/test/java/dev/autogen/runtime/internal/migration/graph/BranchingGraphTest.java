package dev.autogen.runtime.internal.migration.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.migration.error.InvalidBranchLabelException;
import dev.autogen.runtime.internal.migration.error.InvalidTargetException;
import dev.autogen.runtime.internal.migration.error.MissingParentRevisionException;
import dev.autogen.runtime.internal.migration.error.MultipleHeadsException;
import dev.autogen.runtime.internal.migration.error.RevisionCycleException;
import dev.autogen.runtime.internal.migration.error.UnknownRevisionException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Merges, branch labels, dependencies and every target form on graphs with more than one line of history. */
class BranchingGraphTest {

    private static final String LOCATION = "migrations/versions";

    private static RevisionNode node(String id, List<String> parents, List<String> dependsOn, String... labels) {
        return new RevisionNode(id, parents, dependsOn, List.of(labels), "message " + id, "", id + "_file.java");
    }

    /** a1 <- b1 (left) <- b2 and a1 <- c1 (right): two heads. */
    private static RevisionGraph split() {
        return RevisionGraph.of(
                List.of(
                        node("a1", List.of(), List.of()),
                        node("b1", List.of("a1"), List.of(), "left"),
                        node("b2", List.of("b1"), List.of()),
                        node("c1", List.of("a1"), List.of(), "right")),
                LOCATION);
    }

    /** {@link #split()} merged: m1 revises b2 and c1, d1 follows m1. */
    private static RevisionGraph merged() {
        return RevisionGraph.of(
                List.of(
                        node("a1", List.of(), List.of()),
                        node("b1", List.of("a1"), List.of(), "left"),
                        node("b2", List.of("b1"), List.of()),
                        node("c1", List.of("a1"), List.of(), "right"),
                        node("m1", List.of("b2", "c1"), List.of()),
                        node("d1", List.of("m1"), List.of())),
                LOCATION);
    }

    /** a1 <- b1, and a second base x1 (aux) <- x2 that depends on b1. */
    private static RevisionGraph dependent() {
        return RevisionGraph.of(
                List.of(
                        node("a1", List.of(), List.of()),
                        node("b1", List.of("a1"), List.of()),
                        node("x1", List.of(), List.of(), "aux"),
                        node("x2", List.of("x1"), List.of("b1"))),
                LOCATION);
    }

    private static Set<String> rows(RevisionGraph graph, String target, String... current) {
        return graph.resolveTarget(RevisionTarget.parse(target), List.of(current));
    }

    private static List<String> up(RevisionGraph graph, String target, String... current) {
        return ids(graph.upgradePath(RevisionTarget.parse(target), List.of(current)));
    }

    private static List<String> down(RevisionGraph graph, String target, String... current) {
        return ids(graph.downgradePath(RevisionTarget.parse(target), List.of(current)));
    }

    private static Set<String> select(RevisionGraph graph, String target, String... current) {
        return graph.select(RevisionTarget.parse(target), List.of(current));
    }

    private static List<String> ids(Collection<RevisionNode> nodes) {
        return nodes.stream().map(RevisionNode::id).toList();
    }

    private static String refused(RevisionGraph graph, String target, String... current) {
        return assertThrows(RuntimeException.class, () -> rows(graph, target, current))
                .getMessage();
    }

    @Test
    void structureOfABranchAndItsMerge() {
        RevisionGraph graph = merged();
        assertEquals(List.of("d1"), ids(graph.heads()));
        assertEquals(List.of("a1"), ids(graph.branchPoints()));
        assertTrue(graph.isBranchPoint("a1"));
        assertTrue(graph.get("m1").isMerge());
        assertEquals(java.util.Map.of("left", "b1", "right", "c1"), graph.branchLabels());
        assertEquals(Set.of("b1", "b2", "m1", "d1"), graph.branch("left"));
        assertEquals(Set.of("left", "right"), graph.branchLabelsOf("d1"));
        assertEquals(Set.of(), graph.branchLabelsOf("a1"));
        assertEquals(List.of("d1", "m1", "b2", "b1"), ids(graph.history(List.of("b1"), List.of())));
        assertEquals(List.of("m1", "c1", "b2", "b1", "a1"), ids(graph.history(List.of(), List.of("m1"))));
    }

    @Test
    void upgradeOneBranchThenTheOtherThenAll() {
        RevisionGraph graph = split();
        assertEquals(List.of("a1", "b1", "b2"), up(graph, "left@head"));
        assertEquals(Set.of("b2"), rows(graph, "left@head"));
        assertEquals(List.of("c1"), up(graph, "right@head", "b2"));
        assertEquals(Set.of("b2", "c1"), rows(graph, "right@head", "b2"));
        assertEquals(List.of("c1"), up(graph, "heads", "b2"));
        assertEquals(List.of("a1", "b1", "b2", "c1"), up(graph, "heads"));
        assertEquals(Set.of("b2", "c1"), rows(graph, "heads"));
        assertEquals(List.of(), up(graph, "b2", "b2", "c1"), "already there");
        assertEquals(List.of(), up(graph, "left@b2", "b2", "c1"), "already there");
    }

    @Test
    void headIsRefusedWhileTwoHeadsExist() {
        RevisionGraph graph = split();
        MultipleHeadsException e = assertThrows(MultipleHeadsException.class, () -> up(graph, "head"));
        assertEquals(List.of("b2", "c1"), e.heads());
        assertTrue(
                e.getMessage()
                        .contains("b2 (b2_file.java), c1 (c1_file.java); merge them with"
                                + " 'autogen merge -m MSG b2 c1'"),
                e.getMessage());
    }

    @Test
    void downgradeAcrossTheMergeRestoresBothParentHeads() {
        RevisionGraph graph = merged();
        assertEquals(List.of("a1", "b1", "b2", "c1", "m1", "d1"), up(graph, "head"));
        assertEquals(List.of("d1", "m1"), down(graph, "b2", "d1"));
        assertEquals(Set.of("b2", "c1"), rows(graph, "b2", "d1"));
        assertEquals(Set.of("b2", "c1"), rows(graph, "c1", "d1"));
        assertEquals(Set.of("b2", "c1"), rows(graph, "-2", "d1"));
        assertEquals(List.of("c1"), down(graph, "right@-1", "b2", "c1"));
        assertEquals(Set.of("b2"), rows(graph, "right@-1", "b2", "c1"));
        assertEquals(Set.of("b1", "c1"), rows(graph, "left@-1", "b2", "c1"));
        assertEquals(List.of("d1", "m1", "c1", "b2", "b1"), down(graph, "a1", "d1"));
        assertEquals(Set.of(), rows(graph, "base", "d1"));
        assertEquals(List.of("m1"), up(graph, "+1", "b2", "c1"), "the merge is the only next revision");
        assertEquals(List.of("m1", "d1"), up(graph, "head", "b2", "c1"));
    }

    @Test
    void everyTargetForm() {
        RevisionGraph graph = merged();
        assertEquals(Set.of("d1"), select(graph, "head"));
        assertEquals(Set.of("d1"), select(graph, "heads"));
        assertEquals(Set.of(), select(graph, "base"));
        assertEquals(Set.of("b2"), select(graph, "b2"));
        assertEquals(Set.of("m1"), select(graph, "m"));
        assertEquals(Set.of("b1"), select(graph, "left"), "a label names the revision declaring it");
        assertEquals(Set.of("m1"), select(graph, "head-1"));
        assertEquals(Set.of("b2"), select(graph, "b1+1"));
        assertEquals(Set.of("m1"), select(graph, "d1-1"));
        assertEquals(Set.of("a1"), select(graph, "base+1"));
        assertEquals(Set.of("b1"), select(graph, "left@base+1"));
        assertEquals(Set.of("d1"), select(graph, "left@head"), "the merge carries both labels on");
        assertEquals(Set.of("b2"), select(graph, "left@b2"));
        assertEquals(Set.of("m1"), select(graph, "left@-1", "d1"));
        assertEquals(Set.of("b2", "c1"), select(graph, "left@-2", "d1"));
        assertEquals(Set.of("b2"), select(graph, "left@d1-2"));
        assertEquals(Set.of("c1"), select(graph, "right@d1-2"));
        assertEquals(Set.of("a1"), select(graph, "+1"));
        assertEquals(Set.of("b1"), select(graph, "left@+1", "a1"));
        assertEquals(Set.of("b2", "c1"), select(graph, "-1", "m1"));
        assertEquals(Set.of("a1", "b1"), Set.copyOf(graph.ancestors(select(graph, "left@+1", "a1"))));
        assertEquals(Set.of("b2", "c1"), rows(graph, "left@+2", "c1"));
        assertEquals(Set.of("m1"), rows(graph, "left@+3", "a1"), "the merge pulls in c1 from the other branch");
        assertEquals(Set.of("c1"), rows(graph, "left@base", "d1"), "left and all that revises it are undone");
    }

    @Test
    void ambiguousAndImpossibleTargetsNameTheProblem() {
        RevisionGraph graph = merged();
        assertEquals(
                "Relative target +1 is ambiguous: the next revision could be b1 or c1; name the target revision,"
                        + " or use a branch label (label@+1)",
                refused(graph, "+1", "a1"));
        assertEquals(
                "Relative target -1 is ambiguous: the revision to undo could be b2 or c1; name the target"
                        + " revision, or use a branch label (label@-1)",
                refused(graph, "-1", "b2", "c1"));
        assertEquals(
                "Target m1-1 is ambiguous: m1 merges b2, c1; name the revision, or use a branch label" + " (label@-N)",
                refused(graph, "m1-1"));
        assertEquals(
                "Target base+2 is ambiguous: the history branches at a1 into b1, c1; name the revision, or use"
                        + " a branch label (label@+N)",
                refused(graph, "base+2"));
        assertEquals("Target d1+1 goes past head: d1 is a head; give a smaller step count", refused(graph, "d1+1"));
        assertEquals(
                "Target b1+4 goes past head: b1 is only 3 revisions below it; give a smaller step count",
                refused(graph, "b1+4"));
        assertEquals(
                "Target b1-3 goes below base: b1 is only 2 revisions above it; give a smaller step count",
                refused(graph, "b1-3"));
        assertEquals(
                "Target head+1 goes past head: use head, or a step below it such as head-1", refused(graph, "head+1"));
        assertEquals(
                "Relative target right@+4 goes past the head of branch right: the database is at a1, 3 revisions"
                        + " below it",
                refused(graph, "right@+4", "a1"));
        assertEquals(
                "Revision b2 is not on branch right: run history to see the branches, or drop the right@",
                refused(graph, "right@b2"));
        assertEquals(
                "Revision zz is not in migrations/versions on branch left: run history to list the revisions",
                refused(graph, "left@zz"));
        assertEquals(
                "No revision in migrations/versions declares the branch label nope: run heads to see the branch"
                        + " labels",
                refused(graph, "nope@head"));
        assertEquals(
                "Cannot upgrade to b2: the database is at d1, above it; use downgrade b2",
                assertThrows(InvalidTargetException.class, () -> up(graph, "b2", "d1"))
                        .getMessage());
        assertEquals(
                "Cannot downgrade to c1: the database is at b2, which does not include it; use upgrade c1",
                assertThrows(InvalidTargetException.class, () -> down(graph, "c1", "b2"))
                        .getMessage());
    }

    @Test
    void branchWithSeveralHeadsIsRefusedForBranchHead() {
        RevisionGraph graph = RevisionGraph.of(
                List.of(
                        node("a1", List.of(), List.of(), "trunk"),
                        node("b1", List.of("a1"), List.of()),
                        node("c1", List.of("a1"), List.of())),
                LOCATION);
        MultipleHeadsException e = assertThrows(MultipleHeadsException.class, () -> rows(graph, "trunk@head"));
        assertEquals(
                "Branch trunk has 2 heads in migrations/versions: b1, c1; merge them with"
                        + " 'autogen merge -m MSG b1 c1', or target one of them",
                e.getMessage());
    }

    @Test
    void malformedTargetsAreRefusedWhenParsed() {
        for (String text : List.of("left@", "@head", "left@heads", "heads+1", "+0", "base-1", "a b", "+x")) {
            InvalidTargetException e =
                    assertThrows(InvalidTargetException.class, () -> RevisionTarget.parse(text), text);
            assertTrue(
                    e.getMessage().startsWith("Target " + text + " ")
                            || e.getMessage().contains(text),
                    e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
        assertEquals(
                "Target left@ is incomplete: write branch@head, branch@base, branch@REV or branch@+N",
                assertThrows(InvalidTargetException.class, () -> RevisionTarget.parse("left@"))
                        .getMessage());
        RevisionTarget t = RevisionTarget.parse("left@b1+2");
        assertEquals(TargetKind.REVISION, t.kind());
        assertEquals("left", t.branch());
        assertEquals("b1", t.revision());
        assertEquals(2, t.steps());
        assertEquals(TargetKind.HEADS, RevisionTarget.parse("heads").kind());
        assertEquals(TargetKind.RELATIVE, RevisionTarget.parse("left@-1").kind());
    }

    @Test
    void dependenciesAreAppliedFirstAndUndoneAfter() {
        RevisionGraph graph = dependent();
        assertEquals(List.of("b1", "x2"), ids(graph.heads()), "a revision only depended on stays a head");
        assertEquals(List.of("a1", "b1", "x1", "x2"), up(graph, "aux@head"));
        assertEquals(Set.of("b1", "x2"), rows(graph, "aux@head"), "one row per head, the dependency included");
        assertEquals(List.of(), down(graph, "b1", "b1", "x2"), "x2 only depends on b1: it stays");
        assertEquals(List.of("x2", "b1"), down(graph, "a1", "b1", "x2"), "undoing b1 undoes what depends on it");
        assertEquals(Set.of("a1", "x1"), rows(graph, "a1", "b1", "x2"));
        assertEquals(Set.of("b1", "x1"), rows(graph, "-1", "b1", "x2"), "-1 undoes x2, the only one nothing needs");
        assertEquals(List.of("x2", "x1"), down(graph, "aux@base", "b1", "x2"));
        assertEquals(List.of("a1", "b1", "x1", "x2"), up(graph, "heads"));
    }

    @Test
    void stampMovesTheRowsLikeTheTargetWould() {
        RevisionGraph graph = merged();
        assertEquals(Set.of("b2"), stamp(graph, List.of("b2")));
        assertEquals(Set.of("b2", "c1"), stamp(graph, List.of("c1"), "b2"));
        assertEquals(Set.of("a1"), stamp(graph, List.of("a1"), "b2", "c1"));
        assertEquals(Set.of("d1"), stamp(graph, List.of("heads"), "b2"));
        assertEquals(Set.of(), stamp(graph, List.of("base"), "d1"));
        assertEquals(Set.of("b2", "c1"), stamp(graph, List.of("b2", "c1")));
        assertThrows(UnknownRevisionException.class, () -> stamp(graph, List.of("b2"), "zz"));
    }

    private static Set<String> stamp(RevisionGraph graph, List<String> targets, String... current) {
        return graph.stamp(targets.stream().map(RevisionTarget::parse).toList(), List.of(current));
    }

    @Test
    void brokenGraphsAreRefusedWithOneLine() {
        MissingParentRevisionException missing = assertThrows(
                MissingParentRevisionException.class,
                () -> RevisionGraph.of(List.of(node("a1", List.of(), List.of("zz"))), LOCATION));
        assertEquals(
                "Revision a1 depends on zz, which is not in migrations/versions: restore the migration zz or fix"
                        + " the dependsOn of a1_file.java",
                missing.getMessage());
        RevisionCycleException cycle = assertThrows(
                RevisionCycleException.class,
                () -> RevisionGraph.of(
                        List.of(node("a1", List.of(), List.of("b2")), node("b2", List.of("a1"), List.of())), LOCATION));
        assertEquals(
                "Revisions in migrations/versions form a cycle: a1 depends on b2 revises a1; fix the revises or"
                        + " dependsOn of one of them",
                cycle.getMessage());
        InvalidBranchLabelException twice = assertThrows(
                InvalidBranchLabelException.class,
                () -> RevisionGraph.of(
                        List.of(node("a1", List.of(), List.of(), "x"), node("b2", List.of("a1"), List.of(), "x")),
                        LOCATION));
        assertEquals(
                "Branch label \"x\" of revision b2 in b2_file.java is already the branch label of a1"
                        + " (a1_file.java): give one of them another label",
                twice.getMessage());
        InvalidBranchLabelException clash = assertThrows(
                InvalidBranchLabelException.class,
                () -> RevisionGraph.of(
                        List.of(node("a1", List.of(), List.of()), node("b2", List.of("a1"), List.of(), "a1")),
                        LOCATION));
        assertTrue(clash.getMessage().endsWith("is also a revision id: choose another branch label"));
        assertThrows(
                InvalidBranchLabelException.class,
                () -> RevisionGraph.of(List.of(node("a1", List.of(), List.of(), "heads")), LOCATION));
        assertThrows(
                InvalidBranchLabelException.class,
                () -> RevisionGraph.of(List.of(node("a1", List.of(), List.of(), "my@branch")), LOCATION));
    }
}
