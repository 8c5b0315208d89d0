package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that only read the revision graph read it from the migrations' source text: they work while a
 * migration's body does not compile, and compile nothing. {@code upgrade} compiles the migrations it runs, and
 * names the one that does not compile as before.
 */
class GraphWithoutCompilerTest {

    @TempDir
    Path dir;

    private Cli cli;
    private Path versions;
    private Path broken;

    @BeforeEach
    void setUp() throws Exception {
        cli = new Cli(dir).env("AUTOGEN_URL", "jdbc:sqlite:" + dir.resolve("app.db"));
        versions = Files.createDirectories(dir.resolve("migrations/versions"));
        Files.writeString(versions.resolve("111111111111_create_notes.java"), """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                import static dev.autogen.runtime.Schema.*;
                import static dev.autogen.runtime.Types.*;

                @Revision(id = "111111111111", message = "create notes", created = "2026-12-01T00:00:00Z")
                final class CreateNotes_111111111111 implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.createTable("notes", column("id", BIGINT).notNull(), primaryKey("id"));
                    }

                    @Override
                    public void downgrade(Operations op) {
                        op.dropTable("notes");
                    }
                }
                """);
        broken = versions.resolve("222222222222_add_title.java");
        Files.writeString(broken, """
                import dev.autogen.runtime.Migration;
                import dev.autogen.runtime.Operations;
                import dev.autogen.runtime.Revision;

                @Revision(id = "222222222222", revises = {"111111111111"}, branchLabels = {"notes"},
                        message = "add title", created = "2026-12-02T00:00:00Z")
                final class AddTitle_222222222222 implements Migration {
                    @Override
                    public void upgrade(Operations op) {
                        op.noSuchOperation("notes", "title");
                    }

                    @Override
                    public void downgrade(Operations op) {}
                }
                """);
    }

    @Test
    void headsHistoryAndCurrentNeedNoCompiler() {
        assertEquals(
                List.of("222222222222 (notes) (head), add title"),
                cli.run("heads").ok().outLines());
        assertEquals(
                List.of(
                        "111111111111 -> 222222222222 (notes) (head), add title",
                        "<base> -> 111111111111, create notes"),
                cli.run("history").ok().outLines());
        assertEquals(
                List.of("base (no migration applied)"), cli.run("current").ok().outLines());
        assertTrue(cli.run("show", "222222222222").ok().out().contains("op.noSuchOperation"));
        assertFalse(Files.exists(dir.resolve("migrations/.autogen/classes")), "nothing was compiled");
    }

    @Test
    void upgradeCompilesOnlyWhatRunsAndNamesTheMigrationThatDoesNotCompile() {
        assertEquals(
                List.of("Running upgrade  -> 111111111111, create notes"),
                cli.run("upgrade", "111111111111").ok().outLines(),
                "the migration on the path compiles alone");

        String error = cli.run("upgrade").userError();

        assertTrue(error.startsWith("Migration " + broken + ":10 does not compile: cannot find symbol"), error);
        assertTrue(error.endsWith("; fix the file and run again"), error);
        assertEquals(List.of("111111111111"), cli.run("current").ok().outLines(), "nothing ran");
    }
}
