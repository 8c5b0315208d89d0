package dev.autogen.runtime.internal.fanout;

import dev.autogen.runtime.internal.migration.error.TargetSelectionException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which targets a fan-out runs on: the schemas of one server whose name matches a glob, or that a query returns (on
 * MariaDB and MySQL, where a schema is a database, its databases), each reached through the server's connections
 * switched to it; or a list of targets given whole ({@link #of}).
 */
public abstract sealed class Tenants permits Tenants.Glob, Tenants.Query, Tenants.Given {

    private Tenants() {}

    /** The schemas whose name matches {@code glob} ({@code *} any run of characters, {@code ?} one), sorted by name. */
    public static Tenants schemas(String glob) {
        return new Glob(Objects.requireNonNull(glob, "glob"));
    }

    /** The schemas named by the first column of what {@code sql} returns, in its order, without repeats. */
    public static Tenants query(String sql) {
        return new Query(Objects.requireNonNull(sql, "sql"));
    }

    /** These targets, in this order. */
    public static Tenants of(List<Target> targets) {
        return new Given(List.copyOf(targets));
    }

    /**
     * The targets, found through {@code server} (connections to the server, in no particular schema).
     *
     * @param secrets passwords to mask in messages about the targets
     * @throws TargetSelectionException when no target is found, naming what was looked for
     */
    public abstract List<Target> resolve(Target.Connections server, List<String> secrets);

    /** The targets named, each reached through {@code server}'s connections switched to its schema. */
    static List<Target> schemaTargets(Target.Connections server, List<String> names, List<String> secrets) {
        List<Target> targets = new ArrayList<>();
        for (String name : names) {
            targets.add(new Target(name, name, () -> inSchema(server.open(), name), secrets));
        }
        return targets;
    }

    /**
     * {@code connection} switched to {@code schema}: the current schema where the database has schemas
     * (PostgreSQL's {@code search_path}), else the current database (MariaDB, MySQL); closed on failure.
     */
    public static Connection inSchema(Connection connection, String schema) throws SQLException {
        try {
            if (catalogDatabase(connection)) {
                connection.setCatalog(schema);
                if (!schema.equals(connection.getCatalog())) {
                    throw new SQLException("database " + schema + " does not exist");
                }
                return connection;
            }
            connection.setSchema(schema);
            if (!schema.equals(connection.getSchema())) {
                throw new SQLException("schema " + schema + " does not exist");
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Whether the database's schemas are JDBC catalogs (MariaDB, MySQL: {@code CREATE SCHEMA} makes a database), also
     * when the URL names no database and the connection has no current one.
     */
    static boolean catalogDatabase(Connection connection) throws SQLException {
        if (connection.getSchema() != null) {
            return false;
        }
        if (connection.getCatalog() != null) {
            return true;
        }
        DatabaseMetaData meta = connection.getMetaData();
        return meta.supportsCatalogsInDataManipulation() && !meta.supportsSchemasInDataManipulation();
    }

    /** The names of the server's schemas (or databases, where the database has no schemas). */
    static List<String> schemaNames(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = catalogDatabase(connection) ? meta.getCatalogs() : meta.getSchemas()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** A glob ({@code *}, {@code ?}, the rest literal) as a regular expression over the whole name. */
    static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    static TargetSelectionException unreachable(SQLException e) {
        return new TargetSelectionException("Cannot list the tenant schemas: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                + "; check the URL, user and password, and that the database is running");
    }

    static final class Glob extends Tenants {
        private final String glob;

        Glob(String glob) {
            this.glob = glob;
        }

        @Override
        public List<Target> resolve(Target.Connections server, List<String> secrets) {
            Pattern pattern = globPattern(glob);
            TreeSet<String> matching = new TreeSet<>();
            try (Connection connection = server.open()) {
                for (String name : schemaNames(connection)) {
                    if (name != null && pattern.matcher(name).matches()) {
                        matching.add(name);
                    }
                }
            } catch (SQLException e) {
                throw unreachable(e);
            }
            if (matching.isEmpty()) {
                throw new TargetSelectionException(
                        "no schema matches --tenant-schemas " + glob + "; check the glob (* and ?) and the URL");
            }
            return schemaTargets(server, List.copyOf(matching), secrets);
        }
    }

    static final class Query extends Tenants {
        private final String sql;

        Query(String sql) {
            this.sql = sql;
        }

        @Override
        public List<Target> resolve(Target.Connections server, List<String> secrets) {
            java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
            try (Connection connection = server.open();
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    if (name != null && !name.isBlank()) {
                        names.add(name.strip());
                    }
                }
            } catch (SQLException e) {
                throw new TargetSelectionException("the --tenant-query failed: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                        + "; it must return the schema names in its first column");
            }
            if (names.isEmpty()) {
                throw new TargetSelectionException("the --tenant-query returned no schema name");
            }
            return schemaTargets(server, List.copyOf(names), secrets);
        }
    }

    static final class Given extends Tenants {
        private final List<Target> targets;

        Given(List<Target> targets) {
            this.targets = targets;
        }

        @Override
        public List<Target> resolve(Target.Connections server, List<String> secrets) {
            if (targets.isEmpty()) {
                throw new TargetSelectionException("no targets given");
            }
            return targets;
        }
    }
}
