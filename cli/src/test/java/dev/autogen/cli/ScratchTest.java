package dev.autogen.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {
    @TempDir Path dir;

    @Test
    void explore() throws Exception {
        Cli cli = new Cli(dir);
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        String h2 = "jdbc:h2:file:" + dir.resolve("h2db");
        try (var c = DriverManager.getConnection(h2, "sa", "right")) {}
        System.out.println(cli.run("init"));
        try (var s = Files.list(dir)) { s.forEach(System.out::println); }
        System.out.println(cli.run(Cli.args("--url", h2, "--user", "sa", "--password", "wrong", "current")));
        System.out.println(cli.run(Cli.args("--url", h2 + ";USER=sa;PASSWORD=wrong", "current", "--debug")));
        System.out.println(cli.run(Cli.args("--url", h2, "--user", "sa", "--password", "right", "current")));
        System.out.println(cli.run(Cli.args("--url", url, Cli.entities("dev.autogen.cli.nothing"), "check")));
        System.out.println(cli.run(Cli.args("--url", url, "--entities", dir.resolve("nope").toString(), "check")));
        System.out.println(cli.run(Cli.args("--url", url, "--migrations", dir.resolve("nomig").toString(), "upgrade")));
        System.out.println(cli.run(Cli.args("--url", url, "upgrade", "abcdef")));
        Files.writeString(dir.resolve("migrations/versions/111111111111_bad.java"), """
            import dev.autogen.runtime.Migration;
            import dev.autogen.runtime.Operations;
            import dev.autogen.runtime.Revision;

            @Revision(id = "111111111111", revises = {"999999999999"}, message = "bad", created = "2025-01-01T00:00:00Z")
            final class Bad_111111111111 implements Migration {
                @Override
                public void upgrade(Operations op) {
                    op.dropTable("x");
                }
                @Override
                public void downgrade(Operations op) {
                }
            }
            """);
        System.out.println(cli.run(Cli.args("--url", url, "upgrade")));
        Files.writeString(dir.resolve("migrations/versions/222222222222_worse.java"), "class Worse {\n  int x = ;\n}\n");
        System.out.println(cli.run(Cli.args("--url", url, "upgrade")));
        System.out.println(cli.run(Cli.args("--url", url, "history", "--debug")));
    }
}
