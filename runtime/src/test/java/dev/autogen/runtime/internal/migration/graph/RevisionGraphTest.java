package dev.autogen.runtime.internal.migration.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.migration.error.AmbiguousRevisionException;
import dev.autogen.runtime.internal.migration.error.DuplicateRevisionException;
import dev.autogen.runtime.internal.migration.error.InvalidTargetException;
import dev.autogen.runtime.internal.migration.error.MissingParentRevisionException;
import dev.autogen.runtime.internal.migration.error.MultipleHeadsException;
import dev.autogen.runtime.internal.migration.error.RevisionCycleException;
import dev.autogen.runtime.internal.migration.error.UnknownRevisionException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionGraphTest {

    private static final String LOCATION = "migrations/versions";

    private static RevisionNode node(String id, String... parents) {
        return new RevisionNode(id, List.of(parents), "message " + id, "", id + "_file.java");
    }

    /** a1 <- b2 <- c3 <- d4, given out of order. */
    private static RevisionGraph linear() {
        return RevisionGraph.of(List.of(node("c3", "b2"), node("a1"), node("d4", "c3"), node("b2", "a1")), LOCATION);
    }

    private static Set<String> target(RevisionGraph graph, String target, String... current) {
        return graph.resolveTarget(RevisionTarget.parse(target), List.of(current));
    }

    private static List<String> ids(Collection<RevisionNode> nodes) {
        return nodes.stream().map(RevisionNode::id).toList();
    }

    @Test
    void linearChainOrdersHistoryHeadAndBase() {
        RevisionGraph graph = linear();
        assertEquals(List.of("a1", "b2", "c3", "d4"), ids(graph.nodes()));
        assertEquals(List.of("d4", "c3", "b2", "a1"), ids(graph.history()));
        assertEquals(List.of("d4"), ids(graph.heads()));
        assertEquals(List.of("a1"), ids(graph.bases()));
        assertEquals("d4", graph.head().orElseThrow().id());
    }

    @Test
    void pathsGoUpParentsFirstAndDownChildrenFirst() {
        RevisionGraph graph = linear();
        assertEquals(List.of("a1", "b2", "c3", "d4"), ids(graph.upgradePath(List.of(), Set.of("d4"))));
        assertEquals(List.of("c3", "d4"), ids(graph.upgradePath(List.of("b2"), Set.of("d4"))));
        assertEquals(List.of("d4", "c3"), ids(graph.downgradePath(List.of("d4"), Set.of("b2"))));
        assertEquals(List.of("b2", "a1"), ids(graph.downgradePath(List.of("b2"), Set.of())));
        assertEquals(List.of(), graph.upgradePath(List.of("d4"), Set.of("d4")));
    }

    @Test
    void upgradeBelowAndDowngradeAboveAreRefused() {
        RevisionGraph graph = linear();
        InvalidTargetException below =
                assertThrows(InvalidTargetException.class, () -> graph.upgradePath(List.of("c3"), Set.of("a1")));
        assertTrue(below.getMessage().contains("below the current revision c3; use downgrade"), below.getMessage());
        InvalidTargetException above =
                assertThrows(InvalidTargetException.class, () -> graph.downgradePath(List.of("b2"), Set.of("d4")));
        assertTrue(above.getMessage().contains("above the current revision b2; use upgrade"), above.getMessage());
    }

    @Test
    void targetsResolveHeadBaseIdsPrefixesAndRelativeSteps() {
        RevisionGraph graph = linear();
        assertEquals(Set.of("d4"), target(graph, "head"));
        assertEquals(Set.of(), target(graph, "base", "c3"));
        assertEquals(Set.of("b2"), target(graph, "b2"));
        assertEquals(Set.of("c3"), target(graph, "c"));
        assertEquals(Set.of("a1"), target(graph, "+1"));
        assertEquals(Set.of("c3"), target(graph, "+2", "a1"));
        assertEquals(Set.of("b2"), target(graph, "-2", "d4"));
        assertEquals(Set.of(), target(graph, "-1", "a1"));
        assertEquals(Set.of(), target(graph, "-4", "d4"));
        assertEquals(Set.of("c3"), target(graph, " c3 "));
    }

    @Test
    void relativeStepsPastHeadOrBelowBaseAreRefused() {
        RevisionGraph graph = linear();
        InvalidTargetException up = assertThrows(InvalidTargetException.class, () -> target(graph, "+3", "b2"));
        assertEquals(
                "Relative target +3 goes past head: the database is at b2, 2 revisions below head", up.getMessage());
        InvalidTargetException down = assertThrows(InvalidTargetException.class, () -> target(graph, "-3", "b2"));
        assertEquals(
                "Relative target -3 goes below base: the database is at b2, 2 revisions above base", down.getMessage());
    }

    @Test
    void unknownAndAmbiguousRevisionsAreReported() {
        RevisionGraph graph = RevisionGraph.of(List.of(node("3f2a9c"), node("3f9b01", "3f2a9c")), LOCATION);
        UnknownRevisionException unknown = assertThrows(UnknownRevisionException.class, () -> target(graph, "77"));
        assertEquals(
                "Revision 77 is not in migrations/versions: run history to list the revisions", unknown.getMessage());
        AmbiguousRevisionException ambiguous =
                assertThrows(AmbiguousRevisionException.class, () -> target(graph, "3f"));
        assertEquals(
                "Revision prefix 3f matches 2 revisions (3f2a9c, 3f9b01): give more characters of the id",
                ambiguous.getMessage());
        assertEquals(Set.of("3f2a9c"), target(graph, "3f2"));
        UnknownRevisionException atUnknown =
                assertThrows(UnknownRevisionException.class, () -> target(graph, "head", "0000aa"));
        assertTrue(
                atUnknown
                        .getMessage()
                        .startsWith("The database is at revision 0000aa, which is not in" + " migrations/versions"),
                atUnknown.getMessage());
    }

    @Test
    void malformedTargetsAreRefused() {
        assertThrows(InvalidTargetException.class, () -> RevisionTarget.parse(" "));
        assertThrows(InvalidTargetException.class, () -> RevisionTarget.parse("+x"));
        assertThrows(InvalidTargetException.class, () -> RevisionTarget.parse("ab cd"));
        assertEquals(TargetKind.RELATIVE, RevisionTarget.parse("-12").kind());
        assertEquals(-12, RevisionTarget.parse("-12").steps());
    }

    @Test
    void missingParentNamesRevisionParentAndFolder() {
        MissingParentRevisionException e = assertThrows(
                MissingParentRevisionException.class,
                () -> RevisionGraph.of(List.of(node("a1"), node("b2", "zz")), LOCATION));
        assertEquals(
                "Revision b2 revises zz, which is not in migrations/versions: restore the migration zz or fix"
                        + " the revises of b2_file.java",
                e.getMessage());
    }

    @Test
    void duplicateIdsNameBothOrigins() {
        RevisionNode first = new RevisionNode("a1", List.of(), "", "", "v/a1_one.java");
        RevisionNode second = new RevisionNode("a1", List.of(), "", "", "v/a1_two.java");
        DuplicateRevisionException e = assertThrows(
                DuplicateRevisionException.class, () -> RevisionGraph.of(List.of(first, second), LOCATION));
        assertTrue(
                e.getMessage().startsWith("Revision a1 is declared twice, in v/a1_one.java and in v/a1_two.java"),
                e.getMessage());
    }

    @Test
    void cyclesAreFound() {
        RevisionCycleException e = assertThrows(
                RevisionCycleException.class,
                () -> RevisionGraph.of(
                        List.of(node("a1"), node("b2", "d4"), node("c3", "b2"), node("d4", "c3")), LOCATION));
        assertTrue(e.getMessage().contains("form a cycle: b2 revises d4 revises c3 revises b2"), e.getMessage());
        assertThrows(RevisionCycleException.class, () -> RevisionGraph.of(List.of(node("s1", "s1")), LOCATION));
    }

    @Test
    void twoHeadsAreListedAndRefusedForHeadTargets() {
        RevisionGraph graph = RevisionGraph.of(List.of(node("a1"), node("b2", "a1"), node("c3", "a1")), LOCATION);
        assertEquals(List.of("b2", "c3"), ids(graph.heads()));
        MultipleHeadsException e = assertThrows(MultipleHeadsException.class, () -> target(graph, "head"));
        assertEquals(
                "Multiple head revisions in migrations/versions: b2 (b2_file.java), c3 (c3_file.java); merge"
                        + " them with 'autogen merge -m MSG b2 c3', or target heads, one of them, or a branch@head",
                e.getMessage());
        assertEquals(List.of("b2", "c3"), e.heads());
        assertThrows(InvalidTargetException.class, () -> target(graph, "+1", "a1"));
        assertEquals(List.of("a1", "b2"), ids(graph.upgradePath(List.of(), target(graph, "b2"))));
    }

    @Test
    void appliedHeadsFollowAncestorSetsIncludingMergeNodes() {
        RevisionGraph graph = RevisionGraph.of(
                List.of(node("a1"), node("b2", "a1"), node("c3", "a1"), node("m4", "b2", "c3")), LOCATION);
        assertEquals(Set.of("a1", "b2", "c3", "m4"), graph.ancestors(List.of("m4")));
        assertEquals(Set.of("b2", "c3"), graph.headsOf(Set.of("a1", "b2", "c3")));
        assertEquals(Set.of("m4"), graph.headsOf(Set.of("a1", "b2", "c3", "m4")));
        assertEquals("m4", graph.head().orElseThrow().id());
    }

    @Test
    void emptyGraphHasNoHeadAndHeadMeansBase() {
        RevisionGraph graph = RevisionGraph.of(List.of(), LOCATION);
        assertTrue(graph.head().isEmpty());
        assertEquals(Set.of(), target(graph, "head"));
        assertEquals(List.of(), graph.upgradePath(List.of(), Set.of()));
    }
}
