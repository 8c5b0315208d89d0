package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.fixtures.shop.Customer;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --lint} lints the migrations the database has not run yet ({@code current:heads}) for the server's own
 * dialect, and {@code lint current:heads} does the same alone.
 */
class CheckLintTest {

    @TempDir
    Path dir;

    @Test
    void checkLintsThePendingMigrationsOnPostgresql() throws Exception {
        MigrationSources versions = new MigrationSources(dir.resolve("migrations/versions"));
        versions.write("e00000000001", null, "create customer", """
                op.createTable("customer", column("id", BIGINT).notNull().identity(),
                        column("name", VARCHAR(100)).notNull(), primaryKey("id"));""", """
                op.dropTable("customer");""");
        versions.write("e00000000002", "e00000000001", "index name", """
                op.createIndex("customer", index("idx_customer_name", "name"));""", """
                op.dropIndex("customer", "idx_customer_name");""");
        try (Db db = TestDatabases.postgres()) {
            LintTest.Run up = LintTest.autogen(dir, "--url", db.url(), "upgrade", "e00000000001", "-q");
            assertEquals(0, up.code(), up::toString);

            String entities = Path.of(Customer.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
            LintTest.Run check = LintTest.autogen(
                    dir,
                    "--url",
                    db.url(),
                    "--entities",
                    entities,
                    "--package",
                    "dev.autogen.cli.fixtures.shop",
                    "check",
                    "--lint");
            assertEquals(1, check.code(), check::toString);
            assertTrue(check.out().contains("  error AG101 index-build, table customer: "), check::toString);
            assertTrue(
                    check.out().contains("Lint: 1 error, 0 warnings in 1 migration (current:heads) for postgresql."),
                    check::toString);
            assertTrue(check.out().contains("Failing: 1 finding reach --lint-fail-on error."), check::toString);

            LintTest.Run pending = LintTest.autogen(dir, "--url", db.url(), "lint", "current:heads");
            assertEquals(1, pending.code(), pending::toString);
            assertTrue(pending.out().contains("revision e00000000002"), pending::toString);

            LintTest.Run none = LintTest.autogen(dir, "--url", db.url(), "lint", "current:e00000000001");
            assertEquals(0, none.code(), none::toString);
            assertTrue(none.out().contains("in 0 migrations (current:e00000000001)"), none::toString);
        }
    }
}
