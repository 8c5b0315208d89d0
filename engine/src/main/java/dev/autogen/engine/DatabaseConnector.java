package dev.autogen.engine;

import dev.autogen.core.database.Databases;
import dev.autogen.core.database.Dialect;
import dev.autogen.runtime.internal.dialect.Dialects;
import dev.autogen.runtime.internal.secret.Redaction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Opens connections to the database: a JDBC URL, an optional user and password, and the schema to work in. Every
 * failure is one line with the password masked, naming the settings as its {@link SettingNames} do. The server's dialect
 * is read once, from the first connection that asks.
 */
public final class DatabaseConnector {

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final List<String> secrets;
    private final SettingNames names;
    private Dialect serverDialect;

    private DatabaseConnector(String url, String user, String password, String schema, SettingNames names) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.secrets = List.of(Redaction.secrets(url, password));
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * @param url the JDBC URL, or null where none is set (then whatever needs the database says so)
     * @param user the user, or null for the URL's (or none)
     * @param password the password, or null; never printed
     * @param schema the schema to work in, or null for the connection's default
     */
    public static DatabaseConnector of(String url, String user, String password, String schema) {
        return new DatabaseConnector(url, user, password, schema, SettingNames.NEUTRAL);
    }

    /** The URL alone, credentials inside it where needed. */
    public static DatabaseConnector of(String url) {
        return of(url, null, null, null);
    }

    /**
     * This connector with its messages naming the settings ({@code url}, {@code schema}) as {@code settingNames} does;
     * an {@link Autogenerate} built with a connector that has the {@linkplain SettingNames#NEUTRAL neutral} names gives
     * it the builder's.
     */
    public DatabaseConnector withNames(SettingNames settingNames) {
        DatabaseConnector named = new DatabaseConnector(url, user, password, schema, settingNames);
        synchronized (this) {
            named.serverDialect = serverDialect;
        }
        return named;
    }

    /** How this connector's messages name the settings. */
    public SettingNames names() {
        return names;
    }

    /** The URL, or null where none is set. */
    public String url() {
        return url;
    }

    /** The schema worked in, or null for the connection's default. */
    public String schema() {
        return schema;
    }

    /** What messages must never print: the password and any password written in the URL, raw and decoded. */
    public List<String> secrets() {
        return secrets;
    }

    /** {@code text} with the secrets masked. */
    String mask(String text) {
        return Redaction.mask(text, secrets.toArray(String[]::new));
    }

    /** The URL; without one, a {@link ConfigurationException} saying where to set it. */
    public String requireUrl() {
        if (url == null) {
            throw new ConfigurationException("no database URL; pass " + names.name(SettingNames.Setting.URL)
                    + names.elsewhere(SettingNames.Setting.URL, null));
        }
        return url;
    }

    /**
     * A new connection, in {@link #schema()} where one is set; the caller closes it.
     *
     * @throws DatabaseUnreachableException when the database cannot be reached with the URL, user and password
     * @throws ConfigurationException when the schema does not exist
     */
    public Connection connect() {
        String target = requireUrl();
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection(target, props);
        } catch (SQLException e) {
            java.util.Optional<dev.autogen.core.database.Database> named = Databases.findForUrl(target);
            if (named.isEmpty() && !driverFor(target)) {
                // no driver takes the URL, and no database module names it: a URL of the wrong kind (jdbc:postgres:...)
                throw new UnsupportedDatabaseException(
                        "no database takes the URL " + mask(target) + "; " + Databases.supportedUrls(), e);
            }
            if (named.isPresent() && !driverFor("jdbc:" + named.get().jdbcSubprotocol() + "://localhost/db")) {
                // a database Autogen knows, whose JDBC driver is missing (an application or a build that has not added
                // it); a driver that is there but refuses this URL (one it cannot parse) is reported below, with the
                // driver's reason (the URL itself is not offered to the drivers again: pgjdbc logs each refusal)
                throw new UnsupportedDatabaseException(
                        "no JDBC driver on the class path takes " + mask(target) + "; add "
                                + named.get().name() + "'s JDBC driver to the dependencies",
                        e);
            }
            String reason = e.getMessage() == null
                    ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            reason = reason.strip().replaceAll("\\.$", "");
            throw new DatabaseUnreachableException(
                    "cannot connect to " + mask(target) + ": " + mask(reason)
                            + "; check the URL, user and password, and that the database is running",
                    e);
        }
        if (schema != null) {
            useSchema(connection, schema, names.name(SettingNames.Setting.SCHEMA));
        }
        return connection;
    }

    /** Whether a JDBC driver on the class path accepts the URL. */
    private static boolean driverFor(String url) {
        try {
            DriverManager.getDriver(url);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The dialect the URL names. Where it names none Autogen supports, a connection is tried first, so that a wrong URL,
     * user or password is reported as such, not as an unsupported database.
     *
     * @throws UnsupportedDatabaseException when the URL names no database Autogen supports
     */
    public Dialect dialect() {
        String target = requireUrl();
        try {
            return Dialects.forUrl(target);
        } catch (IllegalArgumentException e) {
            try (Connection ignored = connect()) {
                // reachable, but not a database Autogen supports
            } catch (SQLException closeFailed) {
                // the unsupported database is what matters
            }
            throw new UnsupportedDatabaseException(mask(e.getMessage()), e);
        }
    }

    /**
     * The dialect of the server the URL leads to, read once from a connection: the URL's scheme does not always decide
     * it (a {@code mysql://} URL may reach a MariaDB server), and the application's Hibernate goes by the server.
     */
    public synchronized Dialect serverDialect() {
        if (serverDialect == null) {
            Dialect named = dialect();
            try (Connection connection = connect()) {
                serverDialect = named.forServer(connection.getMetaData());
            } catch (SQLException e) {
                throw new DatabaseReadException("cannot read what database this is: " + mask(e.getMessage()), e);
            }
        }
        return serverDialect;
    }

    /**
     * Makes {@code schema} the connection's current one, so that migrations and the version table go there too. Where
     * a database is a JDBC catalog and there are no schemas (MariaDB, MySQL), the schema is that database.
     */
    private static void useSchema(Connection connection, String schema, String schemaSetting) {
        try {
            boolean hasSchemas = connection.getSchema() != null; // SQLite has none, and ignores setSchema
            // a MariaDB URL that names no database has no current catalog either: the schema is still a database
            if (!hasSchemas && (connection.getCatalog() != null || isCatalogDatabase(connection))) {
                if (!catalogExists(connection, schema)) {
                    throw new ConfigurationException(
                            "schema " + schema + " does not exist in the database; create it or fix " + schemaSetting);
                }
                connection.setCatalog(schema);
                return;
            }
            connection.setSchema(schema);
            if (hasSchemas && connection.getSchema() == null) {
                throw new ConfigurationException(
                        "schema " + schema + " does not exist in the database; create it or fix " + schemaSetting);
            }
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            if (e instanceof EngineException engineException) {
                throw engineException;
            }
            throw new ConfigurationException(
                    "cannot use schema " + schema + ": " + e.getMessage() + "; check " + schemaSetting, e);
        }
    }

    /** Whether the database's schemas are JDBC catalogs (MariaDB, MySQL), read from the driver's metadata. */
    private static boolean isCatalogDatabase(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        return meta.supportsCatalogsInDataManipulation() && !meta.supportsSchemasInDataManipulation();
    }

    private static boolean catalogExists(Connection connection, String name) throws SQLException {
        try (ResultSet catalogs = connection.getMetaData().getCatalogs()) {
            while (catalogs.next()) {
                if (name.equals(catalogs.getString(1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
