package dev.autogen.bench;

import dev.autogen.introspect.entity.EntitySource;
import dev.autogen.introspect.entity.HibernateSchemaExport;
import dev.autogen.runtime.internal.dialect.Dialects;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The benchmark's PostgreSQL databases, made from an administrative URL such as
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}: each is dropped and created afresh.
 */
final class BenchDatabase {

    private final String adminUrl;

    BenchDatabase(String adminUrl) {
        if (!adminUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("the benchmark needs a PostgreSQL URL, not " + adminUrl);
        }
        this.adminUrl = adminUrl;
    }

    /** The URL of database {@code name} on the same server, with the same parameters. */
    String url(String name) {
        URI uri = URI.create(adminUrl.substring("jdbc:".length()));
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + name + query;
    }

    /** Drops database {@code name} if it exists and creates it empty. */
    void recreate(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        }
    }

    void drop(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /**
     * Creates the model's schema in database {@code name} with Hibernate's own export, statement by statement (one
     * transaction for thousands of tables would overflow PostgreSQL's default lock table).
     */
    void export(String name, GeneratedModel model) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(name))) {
            new HibernateSchemaExport()
                    .apply(
                            new EntitySource(List.of(model.classesDir()), List.of(model.packageName())),
                            Dialects.forUrl(url(name)),
                            c);
        }
    }

    /** Runs the statements in database {@code name}, in one transaction, then refreshes the planner statistics. */
    void execute(String name, List<String> statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(name))) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }
}
