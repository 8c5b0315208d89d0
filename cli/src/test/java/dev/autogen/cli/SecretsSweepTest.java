package dev.autogen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.testing.TestDatabases;
import dev.autogen.testing.TestDatabases.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A password never appears in anything Autogen prints: every way of giving it (a JDBC URL's {@code password=}, a
 * platform URL's user information, raw and %-encoded, {@code DATABASE_URL}, the environment, {@code --password},
 * {@code --password-file}, the config file), on every database that checks one, through commands that succeed and
 * commands that fail (wrong password, unreachable host, unknown database), with and without {@code --debug}. A
 * password given correctly in any of these ways also connects.
 */
class SecretsSweepTest {

    /** Characters that end a URL part early when not encoded: ':', '/', '?', '@', a space, and a lone '%'. */
    static final String SECRET = "Pw:7/x?y@z %Qk9";

    static final String WRONG = "Wr0ng:9/q?w@e %Vv1";

    static {
        // H2 waits up to 4 s after each wrong password, doubling from 250 ms: not what this test measures
        System.setProperty("h2.delayWrongPasswordMin", "0");
        System.setProperty("h2.delayWrongPasswordMax", "0");
    }

    @TempDir
    Path dir;

    /** One way of giving the URL and password: the command-line arguments, the environment and a config file (or null). */
    record Form(String name, List<String> args, Map<String, String> env, String configFile, boolean connects) {}

    /** Where to connect: the JDBC URL without credentials, the host part, the database (path and query) and the user. */
    record Target(String kind, String jdbcPrefix, String hostPort, String database, String query, String user) {
        String jdbc() {
            return jdbcPrefix + hostPort + "/" + database + query;
        }

        Target with(String newHostPort, String newDatabase) {
            return new Target(kind, jdbcPrefix, newHostPort, newDatabase, query, user);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "h2"})
    void thePasswordIsNeverPrinted(String kind) throws Exception {
        try (Db db = TestDatabases.of(kind)) {
            String user =
                    "ag_s_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
            Target good = createUser(db, user);
            try {
                int connected = 0;
                for (String scenario : List.of("good", "wrong password", "unreachable host", "unknown database")) {
                    Target target = switch (scenario) {
                        case "unreachable host" ->
                            kind.equals("h2")
                                    ? good.with("tcp://127.0.0.1:1", "x")
                                    : good.with("127.0.0.1:1", good.database());
                        case "unknown database" ->
                            kind.equals("h2")
                                    ? good.with("", good.database() + "_missing;IFEXISTS=TRUE")
                                    : good.with(good.hostPort(), "no_such_db_x");
                        default -> good;
                    };
                    String password = scenario.equals("wrong password") ? WRONG : SECRET;
                    for (Form form : forms(target, password)) {
                        for (List<String> command : List.of(
                                List.of("current"), List.of("upgrade", "head"), List.of("--debug", "current"))) {
                            List<String> args = new ArrayList<>(form.args());
                            args.addAll(command);
                            Path work = Files.createDirectories(dir.resolve("w" + UUID.randomUUID()));
                            Files.createDirectories(work.resolve("migrations/versions"));
                            if (form.configFile() != null) {
                                Files.writeString(
                                        work.resolve("autogen.properties"), form.configFile(), StandardCharsets.UTF_8);
                            }
                            Files.writeString(work.resolve("pw.txt"), password + "\n", StandardCharsets.UTF_8);
                            StringWriter out = new StringWriter();
                            StringWriter err = new StringWriter();
                            int code = Main.run(
                                    args.toArray(String[]::new),
                                    form.env(),
                                    work,
                                    new PrintWriter(out, true),
                                    new PrintWriter(err, true));
                            String printed = out + "\n" + err;
                            String what = kind + ", " + scenario + ", " + form.name() + ", " + String.join(" ", command)
                                    + " (exit " + code + "):\n" + printed;
                            assertNoSecret(printed, what);
                            if (scenario.equals("good") && form.connects()) {
                                assertEquals(0, code, what);
                                connected++;
                            } else if (!scenario.equals("good")
                                    && !(scenario.equals("wrong password") && kind.equals("postgresql"))) {
                                // (PostgreSQL here trusts local connections: any password connects)
                                assertEquals(2, code, what);
                                assertTrue(err.toString().startsWith("autogen: error: "), what);
                            }
                        }
                    }
                }
                assertTrue(connected >= 12, "connected " + connected + " times");
            } finally {
                dropUser(db, user);
            }
        }
    }

    /** Neither password, nor a 4-character piece of one, raw or %-encoded. */
    private static void assertNoSecret(String printed, String what) {
        for (String secret : List.of(SECRET, WRONG, encode(SECRET), encode(WRONG))) {
            for (int i = 0; i + 4 <= secret.length(); i++) {
                String piece = secret.substring(i, i + 4);
                assertFalse(printed.contains(piece), () -> "'" + piece + "' of a password printed: " + what);
            }
        }
    }

