package dev.autogen.runtime.internal.migration;

import static dev.autogen.runtime.internal.migration.MigrationRunnerTest.R1;
import static dev.autogen.runtime.internal.migration.MigrationRunnerTest.R2;
import static dev.autogen.runtime.internal.migration.MigrationRunnerTest.R3;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.runtime.internal.migration.error.DatabaseConnectionException;
import dev.autogen.runtime.internal.migration.error.MigrationFailedException;
import dev.autogen.runtime.internal.migration.graph.RevisionNode;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MigratorTest {

    @TempDir
    Path root;

    private Migrator migrator(Db db, Path versions) {
        return Migrator.builder()
                .url(db.url())
                .versions(versions)
                .backend(TestBackends.of(db.kind()))
                .build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void upgradeCurrentHistoryHeadsAndDowngrade(String kind) throws Exception {
        VersionsFolder folder = new VersionsFolder(root.resolve("migrations/versions"));
        MigrationRunnerTest.writeChain(folder);
        try (Db db = TestDatabases.of(kind)) {
            Migrator migrator = migrator(db, folder.dir());

            assertEquals(List.of(), migrator.current());
            assertEquals(
                    List.of(R3, R2, R1),
                    migrator.history().stream().map(RevisionNode::id).toList());
            assertEquals(
                    List.of(R3), migrator.heads().stream().map(RevisionNode::id).toList());
            List<String> heard = new ArrayList<>();

            List<MigrationStep> up =
                    migrator.upgrade("head", step -> heard.add(step.revision().id()));

            assertEquals(List.of(R1, R2, R3), heard);
            assertEquals(3, up.size());
            assertEquals(List.of(R3), migrator.current());
            try (Connection c = db.connect()) {
                assertEquals(List.of(R3), MigrationRunnerTest.versionRows(c));
                assertTrue(MigrationRunnerTest.tableExists(c, "messages"));
            }

            assertEquals(
                    List.of(R3, R2),
                    migrator.downgrade("9d1c").stream()
                            .map(s -> s.revision().id())
                            .toList());
            assertEquals(List.of(R1), migrator.current());
            migrator.downgrade("base");
            assertEquals(List.of(), migrator.current());
            try (Connection c = db.connect()) {
                assertFalse(MigrationRunnerTest.tableExists(c, "chats"));
            }
            assertSame(migrator.migrations(), migrator.migrations(), "loaded once");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void generatedStyleMigrationsRunThroughTheUrlsDialect(String kind) throws Exception {
        VersionsFolder folder = new VersionsFolder(root.resolve("migrations/versions"));
        folder.file(R1 + "_create_chats.java", """
                import static dev.autogen.runtime.Schema.column;
                import static dev.autogen.runtime.Schema.primaryKey;
                import static dev.autogen.runtime.Types.BIGINT;
                import static dev.autogen.runtime.Types.VARCHAR;

                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "%s", message = "create chats", created = "2025-11-26T10:00:00Z")
                final class CreateChats_%s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("chats",
                                column("id", BIGINT).notNull(),
                                column("title", VARCHAR(100)),
                                primaryKey("id"));
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("chats");
                    }
                }
                """.formatted(R1, R1));
        folder.file(R2 + "_add_token_usage.java", """
                import static dev.autogen.runtime.Schema.column;
                import static dev.autogen.runtime.Schema.index;
                import static dev.autogen.runtime.Types.INTEGER;

                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "%s", revises = "%s", message = "add token usage")
                final class AddTokenUsage_%s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.addColumn("chats", column("tokens", INTEGER).notNull().serverDefault("0"));
                        op.createIndex("chats", index("ix_chats_title", "title"));
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropIndex("chats", "ix_chats_title");
                        op.dropColumn("chats", "tokens");
                    }
                }
                """.formatted(R2, R1, R2));
        folder.file(R3 + "_add_users.java", """
                import static dev.autogen.runtime.Schema.column;
                import static dev.autogen.runtime.Types.BIGINT;

                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "%s", revises = "%s", message = "add users")
                final class AddUsers_%s implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("users", column("id", BIGINT).notNull());
                        op.execute("INSERT INTO nowhere VALUES (1)");
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("users");
                    }
                }
                """.formatted(R3, R2, R3));
        try (Db db = TestDatabases.of(kind)) {
            Migrator migrator = Migrator.forUrl(db.url(), null, null, folder.dir());

            List<MigrationStep> up = migrator.upgrade(R2);

            assertEquals(
                    List.of(R1, R2), up.stream().map(s -> s.revision().id()).toList());
            assertEquals(List.of(R2), migrator.current());
            try (Connection c = db.connect()) {
                assertEquals(List.of("id", "title", "tokens"), columns(c, "chats"));
            }

            MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migrator.upgrade("head"));

            assertEquals(R3, e.revision());
            assertTrue(
                    e.getMessage()
                            .startsWith("Upgrade 3f2a9c1d7e4b -> 3fc05b2d4a19 (add users) failed and was"
                                    + " rolled back; the database stays at 3f2a9c1d7e4b: "),
                    e.getMessage());
            assertEquals(List.of(R2), migrator.current());
            try (Connection c = db.connect()) {
                assertFalse(MigrationRunnerTest.tableExists(c, "users"));
            }

            migrator.downgrade("-1");
            try (Connection c = db.connect()) {
                assertEquals(List.of("id", "title"), columns(c, "chats"));
            }
            migrator.downgrade("base");
            try (Connection c = db.connect()) {
                assertFalse(MigrationRunnerTest.tableExists(c, "chats"));
            }
        }
    }

    private static List<String> columns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet r = c.getMetaData().getColumns(c.getCatalog(), c.getSchema(), table, null)) {
            while (r.next()) {
                names.add(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    @Test
    void unreachableDatabaseIsReportedWithoutThePassword() {
        VersionsFolder folder = new VersionsFolder(root.resolve("migrations/versions"));
        MigrationRunnerTest.writeChain(folder);
        Migrator migrator = Migrator.builder()
                .url("jdbc:postgresql://127.0.0.1:1/none?user=x&password=secret")
                .versions(folder.dir())
                .backend(TestBackends.of("postgresql"))
                .build();

        DatabaseConnectionException e = assertThrows(DatabaseConnectionException.class, migrator::current);

        assertTrue(
                e.getMessage().startsWith("Cannot connect to jdbc:postgresql://127.0.0.1:1/none?user=x&password=***:"),
                e.getMessage());
        assertFalse(e.getMessage().contains("secret"));
    }

    @Test
    void builderNamesWhatIsMissing() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> Migrator.builder()
                        .url("jdbc:sqlite::memory:")
                        .backend(TestBackends.of("sqlite"))
                        .build());
        assertEquals("no migrations: call versions(..), migrationClasses(..) or migrations(..)", e.getMessage());
    }
}
