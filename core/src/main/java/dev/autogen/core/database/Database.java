package dev.autogen.core.database;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One database behind Autogen: the only place that knows it. Each database is one module
 * ({@code databases/postgresql}, {@code databases/mariadb}, ...) holding one implementation of this interface, listed
 * in its {@code META-INF/services/dev.autogen.core.database.Database}; {@link Databases} finds them with
 * {@link java.util.ServiceLoader}, and generic code asks it, never a database by name.
 *
 * <p>A database module answers for: which names and JDBC URLs are its own ({@link #name}, {@link #aliases},
 * {@link #jdbcSubprotocol}, {@link #platformSchemes}), the Hibernate product it stands for ({@link #hibernate}), its
 * SQL and DDL, portable type rendering and canonicalisation, migration lock and session ({@link #dialect}), its catalog
 * ({@link #catalogReader}) and its scratch space ({@link #scratchSpace}).
 */
public interface Database {

    /** The canonical name, as {@code --dialect} takes it and {@link Dialect#name()} returns it: {@code postgresql}. */
    String name();

    /** Other names {@code --dialect} accepts for this database ({@code postgres}, {@code pg}); none by default. */
    default List<String> aliases() {
        return List.of();
    }

    /** The JDBC subprotocol of this database's URLs: {@code postgresql} for {@code jdbc:postgresql:...}. */
    String jdbcSubprotocol();

    /**
     * The schemes of the platform URLs that mean this database ({@code postgres} for a {@code DATABASE_URL} such as
     * {@code postgres://user:pass@host/db}); none by default.
     */
    default List<String> platformSchemes() {
        return List.of();
    }

    /** A parameter this database's driver needs on a URL made from a platform URL, or null (the default). */
    default String platformUrlParameter() {
        return null;
    }

    /**
     * The URL with what it names relative to a folder resolved against {@code base}: a SQLite file named in a config
     * file means a file next to it. The default returns the URL unchanged.
     */
    default String resolveRelativeTo(String jdbcUrl, Path base) {
        return jdbcUrl;
    }

    /**
     * The {@code java.util.logging} loggers of this database's JDBC drivers ({@code org.postgresql}), which the command
     * line silences unless {@code --debug}; none by default.
     */
    default List<String> driverLoggers() {
        return List.of();
    }

    /** The SQL of this database: quoting, types, DDL, the migration session and lock. */
    Dialect dialect();

    /** The product Hibernate resolves its dialect for, offline, and the version assumed when none is given. */
    HibernateProduct hibernate();

    /** The reader of this database's catalog into the core model, for comparison. */
    CatalogReader catalogReader();

    /** Where a comparison can replay DDL to see how this database normalises it, if it has such a place. */
    default Optional<ScratchSpace> scratchSpace() {
        return Optional.empty();
    }

    /**
     * Where this database comes in lists (messages, {@code --help}): lower first, then by name. The default puts a
     * database added later after the ones Autogen ships.
     */
    default int order() {
        return 100;
    }

    /**
     * The Hibernate product name ({@code jakarta.persistence.database-product-name}) and the version assumed when
     * the user names none.
     */
    record HibernateProduct(String productName, int majorVersion, int minorVersion) {}
}
