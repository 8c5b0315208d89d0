package dev.autogen.spring.boot;

import dev.autogen.runtime.Autogen;

/**
 * Replaces what happens to the database at start-up, as {@code FlywayMigrationStrategy} does for Flyway: with a bean
 * of this type the starter calls {@link #migrate} instead of upgrading to {@code autogen.target}, and no longer checks
 * {@code autogen.on-unknown-revision}. For example, to log where the database is and then upgrade:
 *
 * <pre>{@code
 * @Bean
 * AutogenMigrationStrategy logThenUpgrade() {
 *     return autogen -> {
 *         log.info("Database at {}", autogen.current());
 *         autogen.upgrade("head");
 *     };
 * }
 * }</pre>
 */
@FunctionalInterface
public interface AutogenMigrationStrategy {

    /**
     * Migrates, or not, at start-up.
     *
     * @param autogen configured from the {@code autogen.*} properties (connection, migrations package, lock timeout,
     *     transaction per run); without {@code autogen.migrations-package} the strategy names the migrations itself
     */
    void migrate(Autogen autogen);
}
