package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --timings} and {@code AUTOGEN_TIMINGS=1}: one stderr line per phase, nothing without them. */
class TimingsTest {

    @TempDir
    Path dir;

    private Cli cli;
    private String url;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        url = "jdbc:sqlite:" + dir.resolve("app.db");
        cli.run("init").ok();
    }

    private static List<String> phases(String err) {
        return err.lines()
                .peek(l -> assertTrue(l.matches("autogen: timing: [a-z-]+ \\d+\\.\\d ms"), l))
                .map(l -> l.split(" ")[2])
                .toList();
    }

    @Test
    void checkPrintsItsPhasesWhenAsked() {
        Cli.Result check = cli.run(args("--url", url, Cli.entities(Cli.SHOP), "check", "--timings"));
        assertEquals(1, check.code(), check::toString);
        List<String> phases = phases(check.err());
        for (String phase : List.of("connect", "database", "entities", "compare", "diff", "total")) {
            assertTrue(phases.contains(phase), phase + " in " + phases);
        }
        assertEquals("total", phases.get(phases.size() - 1));
    }

    @Test
    void revisionAndUpgradeTimeCodegenCompileAndExecute() {
        cli.env("AUTOGEN_TIMINGS", "1");
        Cli.Result revision = cli.run(args("--url", url, Cli.entities(Cli.SHOP), "-m", "create shop"));
        assertEquals(0, revision.code(), revision::toString);
        assertTrue(phases(revision.err()).contains("codegen"), revision::toString);
        Cli.Result upgrade = cli.run("--url", url, "upgrade", "-q");
        assertEquals(0, upgrade.code(), upgrade::toString);
        assertTrue(phases(upgrade.err()).containsAll(List.of("execute", "total")), upgrade::toString);
        // the generated migration runs from its text: nothing is compiled
        assertFalse(phases(upgrade.err()).contains("compile"), upgrade::toString);
    }

    @Test
    void offByDefaultAndTheEntityModelIsCachedInTheMigrationsFolder() {
        Cli.Result first = cli.run(args("--url", url, Cli.entities(Cli.SHOP), "check"));
        Cli.Result second = cli.run(args("--url", url, Cli.entities(Cli.SHOP), "check"));
        assertEquals("", first.err(), first::toString);
        assertEquals(first.out(), second.out());
        assertTrue(
                Files.isRegularFile(dir.resolve("migrations/.autogen/entity-EntityExport.bin")),
                "SQLite compares through a scratch space, so Hibernate's export of the entities is what is cached");
    }
}
