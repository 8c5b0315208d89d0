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
    public List<String> driverLoggers() {
        return List.of("com.mysql");
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
        return MariaDbCatalogReader.mysql();
    }

    @Override
    public Optional<ScratchSpace> scratchSpace() {
        return Optional.of(MariaDbScratchSpace.mysql());
    }

    @Override
    public int order() {
        return 50;
    }
}
