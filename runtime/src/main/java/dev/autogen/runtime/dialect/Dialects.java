package dev.autogen.runtime.dialect;

import dev.autogen.runtime.dialect.postgres.PostgresDialect;
import dev.autogen.runtime.dialect.sqlite.SqliteDialect;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Finds the {@link Dialect} for a name or a JDBC URL. */
public final class Dialects {

    /** The names {@link #forName} accepts, canonical first. */
    public static final List<String> SUPPORTED = List.of("postgresql", "sqlite");

    private Dialects() {}

    /** {@code postgresql} (also {@code postgres}, {@code pg}) or {@code sqlite}, in any case. */
    public static Dialect forName(String name) {
        Objects.requireNonNull(name, "name");
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "postgresql", "postgres", "pg", "pgsql" -> PostgresDialect.INSTANCE;
            case "sqlite", "sqlite3" -> SqliteDialect.INSTANCE;
            default -> throw new IllegalArgumentException(
                    "unknown database dialect '" + name + "'; supported: " + String.join(", ", SUPPORTED)
                            + " (postgresql also as postgres or pg)");
        };
    }

    /** The dialect for a JDBC URL: {@code jdbc:postgresql:...} or {@code jdbc:sqlite:...}. */
    public static Dialect forUrl(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        String url = jdbcUrl.trim().toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:postgresql:")) {
            return PostgresDialect.INSTANCE;
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return SqliteDialect.INSTANCE;
        }
        throw new IllegalArgumentException("no dialect for JDBC URL '" + redact(jdbcUrl) + "'; supported: "
                + "jdbc:postgresql:... (postgresql), jdbc:sqlite:... (sqlite)");
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
