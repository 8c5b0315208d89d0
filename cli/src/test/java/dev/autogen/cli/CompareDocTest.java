package dev.autogen.cli;

import static dev.autogen.cli.Cli.args;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the examples of the README's sections on include/exclude, hooks, renames and the destructive-change guard on
 * SQLite (the {@code url} {@code init} writes): the settings lines, the Java code (compiled here) and the sessions,
 * one {@code $ ./autogen ...} line after the other, comparing what each prints (stdout, then stderr) with the lines
 * that follow it; {@code $ echo $?} prints the exit code of the command before.
 */
class CompareDocTest {

    @TempDir
    Path dir;

    @Test
    void excludeExample() throws Exception {
        List<String> settings =
                blocks("### Choosing the tables: include and exclude").get(0);
        Cli cli = shop(Cli.SHOP);
        sql(
                "CREATE TABLE flyway_schema_history (installed_rank INTEGER PRIMARY KEY)",
                "CREATE TABLE qrtz_jobs (name TEXT PRIMARY KEY)");
        assertEquals(1, cli.run(args(Cli.entities(Cli.SHOP), "check")).code());
        Path config = dir.resolve("autogen.properties");
        Files.writeString(config, Files.readString(config) + String.join("\n", settings) + "\n");
        assertEquals(
                "No changes: the database matches the entities.\n",
                cli.run(args(Cli.entities(Cli.SHOP), "check")).ok().out());
    }

    @Test
    void hookExample() throws Exception {
        List<List<String>> blocks = blocks("### Hooks");
        String source = String.join("\n", blocks.get(0));
        assertTrue(source.contains("public class ProjectHook implements AutogenHook"), source);
        Path hook = JavaSources.compile(
                dir.resolve("hook"),
                Map.of(
                        "com/example/autogen/ProjectHook.java",
                        source,
                        "META-INF/services/dev.autogen.diff.hook.AutogenHook",
                        "com.example.autogen.ProjectHook\n"));
        Cli cli = shop(Cli.SHOP);
        sql("CREATE TABLE report_daily (day TEXT PRIMARY KEY)");
        List<String> v2 =
                List.of("--entities", Cli.testClasses() + File.pathSeparator + hook, "--package", Cli.SHOP_V2);
        Cli.Result without = cli.run(args(Cli.entities(Cli.SHOP_V2), "diff"));
        assertTrue(
                without.out().contains("- drop table report_daily")
                        && without.out().contains("- drop table purchase"),
                without::toString);
        assertEquals(
                "+ add column customer.phone VARCHAR(30)\n",
                cli.run(args(v2, "diff")).ok().out());
    }

    @Test
    void renameSession() throws Exception {
        Cli cli = beforeAndAfter("### Renames");
        session(cli, "### Renames");
        assertEquals("Ada", single("SELECT full_name FROM users WHERE id = 1"));
        String migration = Files.readString(dir.resolve("migrations/versions/2000000000b2_full_name.java"));
        assertTrue(migration.contains("        op.renameColumn(\"users\", \"name\", \"full_name\");\n"), migration);
    }

    @Test
    void withoutRenameTheMigrationSaysWhatTheReadmeShows() throws Exception {
        Cli cli = beforeAndAfter("### Renames");
        List<String> comment = blocks("### Renames").get(0);
        Path written = Path.of(cli.run("revision", "--autogenerate", "-m", "full name")
                .ok()
                .out()
                .strip());
        String migration = Files.readString(written);
        assertTrue(
                migration.contains(String.join(
                                "\n", comment.stream().map(l -> "        " + l).toList()) + "\n"),
                migration);
    }

    @Test
    void guardSession() throws Exception {
        Cli cli = beforeAndAfter("### Renames");
        session(cli, "### Guarding against destructive changes");
    }

    /** The README's entities of a section, before and after, with the database at before and the entities at after. */
    private Cli beforeAndAfter(String section) throws Exception {
        List<List<String>> entities = blocks(section).stream()
                .filter(b -> b.get(0).startsWith("@Entity"))
                .toList();
        assertEquals(2, entities.size(), "entities before and after in " + section);
        Path before = JavaSources.compile(dir.resolve("before"), Map.of("app/User.java", entity(entities.get(0))));
        Path after = JavaSources.compile(dir.resolve("after"), Map.of("app/User.java", entity(entities.get(1))));
        Cli cli = new Cli(dir).env("AUTOGEN_PACKAGE", "app").env("AUTOGEN_ENTITIES", before.toString());
        cli.run("init").ok();
        cli.run("revision", "--autogenerate", "-m", "users", "--rev-id", "1000000000a2")
                .ok();
        cli.run("upgrade").ok();
        sql("INSERT INTO users (id, name) VALUES (1, 'Ada')");
        return cli.env("AUTOGEN_ENTITIES", after.toString());
    }

    private static String entity(List<String> lines) {
        return "package app;\n\nimport jakarta.persistence.*;\n\n" + String.join("\n", lines) + "\n";
    }

    private Cli shop(String pkg) {
        Cli cli = new Cli(dir);
        cli.run("init").ok();
        cli.run(args(Cli.entities(pkg), "-m", "create shop")).ok();
        cli.run("upgrade").ok();
        return cli;
    }

    private void session(Cli cli, String section) throws Exception {
        List<String> lines = blocks(section).stream()
                .filter(b -> b.get(0).startsWith("$ "))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session under " + section));
        String prefix = dir.toString() + dir.getFileSystem().getSeparator();
        int lastCode = -1;
        for (int i = 0; i < lines.size(); ) {
            String command = lines.get(i);
            List<String> expected = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).startsWith("$ "); i++) {
                expected.add(lines.get(i));
            }
            if (command.equals("$ echo $?")) {
                assertEquals(expected, List.of(Integer.toString(lastCode)), command);
                continue;
            }
            assertTrue(command.startsWith("$ ./autogen "), () -> "not a command: " + command);
            Cli.Result result = cli.run(words(command.substring("$ ./autogen ".length())));
            List<String> actual = new ArrayList<>();
            result.outLines().forEach(l -> actual.add(l.replace(prefix, "")));
            result.errLines().forEach(l -> actual.add(l.replace(prefix, "")));
            assertEquals(expected, actual, () -> command + "\n" + result);
            lastCode = result.code();
        }
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private String single(String query) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            assertTrue(rs.next(), query);
            return rs.getString(1);
        }
    }

    /** The fenced blocks of a README section, each as its lines. */
    static List<List<String>> blocks(String section) throws Exception {
        Path readme = Cli.buildDir().getParent().getParent().resolve("README.md");
        List<String> all = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int start = all.indexOf(section);
        assertTrue(start >= 0, () -> readme + " has no section " + section);
        List<List<String>> blocks = new ArrayList<>();
        List<String> block = null;
        for (String line : all.subList(start + 1, all.size())) {
            if (line.startsWith("#") && block == null) {
                break;
            }
            if (line.startsWith("```")) {
                if (block == null) {
                    block = new ArrayList<>();
                } else {
                    blocks.add(block);
                    block = null;
                }
            } else if (block != null) {
                block.add(line);
            }
        }
        return blocks;
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
