package dev.autogen.runtime.dialect;

import dev.autogen.runtime.dialect.h2.H2Dialect;
import dev.autogen.runtime.dialect.mariadb.MariaDbDialect;
import dev.autogen.runtime.dialect.postgresql.PostgresDialect;
import dev.autogen.runtime.dialect.sqlite.SqliteDialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Finds the {@link Dialect} for a name or a JDBC URL. */
public final class Dialects {

    /** The names {@link #forName} accepts, canonical first. */
    public static final List<String> SUPPORTED = List.of("postgresql", "sqlite", "h2", "mariadb", "mysql");

    private Dialects() {}

    /**
     * {@code postgresql} (also {@code postgres}, {@code pg}), {@code sqlite}, {@code h2}, {@code mariadb} or
     * {@code mysql}, in any case.
     */
    public static Dialect forName(String name) {
        Objects.requireNonNull(name, "name");
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres", "pg", "pgsql" -> PostgresDialect.INSTANCE;
            case "sqlite", "sqlite3" -> SqliteDialect.INSTANCE;
            case "mariadb", "maria" -> MariaDbDialect.MARIADB;
            case "mysql" -> MariaDbDialect.MYSQL;
            case "h2" -> H2Dialect.INSTANCE;
            default -> throw new IllegalArgumentException(
                    "unknown database dialect '" + name + "'; supported: " + String.join(", ", SUPPORTED)
                            + " (postgresql also as postgres or pg)");
        };
    }

    /**
     * The dialect for a JDBC URL: {@code jdbc:postgresql:...}, {@code jdbc:sqlite:...}, {@code jdbc:h2:...},
     * {@code jdbc:mariadb:...} (MariaDB) or {@code jdbc:mysql:...} (MySQL).
     */
    public static Dialect forUrl(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        String url = jdbcUrl.trim().toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return PostgresDialect.INSTANCE;
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return SqliteDialect.INSTANCE;
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return MariaDbDialect.MARIADB;
        }
        if (url.startsWith("jdbc:mysql:")) {
            return MariaDbDialect.MYSQL;
        }
        if (url.startsWith("jdbc:h2:")) {
            return H2Dialect.INSTANCE;
        }
        throw new IllegalArgumentException("no dialect for JDBC URL '" + dev.autogen.runtime.secret.Redaction.maskUrl(jdbcUrl) + "'; supported: "
                + "jdbc:postgresql:... (postgresql), jdbc:sqlite:... (sqlite), jdbc:h2:... (h2), "
                + "jdbc:mariadb:... (mariadb), jdbc:mysql:... (mysql)");
    }

    /**
     * The dialect for the database a connection reached: the one its URL names ({@link #forUrl}), refined by what the
     * server says it is ({@link Dialect#forServer}).
     */
    public static Dialect forConnection(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String url = metaData.getURL();
        return forUrl(url == null ? "" : url).forServer(metaData);
    }
}
