package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --rev-id} is checked by the loader's rules before anything is written: an id the loader would refuse never
 * becomes a file that stops every later command.
 */
class RevisionIdTest {

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir);
        cli.run("init").ok();
    }

    @ParameterizedTest
    @ValueSource(strings = {"head", "heads", "base", "abcdefabcdefabcdefabcdefabcdefabc", "+1", "a-b"})
    void idsTheLoaderRefusesAreRefusedBeforeWriting(String id) throws Exception {
        String error = cli.run("revision", "-m", "first", "--rev-id", id).userError();
        assertTrue(error.startsWith("--rev-id " + id + " "), error);
        assertTrue(error.endsWith("; use a short hexadecimal id such as 3f2a9c1d7e4b, or leave --rev-id out"), error);
        try (Stream<Path> files = Files.list(dir.resolve("migrations/versions"))) {
            assertEquals(List.of(), files.toList(), "nothing written");
        }
        // and the folder still works
        cli.run("revision", "-m", "first", "--rev-id", "a1b2c3d4e5f6").ok();
        assertEquals("a1b2c3d4e5f6 (head), first\n", cli.run("heads").ok().out());
    }
}
