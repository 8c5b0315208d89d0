package dev.autogen.runtime.internal.dialect;

import dev.autogen.core.database.Database;
import dev.autogen.core.database.Databases;
import dev.autogen.core.database.Dialect;
import dev.autogen.runtime.internal.secret.Redaction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Finds the {@link Dialect} for a name, a JDBC URL or a connection among the database modules on the class path
 * ({@link Databases}); it names none itself.
 */
public final class Dialects {

    private Dialects() {}

    /**
     * The dialect of the database with this name or alias ({@code postgresql}, also {@code postgres} or {@code pg};
     * {@code sqlite}; {@code h2}; {@code mariadb}; {@code mysql}), in any case.
     *
     * @throws IllegalArgumentException naming the databases there are, when none has this name
     */
    public static Dialect forName(String name) {
        return Databases.forName(name).dialect();
    }

    /** The database whose URLs start like this one: {@code jdbc:postgresql:...} is PostgreSQL's. */
    private static Database databaseForUrl(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        return Databases.findForUrl(jdbcUrl)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no dialect for JDBC URL '" + Redaction.maskUrl(jdbcUrl) + "'; " + Databases.supportedUrls()));
    }

    /**
     * The dialect for a JDBC URL: {@code jdbc:postgresql:...}, {@code jdbc:sqlite:...}, {@code jdbc:h2:...},
     * {@code jdbc:mariadb:...} (MariaDB) or {@code jdbc:mysql:...} (MySQL), as far as their modules are on the class
     * path.
     */
    public static Dialect forUrl(String jdbcUrl) {
        return databaseForUrl(jdbcUrl).dialect();
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
