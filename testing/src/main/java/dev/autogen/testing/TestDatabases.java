package dev.autogen.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Real databases for tests. PostgreSQL comes from {@code AUTOGEN_TEST_PG_URL} (a JDBC URL, credentials inside it); each
 * call gets a fresh schema, dropped on close. Without the variable or a reachable server the test is skipped, except
 * under {@code CI=true}, where a missing server is a failure. SQLite and H2 are fresh files in a temporary folder.
 */
public final class TestDatabases {

    public static final String PG_URL_ENV = "AUTOGEN_TEST_PG_URL";
    public static final String MARIADB_URL_ENV = "AUTOGEN_TEST_MARIADB_URL";

    private TestDatabases() {}

    /** A fresh PostgreSQL schema; its {@link Db#url()} selects it through {@code currentSchema}. */
    public static Db postgres() {
        String base = serverUrl(PG_URL_ENV, "postgresql");
        if (base == null) {
            unavailable("PostgreSQL tests need " + PG_URL_ENV
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres)"
                    + " or a running Docker for Testcontainers");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base);
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            unavailable("PostgreSQL at " + PG_URL_ENV + " is not reachable: " + e.getMessage());
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new Db("postgresql", url, schema, () -> {
            try (Connection c = DriverManager.getConnection(base);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        });
    }

    /**
     * A fresh MariaDB database ({@code CREATE DATABASE t_...}); its {@link Db#url()} names it, and {@link Db#schema()}
     * is its name. The server URL may name no database ({@code jdbc:mariadb://127.0.0.1:3306/?user=root&sslMode=disable}).
     */
    public static Db mariadb() {
        String base = serverUrl(MARIADB_URL_ENV, "mariadb");
        if (base == null) {
            unavailable(
                    "MariaDB tests need " + MARIADB_URL_ENV
                            + " (e.g. jdbc:mariadb://127.0.0.1:3306/?user=root&sslMode=disable) or a running Docker for Testcontainers");
        }
        String database = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            unavailable("MariaDB at " + MARIADB_URL_ENV + " is not reachable: " + e.getMessage());
        }
        return new Db("mariadb", withDatabase(base, database), database, () -> {
            try (Connection c = DriverManager.getConnection(base);
                    Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
        });
    }

    /**
     * The server named in the environment; without one, a Testcontainers server where Docker runs; else null. A missing
     * Testcontainers library counts as no Docker.
     */
    private static String serverUrl(String env, String kind) {
        String url = System.getenv(env);
        if (url != null && !url.isBlank()) {
            return url;
        }
        try {
            return (kind.equals("postgresql") ? Containers.postgresUrl() : Containers.mariadbUrl()).orElse(null);
        } catch (LinkageError | RuntimeException e) {
            return null;
        }
    }

    /** {@code jdbc:mariadb://host:port/<database>?...}: the server URL with its path replaced. */
    static String withDatabase(String serverUrl, String database) {
        int hostStart = serverUrl.indexOf("://");
        if (hostStart < 0) {
            throw new IllegalArgumentException(
                    MARIADB_URL_ENV + " is not a jdbc:mariadb://host:port/ URL: " + serverUrl);
        }
        int query = serverUrl.indexOf('?', hostStart);
        String head = query < 0 ? serverUrl : serverUrl.substring(0, query);
        String tail = query < 0 ? "" : serverUrl.substring(query);
        int path = head.indexOf('/', hostStart + 3);
        return (path < 0 ? head : head.substring(0, path)) + "/" + database + tail;
    }

    /** A fresh SQLite database file. */
    public static Db sqlite() {
        try {
            Path dir = Files.createTempDirectory("autogen-sqlite");
            Path file = dir.resolve("test.db");
            return new Db("sqlite", "jdbc:sqlite:" + file, null, () -> {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir);
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A fresh embedded H2 database file in a temporary folder ({@code jdbc:h2:<folder>/test}, schema {@code PUBLIC}),
     * deleted on close. H2 closes a file database with its last connection, so each {@link Db#connect()} reopens it.
     */
    public static Db h2() {
        try {
            Path dir = Files.createTempDirectory("autogen-h2");
            return new Db("h2", "jdbc:h2:" + dir.resolve("test"), "PUBLIC", () -> {
                try (var files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                Files.deleteIfExists(dir);
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh database of the named kind: {@code postgresql}, {@code sqlite} or {@code h2}. */
    public static Db of(String kind) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "postgresql" -> postgres();
            case "sqlite" -> sqlite();
            case "mariadb" -> mariadb();
            case "h2" -> h2();
            default -> throw new IllegalArgumentException("no test database for " + kind);
        };
    }

    private static void unavailable(String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message + " (CI=true: a missing database server is a failure)");
        }
        assumeTrue(false, message);
    }

    /** Cleanup that may throw. */
    @FunctionalInterface
    public interface Cleanup {
        void run() throws Exception;
    }

    /** One test database; close it to drop it. */
    public record Db(String kind, String url, String schema, Cleanup cleanup) implements AutoCloseable {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public void close() throws Exception {
            cleanup.run();
        }
    }
}
