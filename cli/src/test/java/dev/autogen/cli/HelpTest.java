package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --help} on the root and on every command. The root's and {@code upgrade}'s are pinned by golden files under
 * {@code src/test/resources/golden/}; on a mismatch the actual output is written under the build folder and its path
 * printed. {@code -Dautogen.updateGolden=true} rewrites the golden files instead.
 */
class HelpTest {

    @TempDir
    Path dir;

    @Test
    void rootHelp() throws IOException {
        Cli.Result result = new Cli(dir).run("--help").ok();
        assertGolden("root-help.txt", result.out());
        // the help command and no arguments at all print the same
        assertEquals(result.out(), new Cli(dir).run("help").ok().out());
        assertEquals(result.out(), new Cli(dir).run().ok().out());
    }

    @Test
    void upgradeHelp() throws IOException {
        Cli.Result result = new Cli(dir).run("upgrade", "--help").ok();
        assertGolden("upgrade-help.txt", result.out());
        assertEquals(result.out(), new Cli(dir).run("help", "upgrade").ok().out());
        assertEquals(result.out(), new Cli(dir).run("upgrade", "-h").ok().out());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "init",
                "revision",
                "upgrade",
                "downgrade",
                "current",
                "history",
                "heads",
                "branches",
                "show",
                "stamp",
                "merge",
                "check",
                "diff",
                "lint"
            })
    void everyCommandHasHelp(String command) {
        Cli.Result result = new Cli(dir).run(command, "--help").ok();
        assertTrue(result.out().startsWith("Usage: autogen " + command + " "), result::toString);
        // the global options are listed, and every line fits in 80 columns
        for (String option : new String[] {"--url=JDBC_URL", "--config=FILE", "--migrations=DIR", "--debug"}) {
            assertTrue(result.out().contains(option), () -> option + " missing\n" + result);
        }
        result.outLines().forEach(line -> assertTrue(line.length() <= 80, () -> "too long: " + line));
        // help needs no settings: it works even with a broken config file
        Cli.Result broken = new Cli(dir)
                .run("--config", "missing.properties", command, "--help")
                .ok();
        assertEquals(result.out(), broken.out());
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path source =
                Cli.buildDir().getParent().resolve("src/test/resources/golden").resolve(name);
        if (Boolean.getBoolean("autogen.updateGolden")) {
            Files.createDirectories(source.getParent());
            Files.writeString(source, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected;
        try (InputStream in = HelpTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                fail("golden file " + source.toAbsolutePath()
                        + " is missing; run with -Dautogen.updateGolden=true to create it");
            }
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!expected.equals(actual)) {
            Path written = Cli.buildDir().resolve("golden-actual").resolve(name);
            Files.createDirectories(written.getParent());
            Files.writeString(written, actual, StandardCharsets.UTF_8);
            System.err.println("Help output differs from golden/" + name + "; the actual output is in " + written);
            assertEquals(
                    expected,
                    actual,
                    "golden/" + name + " differs; actual output written to " + written
                            + " (rerun with -Dautogen.updateGolden=true to accept it)");
        }
    }
}
