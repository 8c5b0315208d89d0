package dev.autogen.codegen;

import static dev.autogen.codegen.Samples.col;
import static dev.autogen.codegen.Samples.notNull;
import static dev.autogen.runtime.Types.BIGINT;
import static dev.autogen.runtime.Types.BOOLEAN;
import static dev.autogen.runtime.Types.INTEGER;
import static dev.autogen.runtime.Types.TEXT;
import static dev.autogen.runtime.Types.TIMESTAMP;
import static dev.autogen.runtime.Types.VARCHAR;
import static dev.autogen.runtime.Types.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.autogen.core.model.CheckConstraint;
import dev.autogen.core.model.Column;
import dev.autogen.core.model.ColumnState;
import dev.autogen.core.model.Index;
import dev.autogen.core.model.PrimaryKey;
import dev.autogen.core.model.Table;
import dev.autogen.core.model.UniqueConstraint;
import dev.autogen.core.ops.AddCheckOp;
import dev.autogen.core.ops.AddColumnOp;
import dev.autogen.core.ops.AddForeignKeyOp;
import dev.autogen.core.ops.AddUniqueOp;
import dev.autogen.core.ops.AlterColumnOp;
import dev.autogen.core.ops.CreateIndexOp;
import dev.autogen.core.ops.CreateTableOp;
import dev.autogen.core.ops.DropColumnOp;
import dev.autogen.core.ops.DropForeignKeyOp;
import dev.autogen.core.ops.DropIndexOp;
import dev.autogen.core.ops.DropTableOp;
import dev.autogen.core.ops.MigrationPlan;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole migration files for representative plans, compared byte for byte with {@code src/test/resources/golden}. On a
 * mismatch the actual file is written to {@code <build folder>/golden-actual/}. Run with
 * {@code -Dautogen.updateGolden=true} to rewrite the golden files instead.
 */
class GoldenFileTest {

    private static final Instant CREATED = Instant.parse("2025-03-14T09:26:53Z");

    /** The package of {@link #packaged()}. */
    static final String PACKAGE = "com.example.app.db.migrations";

    record Case(RevisionInfo info, MigrationPlan plan, String packageName, OnlineMarks marks) {
        Case(RevisionInfo info, MigrationPlan plan) {
            this(info, plan, null, OnlineMarks.NONE);
        }

        Case(RevisionInfo info, MigrationPlan plan, String packageName) {
            this(info, plan, packageName, OnlineMarks.NONE);
        }

        MigrationWriter writer() {
            return new MigrationWriter(null).inPackage(packageName);
        }

        String fileName() {
            return writer().sourceFileName(info);
        }

        String source() {
            return writer().render(info, plan, op -> List.of(), marks);
        }

        @Override
        public String toString() {
            return fileName();
        }
    }

    static List<Case> cases() {
        return List.of(
                createRelatedTables(),
                alterColumns(),
                destructiveDrops(),
                emptyMerge(),
                labelledBranch(),
                mergeOfTwoHeads(),
                onlineChanges());
    }

    /** Every case with a golden file: the chain, and {@link #packaged()}. */
    static List<Case> goldenCases() {
        List<Case> all = new java.util.ArrayList<>(cases());
        all.add(packaged());
        return all;
    }

    /**
     * A migration written into the package of an application's sources ({@code revision} with a migrations package):
     * a package line first, the file named after the class. Not part of the chain, which lives in a versions folder.
     */
    static Case packaged() {
        MigrationPlan plan = new MigrationPlan(List.of(
                new AddColumnOp("users", col("phone", VARCHAR(32))),
                new CreateIndexOp("users", new Index("idx_users_phone", List.of("phone"), false))));
        return new Case(
                new RevisionInfo("7081920314a5", List.of("6f7081920314"), "Add phone numbers", CREATED), plan, PACKAGE);
    }

    static Index tokenUsageModelIndex() {
        return new Index("idx_token_usage_model", List.of("model", "user_id"), false);
    }

