package dev.autogen.spring.boot;

import dev.autogen.runtime.Autogen;
import dev.autogen.runtime.internal.migration.MigrationStep;
import dev.autogen.runtime.internal.migration.error.UnknownRevisionException;
import dev.autogen.runtime.internal.migration.graph.RevisionGraph;
import dev.autogen.spring.boot.AutogenProperties.OnUnknownRevision;
import java.util.List;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;

/**
 * Migrates when the context creates it, as {@code FlywayMigrationInitializer} does: the start-up ordering (see
 * {@link AutogenMigrationInitializerDatabaseInitializerDetector}) creates it before the {@code EntityManagerFactory},
 * {@code JdbcTemplate} and any bean marked {@code @DependsOnDatabaseInitialization}. With an
 * {@link AutogenMigrationStrategy} it only calls the strategy; otherwise it checks that the database is at revisions
 * the migrations know, then upgrades to the target, logging each step.
 */
public class AutogenMigrationInitializer implements InitializingBean, Ordered {

    private static final Log LOG = LogFactory.getLog(AutogenMigrationInitializer.class);

    private final Autogen autogen;
    private final AutogenMigrationStrategy strategy;
    private final String target;
    private final OnUnknownRevision onUnknownRevision;
    private final String location;
    private int order;

    /**
     * @param strategy replaces the upgrade, or null
     * @param target what to upgrade to: {@code head}, a revision id or prefix, {@code +N}
     * @param location where the migrations come from, for messages ({@code package com.example.migrations})
     */
    public AutogenMigrationInitializer(
            Autogen autogen,
            AutogenMigrationStrategy strategy,
            String target,
            OnUnknownRevision onUnknownRevision,
            String location) {
        this.autogen = Objects.requireNonNull(autogen, "autogen");
        this.strategy = strategy;
        this.target = Objects.requireNonNull(target, "target");
        this.onUnknownRevision = Objects.requireNonNull(onUnknownRevision, "onUnknownRevision");
        this.location = Objects.requireNonNull(location, "location");
    }

    @Override
    public void afterPropertiesSet() {
        if (strategy != null) {
            strategy.migrate(autogen);
            return;
        }
        List<String> unknown = unknownRevisions();
        if (!unknown.isEmpty()) {
            String message = "The database is at revision " + String.join(", ", unknown) + ", which the migrations in "
                    + location + " do not know: a newer version of the application may have migrated it";
            if (onUnknownRevision == OnUnknownRevision.WARN) {
                LOG.warn(message + "; starting without migrating (autogen.on-unknown-revision=warn)");
                return;
            }
            throw new UnknownRevisionException(message + ": deploy that version or restore its migrations, or set"
                    + " autogen.on-unknown-revision=warn to start without migrating");
        }
        List<MigrationStep> steps = autogen.upgrade(target);
        LOG.info(
                steps.isEmpty()
                        ? "Database is up to date at " + describe(autogen.current())
                        : "Applied " + steps.size() + " migration" + (steps.size() == 1 ? "" : "s")
                                + "; database now at " + describe(autogen.current()));
    }

    /** The revisions the version table holds that the migrations do not declare. */
    private List<String> unknownRevisions() {
        RevisionGraph graph = autogen.migrator().graph();
        return autogen.current().stream().filter(id -> graph.find(id).isEmpty()).toList();
    }

    private static String describe(List<String> current) {
        return current.isEmpty() ? "base" : String.join(", ", current);
    }

    @Override
    public int getOrder() {
        return order;
    }

    public void setOrder(int order) {
        this.order = order;
    }
}
