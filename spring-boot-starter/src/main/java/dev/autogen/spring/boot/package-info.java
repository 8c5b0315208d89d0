/**
 * Spring Boot auto-configuration that applies an application's migrations at start-up, the counterpart of Spring
 * Boot's Flyway support: {@link dev.autogen.spring.boot.AutogenAutoConfiguration} makes an
 * {@link dev.autogen.runtime.Autogen} bean from the {@code autogen.*} properties ({@link
 * dev.autogen.spring.boot.AutogenProperties}) and an {@link dev.autogen.spring.boot.AutogenMigrationInitializer} that
 * upgrades the database before the {@code EntityManagerFactory}, {@code JdbcTemplate} and other database users are
 * created. An {@link dev.autogen.spring.boot.AutogenMigrationStrategy} bean replaces what the initializer does. The
 * endpoint lives in {@code dev.autogen.spring.boot.endpoint}, which may use this package and not the reverse.
 */
package dev.autogen.spring.boot;