    static Table legacyAudit() {
        return new Table(
                "legacy_audit",
                List.of(
                        Samples.id(),
                        notNull("action", VARCHAR(50)),
                        col("payload", TEXT),
                        new Column("at", TIMESTAMP, false, "CURRENT_TIMESTAMP", false)),
                new PrimaryKey("pk_legacy_audit", List.of("id")),
                List.of(),
                List.of(new Index("idx_legacy_audit_at", List.of("at"), false)),
                List.of());
    }

    /**
     * Related tables with keys and indexes, created in dependency order, plus a separate index. The cases form one
     * revision chain that a database can run in order: each applies to the schema the previous one leaves.
     */
    static Case createRelatedTables() {
        MigrationPlan plan = new MigrationPlan(List.of(
                new CreateTableOp(Samples.users()),
                new CreateTableOp(Samples.chats()),
                new CreateTableOp(Samples.messages()),
                new CreateTableOp(Samples.tokenUsage()),
                new CreateTableOp(legacyAudit()),
                new CreateIndexOp("token_usage", tokenUsageModelIndex())));
        return new Case(new RevisionInfo("1a2b3c4d5e6f", List.of(), "Create users, chats and messages", CREATED), plan);
    }

    /** Columns added, changed (safely and not) and dropped. */
    static Case alterColumns() {
        MigrationPlan plan = new MigrationPlan(List.of(
                new AddColumnOp("users", new Column("locale", VARCHAR(8), false, "'en'", false)),
                new AddColumnOp("chats", new Column("archived", BOOLEAN, false, "FALSE", false)),
                new AddColumnOp("chats", col("archived_at", TIMESTAMP(6))),
                new AlterColumnOp(
                        "users",
                        "nickname",
                        new ColumnState(VARCHAR(64), true, null),
                        new ColumnState(VARCHAR(128), true, null)),
                new AlterColumnOp(
                        "chats",
                        "title",
                        new ColumnState(VARCHAR(200), false, "'Untitled'"),
                        new ColumnState(VARCHAR(200), false, "'New chat'")),
                new AlterColumnOp(
                        "messages",
                        "tokens",
                        new ColumnState(INTEGER, true, null),
                        new ColumnState(BIGINT, false, "0")),
                new DropColumnOp("messages", col("metadata", raw("jsonb"))),
                new AddUniqueOp("users", new UniqueConstraint("uk_users_nickname", List.of("nickname")))));
        return new Case(
                new RevisionInfo(
                        "2b3c4d5e6f70",
                        List.of("1a2b3c4d5e6f"),
                        "Add, alter and drop columns",
                        CREATED.plusSeconds(86_400)),
                plan);
    }

    /** A foreign key, an index and two tables dropped; the downgrade recreates them. */
    static Case destructiveDrops() {
        MigrationPlan plan = new MigrationPlan(List.of(
                new DropForeignKeyOp(
                        "messages", Samples.messages().foreignKeys().get(0)),
                new DropIndexOp("chats", Samples.chats().indexes().get(0)),
                new DropTableOp(Samples.tokenUsage().withIndexes(List.of(tokenUsageModelIndex()))),
                new DropTableOp(legacyAudit())));
        String message = "Drop legacy tables\n\nThe audit log moved to its own service; token usage is now billed.";
        return new Case(
                new RevisionInfo("3c4d5e6f7081", List.of("2b3c4d5e6f70"), message, CREATED.plusSeconds(2 * 86_400)),
                plan);
    }

    /** A revision with nothing to do. */
    static Case emptyMerge() {
        return new Case(
                new RevisionInfo(
                        "4d5e6f708192",
                        List.of("3c4d5e6f7081"),
                        "Nothing left to change",
                        CREATED.plusSeconds(3 * 86_400)),
                MigrationPlan.empty());
    }

    /** A second line of history from the third revision, starting a branch labelled {@code reports}. */
    static Case labelledBranch() {
        return new Case(
                new RevisionInfo(
                        "5e6f70819203",
                        List.of("3c4d5e6f7081"),
                        List.of(),
                        List.of("reports"),
                        "Start the reports branch",
                        CREATED.plusSeconds(4 * 86_400)),
                MigrationPlan.empty());
    }

