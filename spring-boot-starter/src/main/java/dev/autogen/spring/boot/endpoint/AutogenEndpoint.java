package dev.autogen.spring.boot.endpoint;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code /actuator/autogen}: for each {@link Autogen} bean, where the database is ({@code current}), the revisions
 * applied (the current ones and everything they revise or depend on) and those pending, newest first, as
 * {@code autogen history} lists them; {@code unknown} holds revisions the database is at that the migrations do not
 * declare. Reads the version table; changes nothing.
 */
@Endpoint(id = "autogen")
public class AutogenEndpoint {

    private final Map<String, Autogen> autogens;

    /** @param autogens the {@link Autogen} beans by name */
    public AutogenEndpoint(Map<String, Autogen> autogens) {
        this.autogens = new TreeMap<>(autogens);
    }

    @ReadOperation
    public AutogenReport revisions() {
        Map<String, MigrationsReport> reports = new TreeMap<>();
        autogens.forEach((name, autogen) -> reports.put(name, report(autogen)));
        return new AutogenReport(reports);
    }

    private static MigrationsReport report(Autogen autogen) {
        List<String> current = autogen.current();
        RevisionGraph graph = autogen.migrator().graph();
        List<String> known =
                current.stream().filter(id -> graph.find(id).isPresent()).toList();
        List<String> unknown =
                current.stream().filter(id -> graph.find(id).isEmpty()).toList();
        Set<String> appliedIds = graph.ancestors(known);
        List<RevisionDescriptor> applied = new ArrayList<>();
        List<RevisionDescriptor> pending = new ArrayList<>();
        for (RevisionNode node : graph.history()) {
            (appliedIds.contains(node.id()) ? applied : pending).add(RevisionDescriptor.of(node));
        }
        return new MigrationsReport(current, applied, pending, unknown);
    }

    /** The report: one entry per {@link Autogen} bean, by bean name. */
    public record AutogenReport(Map<String, MigrationsReport> autogens) {}

    /**
     * Where one database is.
     *
     * @param current the revisions in the version table, sorted; empty at base
     * @param applied the revisions applied, newest first
     * @param pending the revisions an upgrade to the heads would apply, newest first
     * @param unknown revisions in the version table that no migration declares
     */
    public record MigrationsReport(
            List<String> current,
            List<RevisionDescriptor> applied,
            List<RevisionDescriptor> pending,
            List<String> unknown) {}

    /** One revision as its migration declares it. */
    public record RevisionDescriptor(
            String id, List<String> revises, List<String> branchLabels, String message, String created) {

        static RevisionDescriptor of(RevisionNode node) {
            return new RevisionDescriptor(
                    node.id(), node.parents(), node.branchLabels(), node.message(), node.created());
        }
    }
}
