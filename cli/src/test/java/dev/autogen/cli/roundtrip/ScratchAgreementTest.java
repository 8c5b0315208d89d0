package dev.autogen.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.autogen.cli.Main;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both ways of computing the target agree: the entity model read offline ({@code --no-scratch}) and Hibernate's DDL
 * run in a scratch space and read back ({@code --scratch}) give the same plan for every version of the round-trip
 * model, from the database at the version before, and both find nothing once it is applied.
 */
class ScratchAgreementTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sqlite", "postgresql", "mariadb", "h2"})
    void offlineAndScratchGiveTheSamePlans(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            assertEquals(
                    0,
                    cli(db, null, "init", dir.resolve("migrations").toString()).code());
            for (int v = 1; v <= RoundTripTest.VERSIONS; v++) {
                Path entities = VersionedSources.compile(v, dir.resolve("classes-v" + v));
                Run offline = cli(db, entities, "diff", "--no-scratch");
                Run scratch = cli(db, entities, "diff", "--scratch");
                assertEquals(0, offline.code(), offline.err());
                assertEquals(0, scratch.code(), scratch.err());
                assertNotEquals("No changes.\n", offline.out(), "version " + v + " changes something");
                assertEquals(offline.out(), scratch.out(), "the plans for version " + v);
                Run revision = cli(db, entities, "revision", "--autogenerate", "-m", "version " + v);
                assertEquals(0, revision.code(), revision.err());
                Run upgrade = cli(db, entities, "upgrade", "head");
                assertEquals(0, upgrade.code(), upgrade.err());
                // the offline path finding nothing here is the round-trip test's law
                assertEquals(
                        "No changes.\n", cli(db, entities, "diff", "--scratch").out(), "scratch after version " + v);
            }
        }
    }

    record Run(int code, String out, String err) {}

    private Run cli(Db db, Path entities, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(
                "--url", db.url(), "--migrations", dir.resolve("migrations").toString()));
        if (entities != null) {
            all.addAll(List.of("--entities", entities.toString(), "--package", "rt"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