    /** The merge of the two heads, as {@code autogen merge} writes it. */
    static Case mergeOfTwoHeads() {
        return new Case(
                new RevisionInfo(
                        "6f7081920314",
                        List.of("4d5e6f708192", "5e6f70819203"),
                        "Merge reports",
                        CREATED.plusSeconds(5 * 86_400)),
                MigrationPlan.empty());
    }

    /**
     * Changes to tables that hold rows, written as autogenerate writes them with {@code online=auto} against MariaDB:
     * each call on {@code op.online()}, and the check constraint, which MariaDB adds only by copying the table, marked
     * as blocking writes there.
     */
    static Case onlineChanges() {
        MigrationPlan plan = new MigrationPlan(List.of(
                new CreateIndexOp("chats", new Index("idx_chats_user_title", List.of("user_id", "title"), false)),
                new AddForeignKeyOp("messages", Samples.messages().foreignKeys().get(0)),
                new AddCheckOp("messages", new CheckConstraint("ck_messages_tokens", "tokens >= 0")),
                new AlterColumnOp(
                        "chats",
                        "archived_at",
                        new ColumnState(TIMESTAMP(6), true, null),
                        new ColumnState(TIMESTAMP(6), false, null))));
        return new Case(
                new RevisionInfo(
                        "8192031425b6", List.of("6f7081920314"), "Online changes", CREATED.plusSeconds(6 * 86_400)),
                plan,
                null,
                new OnlineMarks(true, Dialects.forName("mariadb"), "MariaDB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenCases")
    void matchesGoldenFile(Case c) throws IOException {
        String actual = c.source();
        if (Boolean.getBoolean("autogen.updateGolden")) {
            Path golden = Files.createDirectories(moduleDir().resolve("src/test/resources/golden"))
                    .resolve(c.fileName());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = readGolden(c.fileName());
        Path out = buildDir().resolve("golden-actual").resolve(c.fileName());
        Files.deleteIfExists(out);
        if (!actual.equals(expected)) {
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            assertEquals(
                    expected,
                    actual,
                    "generated file differs from golden/" + c.fileName() + "; actual written to " + out
                            + " (rerun with -Dautogen.updateGolden=true to accept it)");
        }
    }

    @Test
    void goldenCasesCompileAndRoundTrip(@TempDir Path dir) throws Exception {
        MigrationWriter writer = new MigrationWriter(null);
        List<CompiledMigrations.Generated> files = cases().stream()
                .map(c -> new CompiledMigrations.Generated(c.info(), c.plan(), c.source()))
                .toList();
        CompiledMigrations.compileAndCheck(dir, files);
    }

    @Test
    void thePackagedCaseCompilesInItsPackage(@TempDir Path dir) throws Exception {
        Case c = packaged();
        String source = c.source();
        assertEquals("package " + PACKAGE + ";\n\nimport dev.autogen.runtime.Migration;", source.substring(0, 77));
        assertEquals("AddPhoneNumbers_7081920314a5.java", c.fileName());
        CompiledMigrations.compileAndCheck(
                dir, List.of(new CompiledMigrations.Generated(c.info(), c.plan(), source, PACKAGE)));
    }

    @Test
    void everyGoldenFileBelongsToACase() throws IOException {
        Assumptions.assumeFalse(Boolean.getBoolean("autogen.updateGolden"), "golden files are being rewritten");
        Path golden = moduleDir().resolve("src/test/resources/golden");
        try (Stream<Path> files = Files.list(golden)) {
            List<String> names =
                    files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(goldenCases().stream().map(Case::fileName).sorted().toList(), names, "files in " + golden);
        }
    }

    private static String readGolden(String name) throws IOException {
        try (InputStream in = GoldenFileTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IOException(
                        "golden/" + name + " is missing; run with -Dautogen.updateGolden=true to create it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The module's build folder ({@code target} or {@code target-<name>}): the parent of test-classes. */
    static Path buildDir() {
        try {
            return Path.of(GoldenFileTest.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path moduleDir() {
        return buildDir().getParent();
    }
}
