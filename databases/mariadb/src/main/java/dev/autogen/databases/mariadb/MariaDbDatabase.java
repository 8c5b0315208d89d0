package dev.autogen.databases.mariadb;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.Database;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.ScratchSpace;
import java.util.List;
import java.util.Optional;

/** MariaDB: {@code jdbc:mariadb:} URLs and {@code mariadb://} platform URLs. */
public final class MariaDbDatabase implements Database {

    @Override
    public String name() {
        return "mariadb";
    }

    @Override
    public List<String> aliases() {
        return List.of("maria");
    }

    @Override
    public String jdbcSubprotocol() {
        return "mariadb";
    }

    @Override
    public List<String> platformSchemes() {
        return List.of("mariadb");
    }

    @Override
    public List<String> driverLoggers() {
        return List.of("org.mariadb");
    }

    @Override
    public Dialect dialect() {
        return MariaDbDialect.MARIADB;
    }

    @Override
    public HibernateProduct hibernate() {
        return new HibernateProduct("MariaDB", 10, 11);
    }

    @Override
    public CatalogReader catalogReader() {
        return MariaDbCatalogReader.mariadb();
    }

    @Override
    public Optional<ScratchSpace> scratchSpace() {
        return Optional.of(MariaDbScratchSpace.mariadb());
    }

    @Override
    public int order() {
        return 40;
    }
}
