package dev.autogen.cli.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Feeds an offline script to the database's own command-line client (psql, the mariadb client, sqlite3), as a user
 * deploys it. A missing client skips the test, except under {@code CI=true}, where it is a failure.
 */
final class DatabaseClients {

    private DatabaseClients() {}

    /** The script through the database's own client, stopping at the first error; fails on any error output. */
    static void feed(Db db, Path dir, String script) throws Exception {
        Path file = Files.writeString(dir.resolve("deploy.sql"), script, StandardCharsets.UTF_8);
        if (db.kind().equals("sqlite")) {
            require("sqlite3");
            String path = db.url().substring("jdbc:sqlite:".length());
            ExternalProcess.Outcome sqlite = ExternalProcess.run(List.of("sqlite3", "-bail", path), dir, Map.of(), file)
                    .ok();
            assertEquals("", sqlite.err(), sqlite::toString);
        } else if (db.kind().equals("mariadb")) {
            require("mariadb");
            // the server URL of the tests (jdbc:mariadb://host:port/?user=...): the client stops at the first error
            java.net.URI server = java.net.URI.create(
                    System.getenv(TestDatabases.MARIADB_URL_ENV).substring("jdbc:".length()));
            String user = java.util.Arrays.stream(server.getQuery().split("&"))
                    .filter(p -> p.startsWith("user="))
                    .map(p -> p.substring("user=".length()))
                    .findFirst()
                    .orElse("root");
            ExternalProcess.Outcome mariadb = ExternalProcess.run(
                            List.of(
                                    "mariadb",
                                    "--batch",
                                    "--default-character-set=utf8mb4",
                                    "-h",
                                    server.getHost(),
                                    "-P",
                                    String.valueOf(server.getPort() < 0 ? 3306 : server.getPort()),
                                    "-u",
                                    user,
                                    db.schema()),
                            dir,
                            Map.of(),
                            file)
                    .ok();
            assertEquals("", mariadb.err(), mariadb::toString);
        } else {
            require("psql");
            String server = System.getenv(TestDatabases.PG_URL_ENV).substring("jdbc:".length());
            ExternalProcess.Outcome psql = ExternalProcess.run(
                            List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", server, "-f", file.toString()),
                            dir,
                            Map.of("PGOPTIONS", "-c search_path=" + db.schema()),
                            null)
                    .ok();
            // every script creates the history table where it is missing (IF NOT EXISTS): PostgreSQL notes it was there
            String err = psql.err()
                    .lines()
                    .filter(l -> !l.endsWith("NOTICE:  relation \"autogen_version_history\" already exists, skipping"))
                    .reduce("", (a, b) -> a + b + "\n");
            assertEquals("", err, psql::toString);
        }
    }

    /** Skips the test without {@code client} on the PATH; under {@code CI=true} a missing client fails it. */
    static void require(String client) {
        boolean found = java.util.Arrays.stream(
                        System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, client)));
        if (!found && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(client
                    + " is not installed, and CI=true needs every database client (apt-get install " + client + ")");
        }
        assumeTrue(found, client + " is not installed: test skipped (apt-get install " + client + ")");
    }
}
