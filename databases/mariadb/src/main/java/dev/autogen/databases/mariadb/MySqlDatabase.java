package dev.autogen.databases.mariadb;

import dev.autogen.core.database.CatalogReader;
import dev.autogen.core.database.Database;
import dev.autogen.core.database.Dialect;
import dev.autogen.core.database.ScratchSpace;
import java.util.List;
import java.util.Optional;

/**
 * MySQL, through the MariaDB module: {@code jdbc:mysql:} URLs and {@code mysql://} platform URLs, which the bundled
 * MariaDB driver takes only when asked to ({@code permitMysqlScheme}).
 */
public final class MySqlDatabase implements Database {

    private final CatalogReader catalogReader = MariaDbCatalogReader.mysql();
    private final ScratchSpace scratchSpace = MariaDbScratchSpace.mysql();

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public String jdbcSubprotocol() {
        return "mysql";
    }

    @Override
    public List<String> platformSchemes() {
        return List.of("mysql");
    }

    @Override
    public String platformUrlParameter() {
        return "permitMysqlScheme";
    }

    @Override
    public Dialect dialect() {
        return MariaDbDialect.MYSQL;
    }

    @Override
    public HibernateProduct hibernate() {
        return new HibernateProduct("MySQL", 8, 4);
    }

    @Override
    public CatalogReader catalogReader() {
        return catalogReader;
    }

    @Override
    public Optional<ScratchSpace> scratchSpace() {
        return Optional.of(scratchSpace);
    }

    @Override
    public int order() {
        return 50;
    }
}
