package dev.autogen.runtime.internal.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A walk gives, step after step, exactly the steps {@link MigrationStep#of} works out from the graph each time. */
class MigrationStepWalkTest {

    @Test
    void aWalkGivesTheStepsOfWorksOutAfreshOnBranchingGraphs() {
        Random random = new Random(20261205);
        int steps = 0;
        for (int round = 0; round < 200; round++) {
            RevisionGraph graph = randomGraph(random, 2 + random.nextInt(30));
            List<RevisionNode> nodes = graph.nodes();
            // a start: the heads of the ancestors of a few random revisions (or base)
            Set<String> picked = new HashSet<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                picked.add(nodes.get(random.nextInt(nodes.size())).id());
            }
            List<String> start = List.copyOf(graph.headsOf(graph.ancestors(picked)));
            Set<String> upperIds = new HashSet<>(start);
            upperIds.add(nodes.get(random.nextInt(nodes.size())).id());
            Set<String> upper = graph.headsOf(graph.ancestors(upperIds));
            steps += walk(graph, Direction.UPGRADE, start, graph.upgradePath(start, upper));
            List<String> top = List.copyOf(upper);
            Set<String> lower = graph.headsOf(graph.ancestors(start));
            steps += walk(graph, Direction.DOWNGRADE, top, graph.downgradePath(top, lower));
            steps += walk(graph, Direction.DOWNGRADE, top, graph.downgradePath(top, List.of()));
        }
        assertFalse(steps < 1000, "the graphs gave long enough walks: " + steps);
    }

    private static int walk(RevisionGraph graph, Direction direction, List<String> start, List<RevisionNode> path) {
        MigrationStep.Walk walk = new MigrationStep.Walk(graph, start);
        List<String> current = start;
        for (RevisionNode node : path) {
            MigrationStep expected = MigrationStep.of(graph, direction, node, current);
            assertEquals(
                    expected, walk.step(direction, node, current), direction + " of " + node.id() + " from " + current);
            current = expected.to();
        }
        return path.size();
    }

    private static RevisionGraph randomGraph(Random random, int size) {
        List<RevisionNode> nodes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            String id = String.format("%012x", 0xa00000000000L + k);
            List<String> parents = new ArrayList<>();
            List<String> dependsOn = new ArrayList<>();
            if (!ids.isEmpty()) {
                int count = random.nextInt(10) == 0 ? 0 : 1 + (random.nextInt(4) == 0 ? 1 : 0);
                for (int p = 0; p < count; p++) {
                    String parent = ids.get(random.nextInt(ids.size()));
                    if (!parents.contains(parent)) {
                        parents.add(parent);
                    }
                }
                if (random.nextInt(6) == 0) {
                    String dependency = ids.get(random.nextInt(ids.size()));
                    if (!parents.contains(dependency)) {
                        dependsOn.add(dependency);
                    }
                }
            }
            nodes.add(new RevisionNode(id, parents, dependsOn, List.of(), "step " + k, "", "test"));
            ids.add(id);
        }
        return RevisionGraph.of(nodes, "test");
    }
}
