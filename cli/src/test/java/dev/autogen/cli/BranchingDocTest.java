package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the sessions of the README's "Branches and merges" section on SQLite (the {@code url} {@code init} writes), one
 * {@code $ ./autogen ...} line after the other, and compares what each prints, stdout then stderr, with the lines
 * that follow it. Paths print relative to the working folder.
 */
class BranchingDocTest {

    private static final String SECTION = "### Branches and merges";

    @TempDir
    Path dir;

    @Test
    void readmeSessionsRunAsShown() throws Exception {
        List<String> lines = sessionLines();
        assertTrue(lines.size() > 20, () -> "no session found under " + SECTION);
        Cli cli = new Cli(dir);
        cli.run("init").ok();
        String prefix = dir.toString() + dir.getFileSystem().getSeparator();
        for (int i = 0; i < lines.size(); ) {
            String command = lines.get(i);
            assertTrue(command.startsWith("$ ./autogen "), () -> "not a command: " + command);
            List<String> expected = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).startsWith("$ "); i++) {
                expected.add(lines.get(i));
            }
            Cli.Result result = cli.run(words(command.substring("$ ./autogen ".length())));
            List<String> actual = new ArrayList<>();
            result.outLines().forEach(l -> actual.add(l.replace(prefix, "")));
            result.errLines().forEach(l -> actual.add(l.replace(prefix, "")));
            assertEquals(expected, actual, () -> command + "\n" + result);
            assertEquals(result.err().isEmpty() ? 0 : 2, result.code(), result::toString);
        }
    }

    /** The lines of the fenced blocks in the section. */
    private static List<String> sessionLines() throws Exception {
        Path readme = Cli.buildDir().getParent().getParent().resolve("README.md");
        List<String> all = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int start = all.indexOf(SECTION);
        assertTrue(start >= 0, () -> readme + " has no section " + SECTION);
        List<String> lines = new ArrayList<>();
        boolean inBlock = false;
        for (String line : all.subList(start + 1, all.size())) {
            if (line.startsWith("#") && !inBlock) {
                break;
            }
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Splits a command line at blanks, keeping double-quoted words together. */
    private static String[] words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }
}