    private List<Form> forms(Target t, String password) {
        List<Form> forms = new ArrayList<>();
        String jdbc = t.jdbc();
        String sep = jdbc.contains("?") ? "&" : "?";
        if (t.kind().equals("h2")) {
            forms.add(new Form(
                    "password in the JDBC URL",
                    List.of("--url", jdbc + ";USER=" + t.user() + ";PASSWORD=" + password),
                    Map.of(),
                    null,
                    false));
        } else {
            forms.add(new Form(
                    "password= in the JDBC URL",
                    List.of("--url", jdbc + sep + "user=" + t.user() + "&password=" + password),
                    Map.of(),
                    null,
                    false));
            forms.add(new Form(
                    "password= %-encoded in the JDBC URL",
                    List.of("--url", jdbc + sep + "user=" + t.user() + "&password=" + encode(password)),
                    Map.of(),
                    null,
                    t.kind().equals("postgresql")));
            List<String> schemes =
                    t.kind().equals("postgresql") ? List.of("postgres", "postgresql") : List.of("mariadb", "mysql");
            for (String scheme : schemes) {
                String tail = t.hostPort() + "/" + t.database() + t.query();
                forms.add(new Form(
                        "DATABASE_URL " + scheme + ":// raw",
                        List.of(),
                        Map.of("DATABASE_URL", scheme + "://" + t.user() + ":" + password + "@" + tail),
                        null,
                        true));
                forms.add(new Form(
                        "DATABASE_URL " + scheme + ":// %-encoded",
                        List.of(),
                        Map.of("DATABASE_URL", scheme + "://" + t.user() + ":" + encode(password) + "@" + tail),
                        null,
                        true));
                forms.add(new Form(
                        "--url " + scheme + ":// %-encoded",
                        List.of("--url", scheme + "://" + t.user() + ":" + encode(password) + "@" + tail),
                        Map.of(),
                        null,
                        true));
            }
        }
        forms.add(new Form(
                "--password",
                List.of("--url", jdbc, "--user", t.user(), "--password", password),
                Map.of(),
                null,
                true));
        forms.add(new Form(
                "--password-file",
                List.of("--url", jdbc, "--user", t.user(), "--password-file", "pw.txt"),
                Map.of(),
                null,
                true));
        forms.add(new Form(
                "environment",
                List.of(),
                Map.of("AUTOGEN_URL", jdbc, "AUTOGEN_USER", t.user(), "AUTOGEN_PASSWORD", password),
                null,
                true));
        forms.add(new Form(
                "AUTOGEN_PASSWORD_FILE",
                List.of(),
                Map.of("AUTOGEN_URL", jdbc, "AUTOGEN_USER", t.user(), "AUTOGEN_PASSWORD_FILE", "pw.txt"),
                null,
                true));
        forms.add(new Form(
                "config file password=",
                List.of(),
                Map.of(),
                "url=" + escape(jdbc) + "\nuser=" + t.user() + "\npassword=" + escape(password)
                        + "\nmigrations=migrations\n",
                true));
        forms.add(new Form(
                "config file password-file=",
                List.of(),
                Map.of(),
                "url=" + escape(jdbc) + "\nuser=" + t.user() + "\npassword-file=pw.txt\nmigrations=migrations\n",
                true));
        return forms;
    }

    private static String escape(String propertiesValue) {
        return propertiesValue.replace("\\", "\\\\").replace(":", "\\:");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A user with {@link #SECRET} who may use the test's schema; the target to reach it. */
    private static Target createUser(Db db, String user) throws Exception {
        switch (db.kind()) {
            case "postgresql" -> {
                try (Connection c = db.connect();
                        Statement s = c.createStatement()) {
                    s.execute("CREATE ROLE " + user + " LOGIN PASSWORD '" + SECRET.replace("'", "''") + "'");
                    s.execute("GRANT ALL ON SCHEMA " + db.schema() + " TO " + user);
                }
                URI server = URI.create(System.getenv(TestDatabases.PG_URL_ENV).substring("jdbc:".length()));
                return new Target(
                        "postgresql",
                        "jdbc:postgresql://",
                        server.getHost() + ":" + port(server, 5432),
                        server.getPath().substring(1),
                        "?currentSchema=" + db.schema(),
                        user);
            }
            case "mariadb" -> {
                try (Connection c = db.connect();
                        Statement s = c.createStatement()) {
                    s.execute("CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + SECRET + "'");
                    s.execute("GRANT ALL ON " + db.schema() + ".* TO '" + user + "'@'127.0.0.1'");
                }
                URI server =
                        URI.create(System.getenv(TestDatabases.MARIADB_URL_ENV).substring("jdbc:".length()));
                return new Target(
                        "mariadb",
                        "jdbc:mariadb://",
                        server.getHost() + ":" + port(server, 3306),
                        db.schema(),
                        "?sslMode=disable",
                        user);
            }
            default -> {
                // H2 creates the file with the first user and password that connect
                try (Connection c = DriverManager.getConnection(db.url(), user, SECRET)) {
                    c.isValid(1);
                }
                String file = db.url().substring("jdbc:h2:".length());
                return new Target("h2", "jdbc:h2:", "", file.substring(1), "", user);
            }
        }
    }

    private static int port(URI server, int fallback) {
        return server.getPort() < 0 ? fallback : server.getPort();
    }

    private static void dropUser(Db db, String user) throws Exception {
        switch (db.kind()) {
            case "postgresql" -> {
                try (Connection c = db.connect();
                        Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + db.schema() + " CASCADE");
                    s.execute("DROP ROLE IF EXISTS " + user);
                }
            }
            case "mariadb" -> {
                try (Connection c = db.connect();
                        Statement s = c.createStatement()) {
                    s.execute("DROP USER IF EXISTS '" + user + "'@'127.0.0.1'");
                }
            }
            default -> {
                // the file goes with the folder
            }
        }
    }
}
