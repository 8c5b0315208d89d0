package dev.autogen.databases.postgresql;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.Database;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.ScratchSpace;
import java.util.List;
import java.util.Optional;

/** PostgreSQL: {@code jdbc:postgresql:} URLs and {@code postgres://} platform URLs. */
public final class PostgresDatabase implements Database {

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public List<String> aliases() {
        return List.of("postgres", "pg", "pgsql");
    }

    @Override
    public String jdbcSubprotocol() {
        return "postgresql";
    }

    @Override
    public List<String> platformSchemes() {
        return List.of("postgres", "postgresql");
    }

    @Override
    public List<String> driverLoggers() {
        return List.of("org.postgresql");
    }

    @Override
    public Dialect dialect() {
        return PostgresDialect.INSTANCE;
    }

    @Override
    public HibernateProduct hibernate() {
        return new HibernateProduct("PostgreSQL", 15, 0);
    }

    @Override
    public CatalogReader catalogReader() {
        return new PostgresCatalogReader();
    }

    @Override
    public Optional<ScratchSpace> scratchSpace() {
        return Optional.of(new PostgresScratchSpace());
    }

    @Override
    public int order() {
        return 10;
    }
}
