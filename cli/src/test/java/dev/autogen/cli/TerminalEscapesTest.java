package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message holding terminal control sequences (clear the screen, set the window title, a carriage return that
 * overwrites the line) is printed escaped by every command that shows messages, on a real SQLite database.
 */
class TerminalEscapesTest {

    static final String MESSAGE = "add \u001b[2J\u001b]0;owned\u0007 table\rFAKE OK\u009b31m\u202e";

    @TempDir
    Path dir;

    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = new Cli(dir).env("AUTOGEN_URL", "jdbc:sqlite:" + dir.resolve("app.db"));
        cli.run("init").ok();
    }

    @Test
    void messagesAreEscapedInTerminalOutput() {
        cli.run("revision", "-m", MESSAGE, "--rev-id", "a1b2c3d4e5f6").ok();
        // the one-line forms show the first line, which a carriage return ends
        String escaped = "add \\u001b[2J\\u001b]0;owned\\u0007 table";
        for (List<String> command : List.of(
                List.of("upgrade", "head"),
                List.of("history"),
                List.of("history", "-v"),
                List.of("heads"),
                List.of("heads", "-v"),
                List.of("show", "a1b2c3d4e5f6"),
                List.of("current"),
                List.of("downgrade", "base"))) {
            Cli.Result result = cli.run(command);
            assertEquals(0, result.code(), result::toString);
            assertSafe(result.out() + result.err(), result.toString());
            if (!command.get(0).equals("current")) {
                assertTrue(result.out().contains(escaped), result::toString);
            }
        }
        // and in an error line
        cli.run("upgrade", "head").ok();
        Cli.Result error = cli.run("revision", "-m", "x", "--rev-id", "bad\u001b[2Jid");
        error.userError();
        assertSafe(error.err(), error.toString());
    }

    private static void assertSafe(String printed, String what) {
        for (char c : printed.toCharArray()) {
            boolean unsafe = (c < 0x20 && c != '\n' && c != '\t')
                    || (c >= 0x7f && c <= 0x9f)
                    || (c >= '\u202a' && c <= '\u202e');
            assertFalse(unsafe, () -> String.format("U+%04X printed raw: %s", (int) c, what));
        }
    }
}
