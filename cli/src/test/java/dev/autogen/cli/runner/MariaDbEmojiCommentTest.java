package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.cli.Main;
import dev.autogen.cli.fixtures.emoji.Note;
import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An emoji in {@code @Comment} on MariaDB, whose data dictionary keeps comments in {@code utf8mb3} and so stores it as
 * {@code ?}: the generated migration says so once, online and {@code --sql} runs (through the {@code mariadb} client,
 * whose session starts in {@code utf8mb3}) both succeed, and {@code check} is clean afterwards.
 */
class MariaDbEmojiCommentTest {

    static final String R1 = "9d1c0b7a2e55";

    @TempDir
    Path dir;

    @Test
    void emojiCommentsRoundTripOnlineAndOffline() throws Exception {
        try (Db online = TestDatabases.mariadb();
                Db offline = TestDatabases.mariadb()) {
            List<String> entities = List.of("--entities", classes(), "--package", Note.class.getPackageName());
            autogen(online, "init");
            Path file =
                    Path.of(autogen(online, cat(entities, "revision", "--autogenerate", "-m", "notes", "--rev-id", R1))
                            .strip());
            String source = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(source.contains("\uD83D\uDE80"), source);
            // said once per comment, in the migration the user reviews
            assertEquals(
                    1,
                    count(
                            source,
                            "// COMMENT STORED AS 'Notes ? for launch' ON note: mariadb cannot store"
                                    + " \uD83D\uDE80 in a comment and keeps ? in its place; check compares the comment as stored\n"),
                    source);
            assertEquals(
                    1,
                    count(
                            source,
                            "// COMMENT STORED AS 'caf\u00e9 ? body' ON note.body: mariadb cannot store"
                                    + " \uD83D\uDE80 in a comment and keeps ? in its place"),
                    source);

            autogen(online, "upgrade", "head", "-q");
            assertEquals("No changes: the database matches the entities.\n", autogen(online, cat(entities, "check")));

            new MariaDbOfflineScriptTest.Client(dir)
                    .feed(offline, autogen(offline, "upgrade", "head", "--sql"))
                    .ok();
            assertEquals("No changes: the database matches the entities.\n", autogen(offline, cat(entities, "check")));
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static String[] cat(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    private static String classes() throws Exception {
        return Path.of(Note.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
    }

    private String autogen(Db db, String... args) {
        List<String> all = new ArrayList<>(List.of("--url", db.url()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                all.toArray(String[]::new), Map.of(), dir, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, () -> String.join(" ", all) + "\n" + out + err);
        assertEquals("", err.toString(), () -> String.join(" ", all) + "\n" + out + err);
        return out.toString();
    }
}
